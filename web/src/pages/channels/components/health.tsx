import { Space, Tag, Typography } from 'antd';
import type { HealthFlag, HealthLevel } from '../../../api/channels';
import { useT, type MessageKey, type Translate } from '../../../i18n';

const HEALTH_COLORS: Record<HealthLevel, string> = { ok: 'green', warn: 'orange', fail: 'red' };

const FLAG_KEYS: Record<HealthFlag['code'], MessageKey> = {
  stale_update: 'channels.flags.staleUpdate',
  no_update_recorded: 'channels.flags.noUpdateRecorded',
  stale_column: 'channels.flags.staleColumn',
  unanswered_fail: 'channels.flags.unansweredFail',
  unanswered_warn: 'channels.flags.unansweredWarn',
  review_overdue: 'channels.flags.reviewOverdue',
  not_real_name: 'channels.flags.notRealName',
};

/** What a flag means in words, with its days: 「已 20 天未更新（超过两周即不合格）」. */
function flagText(flag: HealthFlag, t: Translate): string {
  // A review clock with no date never started: there is no review at all.
  if (flag.code === 'review_overdue' && flag.days === null) return t('channels.flags.neverReviewed');
  return t(FLAG_KEYS[flag.code], { days: flag.days ?? '?' });
}

export function HealthTag({ level }: { level: HealthLevel }) {
  const t = useT();
  return (
    <Tag color={HEALTH_COLORS[level]} data-testid={`health-${level}`}>
      {t(`channels.health.${level}`)}
    </Tag>
  );
}

/** The flags, worst first as the server sorts them, each in its level's colour. */
export function HealthFlags({ flags }: { flags: HealthFlag[] }) {
  const t = useT();
  return (
    <Space direction="vertical" size={0}>
      {flags.map((f) => (
        <Typography.Text key={f.code} type={f.level === 'fail' ? 'danger' : 'warning'} style={{ fontSize: 12 }}>
          {flagText(f, t)}
        </Typography.Text>
      ))}
    </Space>
  );
}
