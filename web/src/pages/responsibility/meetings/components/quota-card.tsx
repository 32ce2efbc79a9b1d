import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, InputNumber, Progress, Table, Tag } from 'antd';
import { MEETING_KIND_LABELS, MEETING_KINDS, type MeetingKind } from '@yuqing/common';
import { getQuotas, responsibilityKeys, setQuotas, type QuotaProgress } from '../../../../api/responsibility';
import { FormModal } from '../../../../components/form-modal';
import { useCan } from '../../../../hooks/use-me';
import { useWrite } from '../../../../hooks/use-write';
import { useLocale, useT } from '../../../../i18n';

const STATUS_COLORS = { met: 'green', on_track: 'blue', behind: 'red' } as const;

/** A unit's own meetings this year against its yearly targets (the seeds' defaults until it sets its own). */
export function QuotaCard({ unitId, unitName, year }: { unitId: number; unitName: string; year: number }) {
  const t = useT();
  const locale = useLocale();
  const canManage = useCan('responsibility.manage');
  const [editing, setEditing] = useState(false);
  const quotas = useQuery({ queryKey: responsibilityKeys.quotas(unitId, year), queryFn: () => getQuotas(unitId, year), select: (r) => r.quotas });
  const save = useWrite((targets: Record<MeetingKind, number>) => setQuotas(unitId, year, targets), { invalidate: [responsibilityKeys.all], done: 'responsibility.quota.saved' });

  return (
    <Card
      size="small"
      type="inner"
      title={t('responsibility.quota.title', { year, unit: unitName })}
      extra={canManage && <Button size="small" onClick={() => setEditing(true)}>{t('responsibility.quota.edit')}</Button>}
      style={{ marginBottom: 12 }}
    >
      <Table<QuotaProgress>
        size="small"
        rowKey="kind"
        pagination={false}
        dataSource={quotas.data}
        data-testid="quota-table"
        onRow={(q) => ({ 'data-kind': q.kind }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('responsibility.meeting.kind'), dataIndex: 'kind', render: (k: MeetingKind) => MEETING_KIND_LABELS[k][locale] },
          { title: t('responsibility.quota.held'), dataIndex: 'held', width: 90, render: (v: number, q) => <span data-testid={`quota-held-${q.kind}`}>{v}</span> },
          { title: t('responsibility.quota.target'), dataIndex: 'target', width: 90 },
          { title: t('responsibility.quota.expected'), dataIndex: 'expectedByNow', width: 110 },
          { title: '', key: 'bar', width: 160, render: (_, q) => <Progress percent={Math.min(100, Math.round((q.held / Math.max(q.target, 1)) * 100))} size="small" /> },
          { title: '', dataIndex: 'status', width: 100, render: (s: QuotaProgress['status']) => <Tag color={STATUS_COLORS[s]}>{t(`responsibility.quota.status.${s}`)}</Tag> },
        ]}
      />
      {editing && quotas.data && (
        <FormModal<Record<MeetingKind, number>>
          title={t('responsibility.quota.edit')}
          initialValues={Object.fromEntries(quotas.data.map((q) => [q.kind, q.target]))}
          onSubmit={(v) => save.mutateAsync(v)}
          onClose={() => setEditing(false)}
        >
          {MEETING_KINDS.map((k) => (
            <Form.Item key={k} name={k} label={MEETING_KIND_LABELS[k][locale]} rules={[{ required: true }]}>
              <InputNumber min={0} max={366} />
            </Form.Item>
          ))}
        </FormModal>
      )}
    </Card>
  );
}
