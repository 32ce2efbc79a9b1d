import { inScope, transact, type Ctx } from '../../../core/context.js';
import { badRequest, outOfScope } from '../../../core/errors.js';
import { scopePrefix, unitInScope } from '../../org/index.js';
import { recordAudit } from '../../platform/index.js';
import { responsibilityDashboard } from '../dashboard.service.js';
import { listRisks } from '../risks/risk.service.js';
import { nextStatus, REPORT_HEADINGS, type ReportAction, type ReportStatus } from './report-workflow.js';

export interface Section {
  heading: string;
  text: string;
}

const reportQuery = (ctx: Ctx) => ctx.db.selectFrom('analysis_report').innerJoin('unit', 'unit.id', 'analysis_report.unit_id').selectAll('analysis_report').select(['unit.name as unit_name', 'unit.path as unit_path']);

async function reportInScope(ctx: Ctx, id: number) {
  const r = await reportQuery(ctx).where('analysis_report.id', '=', id).executeTakeFirst();
  if (!r || !inScope(ctx.actor, r.unit_path)) throw outOfScope('analysis_report');
  return r;
}

/**
 * A draft for a quarter with its sections started from the unit's own records (tasks, meetings,
 * risks). Documents and monitoring figures are filled by the reports work; the office edits the rest.
 */
export async function draftReport(ctx: Ctx, input: { unitId: number; period: string; title?: string | null }, now = new Date()) {
  const unit = await unitInScope(ctx, input.unitId);
  const year = Number(input.period.slice(0, 4));
  const dash = await responsibilityDashboard(ctx, { unitId: unit.id, year }, now);
  const f = dash.unit.figures;
  const risks = (await listRisks(ctx, { unitId: unit.id })).filter((r) => r.status !== 'closed');
  const sections: Section[] = REPORT_HEADINGS.map((heading) => ({ heading, text: '' }));
  sections[1].text = `全年任务已到期 ${f.tasks.dueSoFar} 期，完成 ${f.tasks.done} 期，逾期 ${f.tasks.overdue} 期；中心组学习 ${f.meetings.central_study.held} 次（指标 ${f.meetings.central_study.target} 次），专题研究意识形态工作 ${f.meetings.topic_review.held} 次。`;
  sections[2].text = risks.length ? risks.map((r, i) => `${i + 1}. ${r.description}（措施：${r.measures ?? '待定'}）`).join('\n') : '本季度未排查出新的风险点。';
  return transact(ctx, async (tx) => {
    const stamp = new Date().toISOString();
    const { id } = await tx.db
      .insertInto('analysis_report')
      .values({ unit_id: unit.id, period: input.period, title: input.title?.trim() || `${unit.name}${input.period.replace('-Q', '年第')}季度意识形态领域情况分析研判报告`, sections: JSON.stringify(sections), status: 'draft', approved_by: null, approved_at: null, submitted_at: null, returned_at: null, return_comment: null, created_at: stamp, updated_at: stamp })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, { action: 'analysis_report.draft', objectType: 'analysis_report', objectId: id, unitId: unit.id, after: { period: input.period } });
    return id;
  });
}

async function move(ctx: Ctx, id: number, action: ReportAction, set: (status: ReportStatus) => Record<string, unknown>, check?: (r: Awaited<ReturnType<typeof reportInScope>>) => void) {
  const r = await reportInScope(ctx, id);
  check?.(r);
  const to = nextStatus(r.status, action);
  if (!to) throw badRequest('report_state', { status: r.status, action });
  await transact(ctx, async (tx) => {
    await tx.db.updateTable('analysis_report').set({ ...set(to), status: to, updated_at: new Date().toISOString() }).where('id', '=', id).execute();
    await recordAudit(tx, { action: `analysis_report.${action}`, objectType: 'analysis_report', objectId: id, unitId: r.unit_id, before: { status: r.status }, after: { status: to, ...set(to) } });
  });
}

export const editReport = (ctx: Ctx, id: number, input: { title?: string; sections?: Section[] }) =>
  move(ctx, id, 'edit', () => ({ ...(input.title ? { title: input.title.trim() } : {}), ...(input.sections ? { sections: JSON.stringify(input.sections) } : {}) }));

export const approveReport = (ctx: Ctx, id: number) => move(ctx, id, 'approve', () => ({ approved_by: ctx.actor?.userId ?? null, approved_at: new Date().toISOString() }));

export const submitReport = (ctx: Ctx, id: number) => move(ctx, id, 'submit', () => ({ submitted_at: new Date().toISOString() }));

/** Only the superior returns a report: the actor's unit must be above the report's, never the unit itself. */
export const returnReport = (ctx: Ctx, id: number, comment: string) =>
  move(
    ctx,
    id,
    'return',
    () => ({ returned_at: new Date().toISOString(), return_comment: comment }),
    (r) => {
      if (ctx.actor && r.unit_path === ctx.actor.unitPath) throw badRequest('return_by_superior', {});
    },
  );

/** The unit's own reports, or with `received` the reports submitted by the units below the actor's. */
export async function listReports(ctx: Ctx, q: { unitId?: number; received?: boolean }) {
  const prefix = q.unitId !== undefined ? (await unitInScope(ctx, q.unitId)).path : scopePrefix(ctx);
  let query = reportQuery(ctx).where('unit.path', 'like', `${prefix}%`);
  if (q.received) query = query.where('analysis_report.status', 'in', ['submitted', 'returned']).where('unit.path', '!=', ctx.actor?.unitPath ?? '');
  else if (q.unitId !== undefined) query = query.where('analysis_report.unit_id', '=', q.unitId);
  return query.orderBy('analysis_report.period', 'desc').orderBy('analysis_report.id', 'desc').execute();
}

export async function getReport(ctx: Ctx, id: number) {
  const r = await reportInScope(ctx, id);
  return { ...r, sections: JSON.parse(r.sections) as Section[] };
}
