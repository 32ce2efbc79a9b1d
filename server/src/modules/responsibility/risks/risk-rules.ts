import { RISK_AREAS, RISK_STATUSES, type RiskArea, type RiskLevel, type RiskStatus } from '@yuqing/common';

// Where a risk point lies, as the seeds group them (篇十七 风险点排查; 篇二 阵地、队伍、宣传): defined in common for the forms too.
export { RISK_AREAS, RISK_STATUSES, type RiskArea, type RiskLevel, type RiskStatus };

/** Likelihood × impact on 1..5 scales, in the bands of a common 5×5 risk matrix. */
export function riskLevel(likelihood: number, impact: number): RiskLevel {
  const score = likelihood * impact;
  if (score >= 20) return 'critical';
  if (score >= 12) return 'high';
  if (score >= 6) return 'medium';
  return 'low';
}

/** Days between reviews by level: the graver the risk, the sooner it is looked at again. */
export const REVIEW_INTERVAL_DAYS: Record<RiskLevel, number> = { critical: 30, high: 60, medium: 90, low: 180 };

export function reviewOverdue(r: { status: string; next_review_on: string | null }, today: string): boolean {
  return r.status !== 'closed' && r.next_review_on !== null && r.next_review_on < today;
}
