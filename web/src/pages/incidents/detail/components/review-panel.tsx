import { Button, Card, Descriptions, Form, Input, Tag } from 'antd';
import { writeReview, type IncidentDetail } from '../../../../api/incidents';
import { useCan } from '../../../../hooks/use-me';
import { useT } from '../../../../i18n';
import { useIncidentWrite } from '../../components/use-incident';

type Values = { cause: string; handling: string; wentWell: string; wentBadly: string; improvements?: string };

/** 复盘 once closed: cause, handling, what went well and badly, improvements (a leading * marks one to become a task). */
export function ReviewPanel({ d }: { d: IncidentDetail }) {
  const t = useT();
  const canWrite = useCan('incident.write');
  const save = useIncidentWrite(
    d.id,
    (v: Values) =>
      writeReview(d.id, {
        cause: v.cause,
        handling: v.handling,
        wentWell: v.wentWell,
        wentBadly: v.wentBadly,
        improvements: (v.improvements ?? '').split('\n').map((l) => l.trim()).filter(Boolean).map((l) => ({ text: l.replace(/^\*\s*/, ''), asTask: l.startsWith('*') })),
      }),
    'incidents.review.saved',
  );
  const r = d.review;
  const initial = r ? { cause: r.cause, handling: r.handling, wentWell: r.wentWell, wentBadly: r.wentBadly, improvements: r.improvements.map((i) => `${i.asTask ? '* ' : ''}${i.text}`).join('\n') } : undefined;
  return (
    <div data-testid="review-panel">
      {r && (
        <Descriptions size="small" column={1} bordered style={{ marginBottom: 12 }} data-testid="review-view">
          <Descriptions.Item label={t('incidents.review.cause')}>{r.cause}</Descriptions.Item>
          <Descriptions.Item label={t('incidents.review.handling')}>{r.handling}</Descriptions.Item>
          <Descriptions.Item label={t('incidents.review.wentWell')}>{r.wentWell}</Descriptions.Item>
          <Descriptions.Item label={t('incidents.review.wentBadly')}>{r.wentBadly}</Descriptions.Item>
          <Descriptions.Item label={t('incidents.review.improvementsLabel')}>
            {r.improvements.map((i, k) => (
              <div key={k}>
                {i.text} {i.taskId ? <Tag color="blue" data-testid="review-task">{t('incidents.review.asTask', { id: i.taskId })}</Tag> : null}
              </div>
            ))}
          </Descriptions.Item>
        </Descriptions>
      )}
      {canWrite && d.state === 'closed' && (
        <Card size="small" type="inner" title={t('incidents.review.write')}>
          <Form layout="vertical" initialValues={initial} onFinish={(v: Values) => save.mutate(v)}>
            {(['cause', 'handling', 'wentWell', 'wentBadly'] as const).map((k) => (
              <Form.Item key={k} name={k} label={t(`incidents.review.${k}`)} rules={[{ required: true, max: 5000 }]}>
                <Input.TextArea rows={2} data-testid={`review-${k}`} />
              </Form.Item>
            ))}
            <Form.Item name="improvements" label={t('incidents.review.improvements')}>
              <Input.TextArea rows={3} data-testid="review-improvements" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="review-save">
              {t('common.save')}
            </Button>
          </Form>
        </Card>
      )}
    </div>
  );
}
