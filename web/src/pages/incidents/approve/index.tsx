import { Link, useParams } from 'react-router-dom';
import { Alert, Card, List, Result, Space, Spin, Tag, Typography } from 'antd';
import { STATEMENT_STEP_LABELS } from '@yuqing/common';
import { useLocale, useT } from '../../../i18n';
import { DecisionForm, useMayDecide } from '../components/decision-form';
import { GradeTag } from '../components/grade-tag';
import { useIncident } from '../components/use-incident';

/** 通稿审批 on a phone: the text, the checks, the chain, and two large buttons. Nothing else on the page. */
export default function ApprovePage() {
  const t = useT();
  const locale = useLocale();
  const id = Number(useParams().id);
  const detail = useIncident(id);
  const mayDecide = useMayDecide(detail.data);
  if (detail.isPending) return <Spin />;
  const d = detail.data;
  if (!d?.statement.latest) return <Result status="404" />;
  const s = d.statement;
  return (
    <div style={{ maxWidth: 560, margin: '0 auto' }} data-testid="approve-page">
      <Card size="small" title={t('incidents.approvePage.title')} extra={<Link to={`/incidents/${d.id}`}>{t('incidents.approvePage.back')}</Link>}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <GradeTag grade={d.grade} />
            <Typography.Text strong>{d.title}</Typography.Text>
            <Tag>{t('incidents.statement.version', { version: s.latest!.version })}</Tag>
            {s.approved && <Tag color="green" data-testid="statement-approved">{t('incidents.statement.approved')}</Tag>}
          </Space>
          {s.step && <Alert type="info" message={t('incidents.statement.current', { step: STATEMENT_STEP_LABELS[s.step][locale], names: s.expectedApprovers.map((a) => a.name).join('、') || '—' })} />}
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', fontSize: 16, lineHeight: 1.8 }} data-testid="approve-text">
            {s.latest!.text}
          </Typography.Paragraph>
          {s.latest!.findings.length > 0 && <List size="small" bordered dataSource={s.latest!.findings} renderItem={(f) => <List.Item>{f.message}</List.Item>} />}
          {mayDecide && <DecisionForm d={d} />}
        </Space>
      </Card>
    </div>
  );
}
