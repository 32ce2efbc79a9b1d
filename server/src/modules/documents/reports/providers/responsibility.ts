import { MEETING_KINDS, MEETING_KIND_LABELS, type RiskLevel } from '@yuqing/common';
import { systemCtx } from '../../../../core/context.js';
import { listRisks, responsibilityDashboard } from '../../../responsibility/index.js';
import type { Period } from '../period.js';
import type { SectionProvider } from '../section.js';

const RISK_LEVEL_ZH: Record<RiskLevel, string> = { low: '低', medium: '中', high: '高', critical: '极高' };
const RISK_STATUS_ZH: Record<string, string> = { open: '未管控', controlled: '已管控', closed: '已销号' };

/** The responsibility figures count the year up to the period's last day (or today, while it runs). */
const asOf = (p: Period, now: Date) => new Date(Math.min(now.getTime(), Date.parse(p.end) - 1));
const endLabel = (p: Period, now: Date) => {
  const d = new Date(asOf(p, now).getTime() + 8 * 3600_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
};

/** Meetings and study sessions against the yearly quotas, tasks done and overdue, rectifications: the year to the period's end. */
export const responsibilitySection: SectionProvider = async (db, scope, period) => {
  const now = new Date();
  const dash = await responsibilityDashboard(systemCtx(db), { unitId: scope.unitId, year: period.year }, asOf(period, now));
  const f = dash.unit.figures;
  const m = f.meetings;
  const figures: Record<string, number> = {
    'tasks.total': f.tasks.total,
    'tasks.due': f.tasks.dueSoFar,
    'tasks.done': f.tasks.done,
    'tasks.overdue': f.tasks.overdue,
    'meetings.unitsBehind': f.unitsBehind,
    'rectifications.open': f.rectifications.open,
    'rectifications.overdue': f.rectifications.overdue,
  };
  for (const k of MEETING_KINDS) {
    figures[`meetings.${k}.held`] = m[k].held;
    figures[`meetings.${k}.target`] = m[k].target;
  }
  const held = MEETING_KINDS.filter((k) => m[k].held > 0 || m[k].target > 0);
  const text =
    f.tasks.total === 0 && held.length === 0
      ? `截至${endLabel(period, now)}，系统中没有${period.year}年度的工作方案任务和会议学习记录。`
      : `截至${endLabel(period, now)}，${period.year}年度工作方案任务已到期${f.tasks.dueSoFar}期，其中逾期未完成${f.tasks.overdue}期；累计完成${f.tasks.done}期（含提前完成）；` +
        `${MEETING_KIND_LABELS.central_study['zh-CN']}${m.central_study.held}次（年度指标${m.central_study.target}次），${MEETING_KIND_LABELS.topic_review['zh-CN']}${m.topic_review.held}次（年度指标${m.topic_review.target}次）` +
        `${f.rectifications.open ? `；督查整改事项未销号${f.rectifications.open}项，其中逾期${f.rectifications.overdue}项` : ''}。`;
  return {
    key: 'responsibility',
    title: '意识形态工作责任制落实情况',
    text,
    figures,
    blocks: [
      { kind: 'table', caption: '会议和学习开展情况', columns: ['类别', '已开展（次）', '年度指标（次）'], rows: held.map((k) => [MEETING_KIND_LABELS[k]['zh-CN'], m[k].held, m[k].target]) },
      { kind: 'table', caption: '工作任务落实情况', columns: ['已到期（期）', '累计完成（含提前）', '逾期未完成'], rows: f.tasks.total ? [[f.tasks.dueSoFar, f.tasks.done, f.tasks.overdue]] : [] },
    ],
  };
};

/** Risk points (风险点) still open in the subtree, gravest first. */
export const risksSection: SectionProvider = async (db, scope) => {
  const risks = (await listRisks(systemCtx(db), { unitId: scope.unitId, subtree: true })).filter((r) => r.status !== 'closed');
  const order: RiskLevel[] = ['critical', 'high', 'medium', 'low'];
  risks.sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level));
  const grave = risks.filter((r) => r.level === 'critical' || r.level === 'high').length;
  return {
    key: 'risk_points',
    title: '风险点排查情况',
    text: risks.length ? `排查在册风险点${risks.length}个，其中高风险及以上${grave}个，复核逾期${risks.filter((r) => r.reviewOverdue).length}个。` : '目前没有在册未销号的风险点。',
    figures: { 'risks.open': risks.length, 'risks.grave': grave, 'risks.reviewOverdue': risks.filter((r) => r.reviewOverdue).length },
    blocks: [
      {
        kind: 'table',
        caption: '在册风险点',
        columns: ['风险点', '单位', '等级', '状态', '管控措施'],
        rows: risks.map((r) => [r.description, r.unit_name, RISK_LEVEL_ZH[r.level], RISK_STATUS_ZH[r.status] ?? r.status, r.measures ?? '—']),
      },
    ],
  };
};
