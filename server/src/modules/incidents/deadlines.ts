import { DEADLINE_KINDS, DEADLINE_LABELS, GRADE_NAMES, type DeadlineKind, type DeadlinePreset, type Grade, type Locale } from '@yuqing/common';

/** Minutes from discovery for each step, per grade. A kind missing from a grade does not apply to it. */
export type Limits = Record<Grade, Partial<Record<DeadlineKind, number>>>;

const H = 60;
const D = 24 * H;

/**
 * The presets a unit picks. `seed_12h`: 篇四 replies within 12 hours; a grade I event reaches the leaders
 * in writing within 1 hour (a unit plan). `national`: 国办发〔2016〕61号 — for 特别重大/重大 emergencies
 * authoritative information within 5 hours and a press conference within 24; other government-related
 * public opinion answered within 48 hours.
 */
export const PRESETS: Record<DeadlinePreset, Limits> = {
  seed_12h: {
    1: { acknowledge: 30, report: 1 * H, reply: 12 * H, close: 7 * D },
    2: { acknowledge: 30, report: 2 * H, reply: 12 * H, close: 7 * D },
    3: { acknowledge: 1 * H, report: 4 * H, reply: 12 * H, close: 15 * D },
    4: { acknowledge: 2 * H, report: 12 * H, reply: 12 * H, close: 30 * D },
  },
  national: {
    1: { acknowledge: 30, report: 1 * H, reply: 5 * H, press_conference: 24 * H, close: 7 * D },
    2: { acknowledge: 30, report: 2 * H, reply: 5 * H, press_conference: 24 * H, close: 7 * D },
    3: { acknowledge: 1 * H, report: 4 * H, reply: 48 * H, close: 15 * D },
    4: { acknowledge: 2 * H, report: 12 * H, reply: 48 * H, close: 30 * D },
  },
};

export type Tightening = Partial<Record<`${Grade}`, Partial<Record<DeadlineKind, number>>>>;

export interface LimitProblem {
  grade: Grade;
  kind: DeadlineKind;
  reason: { 'zh-CN': string; en: string };
}

const gradeName = (g: Grade) => ({ 'zh-CN': `${GRADE_NAMES[g].roman} 级（${GRADE_NAMES[g]['zh-CN']}）`, en: `grade ${GRADE_NAMES[g].roman}` });

/**
 * The preset with the unit's tightening applied. A unit may shorten a limit or add one the preset lacks,
 * never lengthen one; and within a grade no step may be due before the step it follows.
 */
export function resolveLimits(preset: DeadlinePreset, tighten: Tightening = {}): { limits: Limits; problems: LimitProblem[] } {
  const problems: LimitProblem[] = [];
  const limits = {} as Limits;
  for (const grade of [1, 2, 3, 4] as Grade[]) {
    const base = PRESETS[preset][grade];
    const merged = { ...base };
    for (const [kind, minutes] of Object.entries(tighten[`${grade}`] ?? {}) as [DeadlineKind, number][]) {
      const was = base[kind];
      if (was !== undefined && minutes > was) {
        const g = gradeName(grade);
        problems.push({
          grade,
          kind,
          reason: {
            'zh-CN': `${g['zh-CN']}「${DEADLINE_LABELS[kind]['zh-CN']}」设为 ${minutes} 分钟，长于预案的 ${was} 分钟；本单位只能收紧时限`,
            en: `${g.en} "${DEADLINE_LABELS[kind].en}" is set to ${minutes} minutes, longer than the preset's ${was}; a unit may only tighten`,
          },
        });
      } else merged[kind] = minutes;
    }
    limits[grade] = merged;
  }
  return { limits, problems: [...problems, ...orderProblems(limits)] };
}

/** A later step shorter than an earlier one cannot be met in order: reject it, naming both steps. */
export function orderProblems(limits: Limits): LimitProblem[] {
  const problems: LimitProblem[] = [];
  for (const grade of [1, 2, 3, 4] as Grade[]) {
    let previous = null as { kind: DeadlineKind; minutes: number } | null;
    for (const kind of DEADLINE_KINDS) {
      const minutes = limits[grade][kind];
      if (minutes === undefined) continue;
      if (previous && minutes < previous.minutes) {
        const g = gradeName(grade);
        problems.push({
          grade,
          kind,
          reason: {
            'zh-CN': `${g['zh-CN']}「${DEADLINE_LABELS[kind]['zh-CN']}」${minutes} 分钟短于前一步「${DEADLINE_LABELS[previous.kind]['zh-CN']}」的 ${previous.minutes} 分钟`,
            en: `${g.en} "${DEADLINE_LABELS[kind].en}" (${minutes} min) is shorter than the earlier step "${DEADLINE_LABELS[previous.kind].en}" (${previous.minutes} min)`,
          },
        });
      }
      previous = { kind, minutes: Math.max(minutes, previous?.minutes ?? 0) };
    }
  }
  return problems;
}

export const problemText = (p: LimitProblem, locale: Locale) => p.reason[locale];

export const dueAt = (openedAt: string, minutes: number) => new Date(Date.parse(openedAt) + minutes * 60_000).toISOString();

/** The ladder a late step climbs: the handler first, then the leader in charge, the first responsible person, the superior. */
export const ESCALATION_LEVELS = ['handler', 'leader_in_charge', 'first_responsible', 'superior'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

/**
 * Which rungs of the ladder are due now for an unmet deadline: rung k (1-based) falls due at
 * due + (k-1)·every. A checker that was down catches up on every rung it missed, each once.
 */
export function escalationsDue(deadline: { due_at: string; level: number }, now: Date, everyMinutes: number): { levels: number[]; nextCheckAt: string | null } {
  const due = Date.parse(deadline.due_at);
  const rungAt = (k: number) => due + (k - 1) * everyMinutes * 60_000;
  const levels: number[] = [];
  for (let k = deadline.level + 1; k <= ESCALATION_LEVELS.length && rungAt(k) <= now.getTime(); k++) levels.push(k);
  const next = deadline.level + levels.length + 1;
  return { levels, nextCheckAt: next <= ESCALATION_LEVELS.length ? new Date(rungAt(next)).toISOString() : null };
}

/** Remaining minutes (negative when late) of each unmet deadline, for countdowns. */
export const minutesLeft = (due: string, now: Date) => Math.round((Date.parse(due) - now.getTime()) / 60_000);
