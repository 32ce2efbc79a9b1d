import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Col, InputNumber, Row, Space, Statistic, Table, Typography } from 'antd';
import type { MeetingKind } from '@yuqing/common';
import { getResponsibilityDashboard, responsibilityKeys, type DashboardUnit } from '../../../api/responsibility';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useCan } from '../../../hooks/use-me';
import { useT } from '../../../i18n';
import { thisYear } from '../shared/labels';

const RED = '#cf1322';

const tasksLink = (unitId: number, year: number, state?: string) => `/responsibility/tasks?unitId=${unitId}&subtree=1&from=${year}-01-01&to=${year}-12-31${state ? `&state=${state}` : ''}`;
const meetingsLink = (unitId: number, year: number, kind?: MeetingKind) => `/responsibility/meetings?unitId=${unitId}&subtree=1&year=${year}${kind ? `&kind=${kind}` : ''}`;

/** 责任制总览: a unit's responsibility system and each unit below it, every figure summed over its subtree and opening its records. */
export default function ResponsibilityOverviewPage() {
  const t = useT();
  const canReceive = useCan('document.return');
  const [params, setParams] = useSearchParams();
  const unitId = Number(params.get('unitId')) || undefined;
  const [year, setYear] = useState(thisYear());
  const query = { unitId, year };
  const dash = useQuery({ queryKey: responsibilityKeys.dashboard(query), queryFn: () => getResponsibilityDashboard(query), placeholderData: keepPreviousData });
  const d = dash.data;
  const meeting = (u: DashboardUnit, kind: MeetingKind) => (
    <Link to={meetingsLink(u.unitId, year, kind)}>
      {u.figures.meetings[kind].held} / {u.figures.meetings[kind].target}
    </Link>
  );

  return (
    <Card
      size="small"
      title={t('responsibility.overview.title')}
      extra={
        <Space>
          <UnitTreeSelect value={unitId} onChange={(u) => setParams(u ? { unitId: String(u) } : {})} style={{ width: 240 }} />
          <InputNumber value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} prefix={t('responsibility.year')} style={{ width: 150 }} />
        </Space>
      }
    >
      {d && (
        <div data-testid="responsibility-overview">
          <Typography.Title level={5}>{d.unit.name}</Typography.Title>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col xs={12} md={6}>
              <Link to={tasksLink(d.unit.unitId, year, 'done')} data-testid="figure-done">
                <Statistic title={t('responsibility.overview.tasksDone')} value={d.unit.figures.tasks.done} suffix={`/ ${d.unit.figures.tasks.total}`} />
              </Link>
            </Col>
            <Col xs={12} md={6}>
              <Link to={tasksLink(d.unit.unitId, year, 'overdue')} data-testid="figure-overdue">
                <Statistic title={t('responsibility.overview.overdue')} value={d.unit.figures.tasks.overdue} valueStyle={d.unit.figures.tasks.overdue ? { color: RED } : undefined} />
              </Link>
            </Col>
            <Col xs={12} md={6}>
              <Link to={meetingsLink(d.unit.unitId, year, 'central_study')} data-testid="figure-central-study">
                <Statistic title={t('responsibility.overview.centralStudy')} value={d.unit.figures.meetings.central_study.held} suffix={`/ ${d.unit.figures.meetings.central_study.target}`} />
              </Link>
            </Col>
            <Col xs={12} md={6}>
              <Link to={meetingsLink(d.unit.unitId, year)}>
                <Statistic title={t('responsibility.overview.unitsBehind')} value={d.unit.figures.unitsBehind} suffix={`/ ${d.unit.figures.units}`} />
              </Link>
            </Col>
            <Col xs={12} md={6}>
              <Link to={`/responsibility/inspections?unitId=${d.unit.unitId}&state=open`} data-testid="figure-rectifications">
                <Statistic title={t('responsibility.overview.rectifications')} value={d.unit.figures.rectifications.open} suffix={d.unit.figures.rectifications.overdue ? `（${t('responsibility.inspection.overdue')} ${d.unit.figures.rectifications.overdue}）` : undefined} />
              </Link>
            </Col>
          </Row>
          {d.children.length > 0 && (
            <Table<DashboardUnit>
              size="small"
              rowKey="unitId"
              pagination={false}
              title={() => t('responsibility.overview.children')}
              dataSource={d.children}
              data-testid="overview-children"
              columns={[
                { title: t('responsibility.unit'), dataIndex: 'name', render: (name: string, u) => (u.hasChildren ? <Link to={`/responsibility/overview?unitId=${u.unitId}`}>{name}</Link> : name) },
                { title: t('responsibility.overview.tasksDone'), key: 'done', render: (_, u) => <Link to={tasksLink(u.unitId, year, 'done')}>{`${u.figures.tasks.done} / ${u.figures.tasks.total}`}</Link> },
                {
                  title: t('responsibility.overview.overdue'),
                  key: 'overdue',
                  render: (_, u) => (
                    <Link to={tasksLink(u.unitId, year, 'overdue')} style={u.figures.tasks.overdue ? { color: RED } : undefined}>
                      {u.figures.tasks.overdue}
                    </Link>
                  ),
                },
                { title: t('responsibility.overview.centralStudy'), key: 'cs', render: (_, u) => meeting(u, 'central_study') },
                { title: t('responsibility.overview.topicReview'), key: 'tr', render: (_, u) => meeting(u, 'topic_review') },
                { title: t('responsibility.overview.unitsBehind'), key: 'behind', render: (_, u) => `${u.figures.unitsBehind} / ${u.figures.units}` },
                {
                  title: t('responsibility.overview.reportsOnTime'),
                  key: 'reports',
                  // The units' analysis reports are the documents module's; they reach the viewer in 收文, which only its readers open.
                  render: (_, u) => {
                    const figure = `${u.figures.reports.onTime} / ${u.figures.reports.due}`;
                    return canReceive ? (
                      <Link to="/documents/received" data-testid="reports-on-time">
                        {figure}
                      </Link>
                    ) : (
                      figure
                    );
                  },
                },
                {
                  title: t('responsibility.overview.rectifications'),
                  key: 'rect',
                  render: (_, u) => (
                    <Link to={`/responsibility/inspections?unitId=${u.unitId}&state=open`} style={u.figures.rectifications.overdue ? { color: RED } : undefined}>
                      {u.figures.rectifications.open}
                    </Link>
                  ),
                },
              ]}
            />
          )}
        </div>
      )}
    </Card>
  );
}
