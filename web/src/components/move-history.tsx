import { Empty, Timeline, Typography } from 'antd';
import type { Move } from '../api/org';
import { useT } from '../i18n';
import { formatTime } from '../lib/format';

function place(unit: string | null, department: string | null): string {
  return [unit, department].filter(Boolean).join(' / ') || '—';
}

/** Where a department or person was moved from and to, by whom and why: the answer to "since when is she here?". */
export function MoveHistory({ moves }: { moves: Move[] }) {
  const t = useT();
  if (moves.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.history.empty')} />;
  return (
    <Timeline
      items={moves.map((m) => ({
        key: m.id,
        children: (
          <>
            <Typography.Text strong>{formatTime(m.movedAt)}</Typography.Text>{' '}
            <Typography.Text type="secondary">{m.movedByName ?? ''}</Typography.Text>
            <div>
              {t('org.history.fromTo', {
                from: place(m.fromUnitName, m.fromDepartmentName),
                to: place(m.toUnitName, m.toDepartmentName),
              })}
            </div>
            {m.reason && <Typography.Text type="secondary">{t('org.history.reason', { reason: m.reason })}</Typography.Text>}
          </>
        ),
      }))}
    />
  );
}
