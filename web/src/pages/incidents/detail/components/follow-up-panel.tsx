import { Alert, Card, Col, Row, Statistic } from 'antd';
import type { IncidentDetail, Period } from '../../../../api/incidents';
import { useT } from '../../../../i18n';
import { FollowUpChart } from '../../components/follow-up-chart';

function PeriodCard({ title, p }: { title: string; p: Period | null }) {
  const t = useT();
  return (
    <Card size="small" type="inner" title={title}>
      <Row gutter={8}>
        <Col span={6}><Statistic title={t('incidents.followUp.volume')} value={p?.volume ?? '—'} /></Col>
        <Col span={6}><Statistic title={t('incidents.followUp.perHour')} value={p ? p.perHour.toFixed(1) : '—'} /></Col>
        <Col span={6}><Statistic title={t('incidents.followUp.reach')} value={p?.reach ?? '—'} /></Col>
        <Col span={6}><Statistic title={t('incidents.followUp.negative')} value={p ? `${Math.round(p.negativeShare * 100)}%` : '—'} /></Col>
      </Row>
    </Card>
  );
}

/** 跟踪引导: volume, reach and sentiment before and after the first reply, so staff see whether it worked. */
export function FollowUpPanel({ d }: { d: IncidentDetail }) {
  const t = useT();
  const f = d.followUp;
  const replyHour = d.replies[0]?.publishedAt.slice(0, 13) ?? null;
  return (
    <div data-testid="follow-up-panel">
      {f.suggestClose && d.state !== 'closed' && <Alert type="success" showIcon message={t('incidents.followUp.suggestClose')} style={{ marginBottom: 12 }} data-testid="suggest-close" />}
      <Row gutter={12} style={{ marginBottom: 12 }}>
        <Col xs={24} md={12}><PeriodCard title={t('incidents.followUp.before')} p={f.before} /></Col>
        <Col xs={24} md={12}><PeriodCard title={t('incidents.followUp.after')} p={f.after} /></Col>
      </Row>
      <Card size="small" type="inner" title={t('incidents.followUp.chart')} extra={f.peak && t('incidents.followUp.peak', { volume: f.peak.volume, hour: f.peak.hour.replace('T', ' ') })}>
        <FollowUpChart series={f.series} replyHour={replyHour} label={t('incidents.followUp.chart')} />
      </Card>
    </div>
  );
}
