import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, SendOutlined } from '@ant-design/icons';
import { DELIVERY_KIND_LABELS, DELIVERY_PURPOSE_LABELS } from '@yuqing/common';
import { deleteTarget, deliveryKeys, listTargets, sendTest, type DeliveryTarget } from '../../api/delivery';
import { UnitTreeSelect } from '../../components/unit-tree-select';
import { useCan, useMe } from '../../hooks/use-me';
import { useWrite } from '../../hooks/use-write';
import { useLocale, useT } from '../../i18n';
import { formatTime } from '../../lib/format';
import { AttemptStatus } from './components/attempt-status';
import { AttemptsTable } from './components/attempts-table';
import { TargetForm } from './components/target-form';

type Dialog = { kind: 'create' } | { kind: 'edit'; target: DeliveryTarget };

/** 通知渠道: where a unit's alerts, incident escalations and daily digest are sent, with each target's last result. */
export default function DeliveryPage() {
  const t = useT();
  const locale = useLocale();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const canManage = useCan('delivery.manage');
  const { data: me } = useMe();
  const [unitId, setUnitId] = useState<number | undefined>();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const targets = useQuery({ queryKey: deliveryKeys.targets(unitId), queryFn: () => listTargets(unitId), select: (r) => r.targets, placeholderData: keepPreviousData });
  const remove = useWrite(deleteTarget, { invalidate: [deliveryKeys.all], done: 'common.deleted' });
  // A failed test is an answer, not an error of the app: it is shown as the result, with the platform's words.
  const test = useMutation({
    mutationFn: sendTest,
    onSuccess: async (r) => {
      if (r.ok) void message.success(t('delivery.testOk'));
      else void message.error(t('delivery.testFailed', { error: r.error ?? '' }), 8);
      await queryClient.invalidateQueries({ queryKey: deliveryKeys.all });
    },
  });

  return (
    <>
      <Card
        size="small"
        title={t('menu.delivery')}
        style={{ marginBottom: 16 }}
        extra={
          canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })} data-testid="add-delivery-target">
              {t('delivery.add')}
            </Button>
          )
        }
      >
        <Typography.Paragraph type="secondary">{t('delivery.intro')}</Typography.Paragraph>
        <Space wrap style={{ marginBottom: 12 }}>
          <UnitTreeSelect value={unitId} onChange={setUnitId} allowClear style={{ width: 240 }} />
        </Space>
        <Table<DeliveryTarget>
          rowKey="id"
          size="small"
          loading={targets.isFetching}
          dataSource={targets.data}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
          data-testid="delivery-targets"
          columns={[
            {
              title: t('common.name'),
              key: 'name',
              width: 220,
              render: (_, d) => (
                <>
                  {d.name} {!d.enabled && <Tag>{t('delivery.disabled')}</Tag>}
                  {d.internal && <Tag color="purple">{t('delivery.internal')}</Tag>}
                  <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                    {d.unitName}
                  </Typography.Text>
                </>
              ),
            },
            { title: t('delivery.kind'), dataIndex: 'kind', width: 150, render: (k: DeliveryTarget['kind']) => DELIVERY_KIND_LABELS[k][locale] },
            {
              title: t('delivery.purposes'),
              dataIndex: 'purposes',
              width: 200,
              render: (ps: DeliveryTarget['purposes']) => ps.map((p) => <Tag key={p}>{DELIVERY_PURPOSE_LABELS[p][locale]}</Tag>),
            },
            {
              title: t('delivery.address'),
              key: 'address',
              ellipsis: true,
              render: (_, d) => <Typography.Text type="secondary">{d.kind === 'email' ? d.recipients.join('、') : d.url}</Typography.Text>,
            },
            {
              title: t('delivery.lastResult'),
              key: 'last',
              width: 190,
              render: (_, d) =>
                d.lastAttempt ? (
                  <Space direction="vertical" size={0} data-testid={`last-result-${d.id}`}>
                    <AttemptStatus attempt={d.lastAttempt} />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatTime(d.lastAttempt.updatedAt)}
                    </Typography.Text>
                  </Space>
                ) : (
                  <Typography.Text type="secondary">{t('delivery.never')}</Typography.Text>
                ),
            },
            ...(canManage
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
                    render: (_: unknown, d: DeliveryTarget) => (
                      <Space size="small">
                        <Button size="small" icon={<SendOutlined />} loading={test.isPending && test.variables === d.id} onClick={() => test.mutate(d.id)} data-testid={`test-${d.id}`}>
                          {t('delivery.test')}
                        </Button>
                        <Typography.Link onClick={() => setDialog({ kind: 'edit', target: d })}>{t('common.edit')}</Typography.Link>
                        <Popconfirm title={t('common.confirmDelete', { name: d.name })} onConfirm={() => remove.mutate(d.id)} okButtonProps={{ danger: true }}>
                          <Typography.Link type="danger">{t('common.delete')}</Typography.Link>
                        </Popconfirm>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card size="small" title={t('delivery.attempts')}>
        <AttemptsTable unitId={unitId} />
      </Card>
      {dialog?.kind === 'create' && <TargetForm unitId={unitId ?? me!.unit.id} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <TargetForm target={dialog.target} unitId={dialog.target.unitId} onClose={() => setDialog(null)} />}
    </>
  );
}
