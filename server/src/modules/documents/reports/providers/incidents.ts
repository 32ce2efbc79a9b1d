import { GRADE_NAMES, GRADES } from '@yuqing/common';
import { systemCtx } from '../../../../core/context.js';
import { incidentFigures } from '../../../incidents/index.js';
import { percent, type SectionProvider } from '../section.js';

const STEP_ZH = { acknowledge: '接报响应', report: '快报上报', reply: '回应处置' } as const;
const minutes = (m: number | null) => (m === null ? '—' : m < 120 ? `${m}分钟` : `${Math.round(m / 6) / 10}小时`);

/** Incidents opened in the period by grade, and how fast each step was taken against its limit (舆情处置). */
export const incidentsSection: SectionProvider = async (db, scope, period) => {
  const all = await incidentFigures(systemCtx(db), { from: period.start, to: period.end });
  const f = all.units.find((u) => u.unitId === scope.unitId)!.subtree;
  const figures: Record<string, number> = { 'incidents.total': f.count, 'incidents.open': f.open, 'incidents.closed': f.closed };
  for (const g of GRADES) figures[`incidents.grade${g}`] = f.byGrade[String(g)] ?? 0;
  for (const k of ['acknowledge', 'report', 'reply'] as const) {
    figures[`incidents.${k}.due`] = f.steps[k].due;
    figures[`incidents.${k}.within`] = Math.round((f.steps[k].withinShare ?? 0) * f.steps[k].due);
  }
  const text = f.count
    ? `${period.label}，处置舆情事件${f.count}起，其中${GRADES.map((g) => `${GRADE_NAMES[g]['zh-CN']}${figures[`incidents.grade${g}`]}起`).join('、')}；已平息${f.closed}起，仍在处置${f.open}起。` +
      `回应处置用时中位数${minutes(f.steps.reply.medianMinutes)}，按时回应${figures['incidents.reply.within']}起（占应回应的${percent(figures['incidents.reply.within'], f.steps.reply.due)}）。`
    : `${period.label}，未发生需要处置的舆情事件。`;
  return {
    key: 'incidents',
    title: '舆情处置情况',
    text,
    figures,
    blocks: [
      { kind: 'table', caption: '舆情处置分级统计', columns: ['级别', '起数'], rows: GRADES.map((g) => [`${GRADE_NAMES[g].roman}级（${GRADE_NAMES[g]['zh-CN']}）`, figures[`incidents.grade${g}`]]) },
      {
        kind: 'table',
        caption: '处置时效',
        columns: ['环节', '应完成', '已完成', '用时中位数', '按时完成率'],
        rows: (['acknowledge', 'report', 'reply'] as const).map((k) => [STEP_ZH[k], f.steps[k].due, f.steps[k].met, minutes(f.steps[k].medianMinutes), f.steps[k].withinShare === null ? '—' : `${Math.round(f.steps[k].withinShare * 100)}%`]),
      },
    ],
  };
};
