import { PUBLISHING_CHANNEL_KINDS, type ChannelKind, type HealthFlag, type HealthFlagCode, type HealthLevel } from '@yuqing/common';

/** Thresholds from the inspection indicators (国办秘函〔2019〕19号) and local rules; each unit may change them. */
export interface HealthRules {
  /** A public channel not updated for this long fails outright (two weeks). */
  staleUpdateDays: number;
  /** A column not updated for this long costs points (six months). */
  staleColumnDays: number;
  /** A valid message unanswered this long fails outright (three months). */
  unansweredFailDays: number;
  /** Local rules expect simple enquiries answered within five working days. */
  unansweredWarnDays: number;
}

export const DEFAULT_HEALTH_RULES: HealthRules = { staleUpdateDays: 14, staleColumnDays: 183, unansweredFailDays: 90, unansweredWarnDays: 7 };

export type { HealthFlag, HealthFlagCode, HealthLevel };

export interface ChannelFacts {
  kind: string;
  status: string;
  last_update_at: string | null;
  last_review_at: string | null;
  review_cycle_days: number;
  oldest_unanswered_at: string | null;
  stalest_column_at: string | null;
  member_count: number | null;
  real_name_verified: number;
}

const DAY = 86_400_000;
const daysSince = (iso: string, now: Date) => Math.floor((now.getTime() - new Date(iso).getTime()) / DAY);

/** The flags a channel raises today, worst first. Closed and suspended channels raise none. */
export function evaluateHealth(c: ChannelFacts, rules: HealthRules, now: Date): { level: HealthLevel; flags: HealthFlag[] } {
  const flags: HealthFlag[] = [];
  if (c.status === 'active') {
    if (PUBLISHING_CHANNEL_KINDS.includes(c.kind as ChannelKind)) {
      if (!c.last_update_at) flags.push({ code: 'no_update_recorded', level: 'warn', days: null });
      else if (daysSince(c.last_update_at, now) > rules.staleUpdateDays) flags.push({ code: 'stale_update', level: 'fail', days: daysSince(c.last_update_at, now) });
    }
    if (c.oldest_unanswered_at) {
      const d = daysSince(c.oldest_unanswered_at, now);
      if (d > rules.unansweredFailDays) flags.push({ code: 'unanswered_fail', level: 'fail', days: d });
      else if (d > rules.unansweredWarnDays) flags.push({ code: 'unanswered_warn', level: 'warn', days: d });
    }
    if (c.stalest_column_at && daysSince(c.stalest_column_at, now) > rules.staleColumnDays) {
      flags.push({ code: 'stale_column', level: 'warn', days: daysSince(c.stalest_column_at, now) });
    }
    if (!c.last_review_at) flags.push({ code: 'review_overdue', level: 'warn', days: null });
    else if (daysSince(c.last_review_at, now) > c.review_cycle_days) flags.push({ code: 'review_overdue', level: 'warn', days: daysSince(c.last_review_at, now) - c.review_cycle_days });
    if ((c.kind === 'wechat_group' || c.kind === 'qq_group') && !c.real_name_verified) flags.push({ code: 'not_real_name', level: 'warn', days: null });
  }
  flags.sort((a, b) => Number(b.level === 'fail') - Number(a.level === 'fail'));
  return { level: flags.some((f) => f.level === 'fail') ? 'fail' : flags.length ? 'warn' : 'ok', flags };
}
