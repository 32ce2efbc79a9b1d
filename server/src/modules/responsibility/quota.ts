import { MEETING_KINDS, type MeetingKind } from '@yuqing/common';

/** Yearly targets per meeting kind, from the seeds; a unit edits its own. */
export const DEFAULT_QUOTAS: Record<MeetingKind, { target: number; seedRef: string }> = {
  // 篇十七: 每月制定集中学习计划 — twelve central-group sessions a year.
  central_study: { target: 12, seedRef: '篇十七 一（二）' },
  // 篇一（三）: 每季度至少一次专题研究意识形态工作.
  topic_review: { target: 4, seedRef: '篇一（三）' },
  // 篇十 三（一）: 定期分析研判并形成书面报告 — quarterly.
  analysis: { target: 4, seedRef: '篇十 三（一）' },
  // 篇六第七条, 篇八 5: once a year.
  democratic_life: { target: 1, seedRef: '篇六第七条' },
  organizational_life: { target: 1, seedRef: '篇六第八条' },
  // 篇八 6: 丰富主题党日活动 — monthly.
  party_day: { target: 12, seedRef: '篇八 6' },
  // 篇十五: 全年共开展1次安全宣传教育培训.
  training: { target: 1, seedRef: '篇十五 三' },
};

export type QuotaStatus = 'met' | 'on_track' | 'behind';

export interface QuotaProgress {
  kind: MeetingKind;
  target: number;
  held: number;
  /** How many should have been held by today, pro rata through the year (rounded down). */
  expectedByNow: number;
  status: QuotaStatus;
}

function dayOfYear(date: string): { day: number; days: number } {
  const year = Number(date.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  return { day: (Date.parse(`${date}T00:00:00Z`) - start) / 86_400_000 + 1, days };
}

/** Whether a count held so far meets, keeps pace with (pro rata through the year) or falls behind a target. */
export function quotaStatus(target: number, held: number, year: number, today: string): { expectedByNow: number; status: QuotaStatus } {
  const thisYear = Number(today.slice(0, 4));
  const { day, days } = dayOfYear(today);
  const share = year < thisYear ? 1 : year > thisYear ? 0 : day / days;
  const expectedByNow = Math.floor(target * share + 1e-9);
  return { expectedByNow, status: held >= target ? 'met' : held >= expectedByNow ? 'on_track' : 'behind' };
}

/**
 * Progress of each kind against its target for the year, as of `today` (YYYY-MM-DD). A past
 * year counts in full; a future year expects nothing yet.
 */
export function quotaProgress(year: number, targets: Partial<Record<MeetingKind, number>>, heldDates: readonly { kind: string; date: string }[], today: string): QuotaProgress[] {
  return MEETING_KINDS.map((kind) => {
    const target = targets[kind] ?? DEFAULT_QUOTAS[kind].target;
    const held = heldDates.filter((m) => m.kind === kind && m.date.startsWith(`${year}-`) && m.date <= today).length;
    return { kind, target, held, ...quotaStatus(target, held, year, today) };
  });
}
