import { useQuery } from '@tanstack/react-query';
import { Table, Typography } from 'antd';
import { DELIVERY_KIND_LABELS } from '@yuqing/common';
import { deliveryKeys, recentAttempts, type RecentAttempt } from '../../../api/delivery';
import { useLocale, useT } from '../../../i18n';
import { formatTime } from '../../../lib/format';
import { AttemptStatus } from './attempt-status';

/** The latest sends of the units in view: what went where, and whether it arrived. */
export function AttemptsTable({ unitId }: { unitId?: number }) {
  const t = useT();
  const locale = useLocale();
  const attempts = useQuery({ queryKey: deliveryKeys.attempts(unitId), queryFn: () => recentAttempts({ unitId, limit: 50 }), select: (r) => r.attempts });
  return (
    <Table<RecentAttempt>
      rowKey="id"
      size="small"
      loading={attempts.isFetching}
      dataSource={attempts.data}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      data-testid="delivery-attempts"
      columns={[
        { title: t('delivery.attempt.at'), dataIndex: 'updatedAt', width: 140, render: (v: string) => formatTime(v) },
        {
          title: t('delivery.attempt.target'),
          key: 'target',
          width: 200,
          render: (_, a) => (
            <>
              {a.targetName}
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                {DELIVERY_KIND_LABELS[a.targetKind][locale]} · {a.unitName}
              </Typography.Text>
            </>
          ),
        },
        { title: t('delivery.purposes'), dataIndex: 'purpose', width: 100, render: (p: RecentAttempt['purpose']) => t(`delivery.attempt.purpose.${p}`) },
        { title: t('delivery.attempt.title'), dataIndex: 'title', ellipsis: true },
        { title: t('common.status'), key: 'status', width: 120, render: (_, a) => <AttemptStatus attempt={a} /> },
        { title: t('delivery.attempt.tries'), dataIndex: 'attempts', width: 90 },
      ]}
    />
  );
}
