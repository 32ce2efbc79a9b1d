import { Button, Card, Form, Input, List, Select } from 'antd';
import { REPLY_KIND_LABELS, REPLY_KINDS, type ReplyKind } from '@yuqing/common';
import { recordReply, type IncidentDetail } from '../../../../api/incidents';
import { useCan } from '../../../../hooks/use-me';
import { useLocale, useT } from '../../../../i18n';
import { formatTime, optionsOf } from '../../../../lib/format';
import { useIncidentWrite } from '../../components/use-incident';

/** 正面回复: where, when and the link of each published reply. */
export function ReplyPanel({ d }: { d: IncidentDetail }) {
  const t = useT();
  const locale = useLocale();
  const canWrite = useCan('incident.write');
  const [form] = Form.useForm<{ kind: ReplyKind; place: string; url?: string }>();
  const save = useIncidentWrite(d.id, (v: { kind: ReplyKind; place: string; url?: string }) => recordReply(d.id, { kind: v.kind, place: v.place, url: v.url || null, publishedAt: new Date().toISOString() }));
  return (
    <div data-testid="reply-panel">
      {canWrite && ['drafting', 'replied', 'following'].includes(d.state) && (
        <Card size="small" type="inner" title={t('incidents.reply.add')} style={{ marginBottom: 12 }}>
          <Form form={form} layout="vertical" initialValues={{ kind: 'statement' }} onFinish={(v) => save.mutate(v, { onSuccess: () => form.resetFields() })}>
            <Form.Item name="kind" label={t('incidents.reply.kind')}>
              <Select options={optionsOf(REPLY_KINDS, REPLY_KIND_LABELS, locale)} />
            </Form.Item>
            <Form.Item name="place" label={t('incidents.reply.place')} rules={[{ required: true, max: 200 }]}>
              <Input data-testid="reply-place" />
            </Form.Item>
            <Form.Item name="url" label={t('incidents.reply.url')} rules={[{ type: 'url' }]}>
              <Input data-testid="reply-url" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="reply-save">
              {t('common.save')}
            </Button>
          </Form>
        </Card>
      )}
      <List
        size="small"
        dataSource={d.replies}
        data-testid="reply-list"
        renderItem={(r) => (
          <List.Item>
            {REPLY_KIND_LABELS[r.kind][locale]} · {r.place} · {formatTime(r.publishedAt)} {r.url && <a href={r.url} target="_blank" rel="noreferrer noopener">{r.url}</a>}
          </List.Item>
        )}
      />
    </div>
  );
}
