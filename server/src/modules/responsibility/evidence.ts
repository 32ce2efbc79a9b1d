import { EVIDENCE_KINDS, MEETING_KIND_LABELS, MEETING_KINDS, type EvidenceRule, type MeetingKind, type OccurrenceState } from '@yuqing/common';
import { addDays } from './periods.js';

/** A record that can count as evidence, dated by its Beijing calendar date. */
export type EvidenceRecord =
  | { kind: 'meeting'; id: number; date: string; meetingKind: string; title: string }
  | { kind: 'submissions'; id: number; date: string; title: string }
  | { kind: 'channel_review'; id: number; date: string; title: string };

export interface EvidenceVerdict {
  met: boolean;
  /** The records inside the period that counted, oldest first. */
  matched: EvidenceRecord[];
  needed: number;
}

/**
 * Whether the records complete one period of a task: enough records of the rule's kind (and
 * meeting kind) dated inside [start, end]. A meeting in April completes the second quarter.
 */
export function matchEvidence(rule: EvidenceRule, period: { start: string; end: string }, records: readonly EvidenceRecord[]): EvidenceVerdict {
  if (rule.kind === 'manual') return { met: false, matched: [], needed: 0 };
  const matched = records
    .filter((r) => r.kind === rule.kind && r.date >= period.start && r.date <= period.end && (rule.kind !== 'meeting' || (r.kind === 'meeting' && r.meetingKind === rule.meetingKind)))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  return { met: matched.length >= rule.count, matched: matched.slice(0, rule.count), needed: rule.count };
}

export type ParsedEvidence = { rule: EvidenceRule; problem: null } | { rule: null; problem: string };

/**
 * Reads a stored rule. A rule whose kind or meeting kind no longer exists is reported with the
 * reason, so the task shows it instead of silently never completing.
 */
export function parseEvidence(json: string): ParsedEvidence {
  let raw: { kind?: unknown; meetingKind?: unknown; count?: unknown };
  try {
    raw = JSON.parse(json) as typeof raw;
  } catch {
    return { rule: null, problem: '完成依据无法读取' };
  }
  if (!EVIDENCE_KINDS.includes(raw.kind as never)) return { rule: null, problem: `完成依据类型「${String(raw.kind)}」已不存在` };
  if (raw.kind === 'manual') return { rule: { kind: 'manual' }, problem: null };
  const count = Number(raw.count ?? 1);
  if (!Number.isInteger(count) || count < 1) return { rule: null, problem: `完成依据数量「${String(raw.count)}」无效` };
  if (raw.kind === 'meeting') {
    if (!MEETING_KINDS.includes(raw.meetingKind as MeetingKind)) return { rule: null, problem: `会议类型「${String(raw.meetingKind)}」已不存在` };
    return { rule: { kind: 'meeting', meetingKind: raw.meetingKind as MeetingKind, count }, problem: null };
  }
  return { rule: { kind: raw.kind as 'submissions' | 'channel_review', count }, problem: null };
}

export function describeEvidence(rule: EvidenceRule): string {
  switch (rule.kind) {
    case 'meeting':
      return `召开${MEETING_KIND_LABELS[rule.meetingKind]['zh-CN']}${rule.count > 1 ? ` ${rule.count} 次` : ''}`;
    case 'submissions':
      return `报送信息 ${rule.count} 条`;
    case 'channel_review':
      return `巡查阵地 ${rule.count} 次`;
    case 'manual':
      return '人工确认完成';
  }
}

/** Days before its due date an open occurrence shows as due soon. */
export const DUE_SOON_DAYS = 7;

export function occurrenceState(o: { period_start: string; due_date: string; completed_at: string | null }, today: string): OccurrenceState {
  if (o.completed_at) return 'done';
  if (o.due_date < today) return 'overdue';
  if (o.period_start > today) return 'upcoming';
  if (o.due_date <= addDays(today, DUE_SOON_DAYS)) return 'due_soon';
  return 'open';
}
