import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic, Table } from 'antd';
import { DEADLINE_LABELS } from '@yuqing/common';
import { incidentFigures, incidentKeys, type StepFigure } from '../../../api/incidents';
import { useLocale, useT } from '../../../i18n';

/** The leaders' card: open incidents, breaches, and how fast each step was taken across the account's subtree. */
export function IncidentFiguresCard() {
  const t = useT();
  const locale = useLocale();
  const figures = useQuery({ queryKey: incidentKeys.figures, queryFn: incidentFigures });
  const f = figures.data;
  if (!f) return null;
  const fmt = (s: StepFigure) => ({ median: s.medianMinutes === null ? t('incidents.figures.none') : t('incidents.figures.minutes', { n: s.medianMinutes }), within: s.withinShare === null ? t('incidents.figures.none') : `${Math.round(s.withinShare * 100)}%` });
  const steps = (['acknowledge', 'report', 'reply'] as const).map((k) => ({ key: k, step: DEADLINE_LABELS[k][locale], ...fmt(f.total.steps[k]) }));
  return (
    <Card size="small" title={t('incidents.figures.card')} extra={<Link to="/incidents">{t('menu.incidents.board')}</Link>} data-testid="incident-figures">
      <Row gutter={16} style={{ marginBottom: 8 }}>
        <Col span={8}><Statistic title={t('incidents.figures.open')} value={f.total.open} /></Col>
        <Col span={8}><Statistic title={t('incidents.figures.total')} value={f.total.count} /></Col>
        <Col span={8}><Statistic title={t('incidents.figures.breaches')} value={f.total.breaches} valueStyle={f.total.breaches ? { color: '#cf1322' } : undefined} /></Col>
      </Row>
      <Table
        size="small"
        pagination={false}
        dataSource={steps}
        columns={[
          { title: '', dataIndex: 'step' },
          { title: t('incidents.figures.median'), dataIndex: 'median' },
          { title: t('incidents.figures.within'), dataIndex: 'within' },
        ]}
      />
    </Card>
  );
}
