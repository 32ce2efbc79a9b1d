import { Link, useParams } from 'react-router-dom';
import { useState } from 'react';
import { Alert, Breadcrumb, Button, Card, Descriptions, Result, Space, Spin, Steps, Tabs, Tooltip } from 'antd';
import { DEADLINE_LABELS, INCIDENT_STATE_LABELS, INCIDENT_STATES } from '@yuqing/common';
import { moveIncident, type IncidentDetail } from '../../../api/incidents';
import { useCan } from '../../../hooks/use-me';
import { useLocale, useT } from '../../../i18n';
import { formatTime } from '../../../lib/format';
import { Countdown } from '../components/countdown';
import { GradeTag } from '../components/grade-tag';
import { useIncident, useIncidentWrite } from '../components/use-incident';
import { ConsultPanel } from './components/consult-panel';
import { EditModal } from './components/edit-modal';
import { ItemsPanel } from './components/items-panel';
import { FollowUpPanel } from './components/follow-up-panel';
import { ReplyPanel } from './components/reply-panel';
import { ReportPanel } from './components/report-panel';
import { ReviewPanel } from './components/review-panel';
import { StatementPanel } from './components/statement-panel';
import { TimelinePanel } from './components/timeline-panel';

function Moves({ d }: { d: IncidentDetail }) {
  const t = useT();
  const locale = useLocale();
  const canWrite = useCan('incident.write');
  const move = useIncidentWrite(d.id, (to: IncidentDetail['state']) => moveIncident(d.id, to, d.version));
  if (!canWrite || !d.moves.length) return null;
  return (
    <Space wrap data-testid="moves">
      {d.moves.map((m) => {
        const label = t('incidents.moves.to', { state: INCIDENT_STATE_LABELS[m.to][locale] });
        const blocked = m.blockedBy.map((g) => t(`incidents.guards.${g}` as 'incidents.guards.reply_recorded')).join('；');
        const button = (
          <Button key={m.to} type={m.blockedBy.length ? 'default' : 'primary'} disabled={m.blockedBy.length > 0} loading={move.isPending} onClick={() => move.mutate(m.to)} data-testid={`move-${m.to}`}>
            {label}
          </Button>
        );
        return m.blockedBy.length ? (
          <Tooltip key={m.to} title={t('incidents.moves.blocked', { reasons: blocked })}>
            <span>{button}</span>
          </Tooltip>
        ) : (
          button
        );
      })}
    </Space>
  );
}

/** The incident page: the record and its clock, what may happen next, and every document in tabs. */
export default function IncidentPage() {
  const t = useT();
  const locale = useLocale();
  const id = Number(useParams().id);
  const detail = useIncident(id);
  const canWrite = useCan('incident.write');
  const [editing, setEditing] = useState(false);
  if (detail.isPending) return <Spin />;
  if (!detail.data) return <Result status="404" />;
  const d = detail.data;
  return (
    <div data-testid="incident-page">
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/incidents">{t('menu.incidents.board')}</Link> }, { title: d.title }]} />
      <Card
        size="small"
        style={{ marginBottom: 16 }}
        title={<Space><GradeTag grade={d.grade} /><span data-testid="incident-title">{d.title}</span></Space>}
        extra={canWrite && d.state !== 'closed' && <Button size="small" onClick={() => setEditing(true)} data-testid="incident-edit-open">{t('incidents.edit.open')}</Button>}
      >
        <Steps size="small" current={INCIDENT_STATES.indexOf(d.state)} items={INCIDENT_STATES.map((s) => ({ title: INCIDENT_STATE_LABELS[s][locale] }))} style={{ marginBottom: 16 }} data-testid="incident-steps" data-state={d.state} />
        {d.takenOverAt && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('incidents.field.takenOver', { unit: d.handlingUnitName })} />}
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('incidents.field.unit')}>{d.unitName}</Descriptions.Item>
          <Descriptions.Item label={t('incidents.field.handler')}>{d.handlerName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('incidents.field.leader')}>{d.leaderName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('incidents.field.departments')}>{d.departments.map((x) => x.name).join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('incidents.field.topic')}>{d.topicName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('incidents.field.opened')}>{formatTime(d.openedAt)}</Descriptions.Item>
          {d.gradeReasons.length > 0 && <Descriptions.Item label={t('incidents.field.reasons')} span={3}>{d.gradeReasons.join('；')}</Descriptions.Item>}
          {d.gradeOverrideReason && <Descriptions.Item label={t('incidents.field.override')} span={3}>{d.gradeOverrideReason}</Descriptions.Item>}
        </Descriptions>
        <Space wrap style={{ marginBottom: 12 }} data-testid="deadlines">
          {d.deadlines.map((x) => (
            <Countdown key={x.kind} deadline={x} />
          ))}
        </Space>
        {d.breaches.length > 0 && (
          <Alert
            type="error"
            style={{ marginBottom: 12 }}
            data-testid="breaches"
            message={d.breaches.map((b) => (
              <div key={b.id}>{`${DEADLINE_LABELS[b.kind][locale]} · ${t('incidents.breach.level', { level: b.level })}（${t(`incidents.breach.rungs.${b.level}` as 'incidents.breach.rungs.1')}）· ${formatTime(b.at)}`}</div>
            ))}
          />
        )}
        <Moves d={d} />
      </Card>
      {editing && <EditModal d={d} onClose={() => setEditing(false)} />}
      <Card size="small">
        <Tabs
          items={[
            { key: 'timeline', label: t('incidents.tabs.timeline'), children: <TimelinePanel id={d.id} entries={d.timeline} /> },
            { key: 'report', label: t('incidents.tabs.report'), children: <ReportPanel d={d} /> },
            { key: 'consult', label: t('incidents.tabs.consult'), children: <ConsultPanel d={d} /> },
            { key: 'statement', label: t('incidents.tabs.statement'), children: <StatementPanel key={d.statement.latest?.version ?? 0} d={d} /> },
            { key: 'reply', label: t('incidents.tabs.reply'), children: <ReplyPanel d={d} /> },
            { key: 'followUp', label: t('incidents.tabs.followUp'), children: <FollowUpPanel d={d} /> },
            { key: 'review', label: t('incidents.tabs.review'), children: <ReviewPanel d={d} /> },
            {
              key: 'items',
              label: `${t('incidents.tabs.items')} (${d.items.total})`,
              children: <ItemsPanel d={d} />,
            },
          ]}
        />
      </Card>
    </div>
  );
}
