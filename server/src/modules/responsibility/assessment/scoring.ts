import { MEETING_KINDS, type MeetingKind } from '@yuqing/common';
import type { Figures } from '../dashboard.service.js';

/**
 * How an indicator scores. All but `manual` read the system's own evidence: quotas, task periods,
 * rectifications; `manual` waits for a score given by hand with a comment.
 */
export type IndicatorRule =
  | { kind: 'quota'; meetingKind: MeetingKind }
  | { kind: 'tasks_done' }
  | { kind: 'overdue_penalty'; perItem: number }
  | { kind: 'rectification_penalty'; perItem: number }
  | { kind: 'reports_on_time' }
  | { kind: 'manual' };

export interface Indicator {
  key: string;
  name: string;
  /** The most points it gives. */
  weight: number;
  rule: IndicatorRule;
}

/** Defaults after the seeds' 绩效考评细则 (篇三, 篇十一): study and reviews, tasks, deadlines, rectification, and what only people can judge. */
export const DEFAULT_INDICATORS: Indicator[] = [
  { key: 'central_study', name: '中心组学习达到年度指标', weight: 20, rule: { kind: 'quota', meetingKind: 'central_study' } },
  { key: 'topic_review', name: '每季度专题研究意识形态工作', weight: 15, rule: { kind: 'quota', meetingKind: 'topic_review' } },
  { key: 'tasks_done', name: '方案任务按期完成', weight: 25, rule: { kind: 'tasks_done' } },
  { key: 'no_overdue', name: '任务逾期扣分（每项 2 分）', weight: 10, rule: { kind: 'overdue_penalty', perItem: 2 } },
  { key: 'rectification', name: '督查整改按期销号（每项逾期扣 5 分）', weight: 10, rule: { kind: 'rectification_penalty', perItem: 5 } },
  { key: 'reports_on_time', name: '分析研判报告按季度按时报送', weight: 10, rule: { kind: 'reports_on_time' } },
  { key: 'channels_guidance', name: '阵地管理和舆论引导（人工评分）', weight: 10, rule: { kind: 'manual' } },
];

export interface IndicatorScore {
  key: string;
  name: string;
  weight: number;
  /** Null while a hand-scored indicator has no score yet. */
  score: number | null;
  basis: string;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** One indicator's points from a unit's figures (or its hand score), with the basis in words. */
export function scoreIndicator(ind: Indicator, f: Figures, manual?: { score: number; comment: string }): IndicatorScore {
  const out = (score: number | null, basis: string): IndicatorScore => ({ key: ind.key, name: ind.name, weight: ind.weight, score: score === null ? null : round(Math.max(0, Math.min(ind.weight, score))), basis });
  const r = ind.rule;
  switch (r.kind) {
    case 'quota': {
      const m = f.meetings[r.meetingKind];
      return out(m.target === 0 ? ind.weight : (ind.weight * Math.min(m.held, m.target)) / m.target, `已开展 ${m.held} / 指标 ${m.target}`);
    }
    case 'tasks_done': {
      const { done, dueSoFar } = f.tasks;
      return out(dueSoFar === 0 ? ind.weight : (ind.weight * Math.min(done, dueSoFar)) / dueSoFar, `到期 ${dueSoFar} 期，已完成 ${done} 期`);
    }
    case 'overdue_penalty':
      return out(ind.weight - r.perItem * f.tasks.overdue, `逾期 ${f.tasks.overdue} 期`);
    case 'rectification_penalty':
      return out(ind.weight - r.perItem * f.rectifications.overdue, `逾期未销号整改 ${f.rectifications.overdue} 项`);
    case 'reports_on_time': {
      const { due, onTime } = f.reports;
      return out(due === 0 ? ind.weight : (ind.weight * onTime) / due, `应报 ${due} 期，按时报送 ${onTime} 期`);
    }
    case 'manual':
      return manual ? out(manual.score, manual.comment) : out(null, '待评分');
  }
}

export function scoreUnit(indicators: readonly Indicator[], f: Figures, manual: ReadonlyMap<string, { score: number; comment: string }>) {
  const items = indicators.map((ind) => scoreIndicator(ind, f, manual.get(ind.key)));
  return { items, total: round(items.reduce((s, i) => s + (i.score ?? 0), 0)), complete: items.every((i) => i.score !== null) };
}

/** Competition ranking (1, 2, 2, 4): equal totals share a place. */
export function rank<T extends { total: number }>(rows: readonly T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => b.total - a.total);
  return sorted.map((r) => ({ ...r, rank: sorted.findIndex((x) => x.total === r.total) + 1 }));
}

/** A stored indicator list, checked: a rule whose kind or meeting kind is unknown is refused by name. */
export function validateIndicators(indicators: readonly Indicator[]): string | null {
  const keys = new Set<string>();
  for (const ind of indicators) {
    if (keys.has(ind.key)) return `指标「${ind.key}」重复`;
    keys.add(ind.key);
    if (ind.rule.kind === 'quota' && !MEETING_KINDS.includes(ind.rule.meetingKind)) return `指标「${ind.name}」的会议类型不存在`;
  }
  return null;
}
