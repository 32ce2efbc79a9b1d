import { OUTCOMES, PARTS, type Outcome, type Part } from '@yuqing/common';

export { OUTCOMES, PARTS, type Outcome, type Part };

/** Typical clauses from the seeds; a unit replaces the list with its own. */
export const DEFAULT_CLAUSES: { key: string; text: string; seedRef: string }[] = [
  { key: 'mass_incident', text: '管辖范围内发生因意识形态领域问题引发群体性事件的', seedRef: '篇四 3' },
  { key: 'poor_handling', text: '对重大敏感问题和突发事件处置和引导不力，引起思想混乱，造成严重影响的', seedRef: '篇四 4' },
  { key: 'channel_misguidance', text: '所属舆论阵地出现严重错误导向的', seedRef: '篇四 6' },
  { key: 'concealment', text: '对管辖范围内意识形态工作出现严重问题隐瞒不报的', seedRef: '篇四 8' },
  { key: 'online_forum_statements', text: '管辖范围内网络平台组织的报告会、研讨会、讲座、论坛、直播等发表错误言论，造成严重影响的', seedRef: '篇六第九条（六）' },
  { key: 'network_security', text: '对管辖范围内重大网络安全和信息化问题领导和处置不力造成严重影响的', seedRef: '篇六第九条（七）' },
  { key: 'other_failure', text: '其他未能切实履行工作职责，造成不良影响的', seedRef: '篇四 12' },
];

export type Bears = 'main' | 'important' | 'individual' | 'none';

/**
 * Who bears what (篇六第十条): in collective responsibility the unit's principal and the member in
 * charge bear the main leadership responsibility and other participants the important one; a member
 * who recorded dissent that was not adopted bears none. In individual responsibility only the one
 * who decided or approved bears it.
 */
export function bearsOf(responsibility: 'collective' | 'individual', part: Part, dissent: boolean): Bears {
  if (dissent) return 'none';
  if (responsibility === 'individual') return part === 'decider' ? 'individual' : 'none';
  if (part === 'principal' || part === 'in_charge') return 'main';
  if (part === 'participant' || part === 'decider') return 'important';
  return 'none';
}
