import { Space, Tag, Typography } from 'antd';
import type { HealthFlag, HealthLevel } from '../api/channels';
import { useT, type MessageKey, type Translate } from '../i18n';

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

/** The same flags where only the code is known (a notice names the codes, not the days): 「长期未更新（超过两周即不合格）」. */
const UNDATED_KEYS: Partial<Record<HealthFlag['code'], MessageKey>> = {
  stale_update: 'channels.flags.undated.staleUpdate',
  stale_column: 'channels.flags.undated.staleColumn',
  unanswered_fail: 'channels.flags.undated.unansweredFail',
  unanswered_warn: 'channels.flags.undated.unansweredWarn',
  review_overdue: 'channels.flags.undated.reviewOverdue',
};

const isFlagCode = (code: string): code is HealthFlag['code'] => code in FLAG_KEYS;

/**
 * What a flag means in words, with its days: 「已 20 天未更新（超过两周即不合格）」. Days `undefined`
 * means they are not known (a notice); `null` that there is no date (never reviewed, never updated).
 */
export function flagText(flag: { code: HealthFlag['code']; days?: number | null }, t: Translate): string {
  if (flag.days === undefined) return t(UNDATED_KEYS[flag.code] ?? FLAG_KEYS[flag.code]);
  // A review clock with no date never started: there is no review at all.
  if (flag.code === 'review_overdue' && flag.days === null) return t('channels.flags.neverReviewed');
  return t(FLAG_KEYS[flag.code], { days: flag.days ?? '?' });
}

/** A notice's comma-separated flag codes in words; a code this screen does not know yet shows as it is. */
export function flagCodesText(codes: string, t: Translate): string[] {
  return codes
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((code) => (isFlagCode(code) ? flagText({ code }, t) : code));
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
