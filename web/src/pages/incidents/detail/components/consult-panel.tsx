import { Button, Card, Form, Input, List, Typography } from 'antd';
import { recordConsultation, type IncidentDetail } from '../../../../api/incidents';
import { useCan } from '../../../../hooks/use-me';
import { useT } from '../../../../i18n';
import { formatTime } from '../../../../lib/format';
import { useIncidentWrite } from '../../components/use-incident';

const SUPERIOR = /^(上级|superior)$/i;

/** 会商: the meeting record; one participant per line as 「姓名，本单位」 or 「姓名，上级」; each decision line becomes a task. */
export function ConsultPanel({ d }: { d: IncidentDetail }) {
  const t = useT();
  const canWrite = useCan('incident.write');
  const [form] = Form.useForm<{ participants: string; opinions: string; decisions?: string }>();
  const save = useIncidentWrite(d.id, (v: { participants: string; opinions: string; decisions?: string }) =>
    recordConsultation(d.id, {
      heldAt: new Date().toISOString(),
      participants: v.participants
        .split('\n')
        .map((l) => l.split(/[，,]/).map((x) => x.trim()))
        .filter(([name]) => name)
        .map(([name, unit]) => ({ name, unitId: unit && SUPERIOR.test(unit) && d.superiorUnit ? d.superiorUnit.id : d.unitId })),
      opinions: v.opinions,
      decisions: (v.decisions ?? '').split('\n').map((x) => x.trim()).filter(Boolean).map((title) => ({ title })),
    }),
  );
  return (
    <div data-testid="consult-panel">
      {canWrite && ['reported', 'consulting', 'drafting', 'following'].includes(d.state) && (
        <Card size="small" type="inner" title={t('incidents.consult.add')} style={{ marginBottom: 12 }}>
          <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v, { onSuccess: () => form.resetFields() })}>
            <Form.Item name="participants" label={t('incidents.consult.participants')} extra={t('incidents.consult.participantsHint')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} data-testid="consult-participants" />
            </Form.Item>
            <Form.Item name="opinions" label={t('incidents.consult.opinions')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} data-testid="consult-opinions" />
            </Form.Item>
            <Form.Item name="decisions" label={t('incidents.consult.decisions')}>
              <Input.TextArea rows={2} data-testid="consult-decisions" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="consult-save">
              {t('common.save')}
            </Button>
          </Form>
        </Card>
      )}
      {d.consultations.map((c) => (
        <Card key={c.id} size="small" type="inner" title={formatTime(c.heldAt)} style={{ marginBottom: 8 }}>
          <Typography.Paragraph>{c.participants.map((p) => p.name).join('、')}</Typography.Paragraph>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.opinions}</Typography.Paragraph>
        </Card>
      ))}
      {d.tasks.length > 0 && (
        <List
          size="small"
          header={t('incidents.consult.tasks')}
          dataSource={d.tasks}
          data-testid="consult-tasks"
          renderItem={(x) => (
            <List.Item>
              <Typography.Text delete={!!x.doneAt}>{x.title}</Typography.Text> · {x.ownerName ?? x.departmentName ?? '—'} · {formatTime(x.dueAt)}
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
