import type { OccurrenceQuery, Recurrence, TaskInput } from '@yuqing/common';
import { inScope, transact, type Ctx } from '../../core/context.js';
import { badRequest, outOfScope } from '../../core/errors.js';
import { departmentInScope, departments, personInScope, scopePrefix, unitInScope } from '../org/index.js';
import { recordAudit } from '../platform/index.js';
import { reconcile } from './evidence.service.js';
import { occurrenceState, parseEvidence } from './evidence.js';
import { instantiate, type TaskDraft, type TemplateMapping } from './instantiate.js';
import { beijingDate, periodsOf } from './periods.js';
import * as repo from './plan.repository.js';
import { findTemplate } from './templates.js';


export type { TaskInput };

export interface PlanInput {
  unitId: number;
  year: number;
  title?: string | null;
  templateKey?: string | null;
  mapping?: TemplateMapping;
}

export async function planInScope(ctx: Ctx, id: number) {
  const plan = await repo.findPlan(ctx.db, id);
  if (!plan || !inScope(ctx.actor, plan.unit_path)) throw outOfScope('plan');
  return plan;
}

export async function taskInScope(ctx: Ctx, id: number) {
  const task = await repo.findTask(ctx.db, id);
  if (!task || !inScope(ctx.actor, task.unit_path)) throw outOfScope('task');
  return task;
}

/** Departments and the leader must be the unit's own, so a plan never points into another unit. */
async function checkParties(ctx: Ctx, unitId: number, input: Partial<Pick<TaskInput, 'leadDepartmentIds' | 'responsibleDepartmentIds' | 'leaderPersonId'>>, field = '') {
  for (const [key, ids] of [['leadDepartmentIds', input.leadDepartmentIds], ['responsibleDepartmentIds', input.responsibleDepartmentIds]] as const) {
    for (const id of ids ?? []) if ((await departmentInScope(ctx, id)).unit_id !== unitId) throw badRequest('department_other_unit', {}, `${field}${key}`);
  }
  if (input.leaderPersonId != null && (await personInScope(ctx, input.leaderPersonId)).unit_id !== unitId) throw badRequest('person_other_unit', {}, `${field}leaderPersonId`);
}

function draftOf(input: TaskInput, seq: number, year: number): TaskDraft {
  const dueDate = input.recurrence === 'none' ? (input.dueDate ?? `${year}-12-31`) : null;
  if (dueDate && !dueDate.startsWith(`${year}-`)) throw badRequest('task_due_outside_year', { year }, 'dueDate');
  return {
    seq,
    title: input.title.trim(),
    body: input.body ?? null,
    seedRef: null,
    leadDepartmentIds: input.leadDepartmentIds ?? [],
    responsibleDepartmentIds: input.responsibleDepartmentIds ?? [],
    leadNote: input.leadNote ?? null,
    responsibleNote: input.responsibleNote ?? null,
    leaderPersonId: input.leaderPersonId ?? null,
    recurrence: input.recurrence,
    dueDate,
    evidence: input.evidence,
    periods: periodsOf(input.recurrence, year, dueDate),
  };
}

/** Stores one task with its departments and occurrences. The caller is inside a transaction. */
export async function insertTaskDraft(ctx: Ctx, planId: number, unitId: number, d: TaskDraft, progressNote: string | null = null): Promise<number> {
  const now = new Date().toISOString();
  const { id } = await repo.insertTask(ctx.db, {
    plan_id: planId,
    unit_id: unitId,
    seq: d.seq,
    title: d.title,
    body: d.body,
    seed_ref: d.seedRef,
    lead_note: d.leadNote,
    responsible_note: d.responsibleNote,
    leader_person_id: d.leaderPersonId,
    recurrence: d.recurrence,
    due_date: d.dueDate,
    evidence: JSON.stringify(d.evidence),
    progress_note: progressNote,
    created_at: now,
    updated_at: now,
  });
  await repo.setTaskDepartments(ctx.db, id, d.leadDepartmentIds, d.responsibleDepartmentIds);
  await repo.insertOccurrences(
    ctx.db,
    d.periods.map((p) => ({ task_id: id, unit_id: unitId, period_key: p.key, period_start: p.start, period_end: p.end, due_date: p.due })),
  );
  return id;
}

/**
 * Creates a unit's plan for a year, from a template (its departments and leader roles mapped to
 * the unit's own) or empty. Evidence already recorded that year counts at once.
 */
export async function createPlan(ctx: Ctx, input: PlanInput, opts: { isDemo?: boolean; now?: Date } = {}) {
  await unitInScope(ctx, input.unitId);
  const template = input.templateKey ? findTemplate(input.templateKey) : undefined;
  if (input.templateKey && !template) throw badRequest('unknown_template', { key: input.templateKey }, 'templateKey');
  const mapping = input.mapping ?? { departments: {}, leaders: {} };
  await checkParties(ctx, input.unitId, { leadDepartmentIds: Object.values(mapping.departments).filter((d): d is number => d != null) }, 'mapping.');
  for (const person of Object.values(mapping.leaders)) if (person != null) await checkParties(ctx, input.unitId, { leaderPersonId: person }, 'mapping.');
  const drafts = template ? instantiate(template, input.year, mapping) : [];
  const planId = await transact(ctx, async (tx) => {
    const now = new Date().toISOString();
    const { id } = await repo.insertPlan(tx.db, {
      unit_id: input.unitId,
      year: input.year,
      title: input.title?.trim() || (template ? `${input.year}年${template.title['zh-CN']}` : `${input.year}年意识形态工作方案`),
      template_key: template?.key ?? null,
      is_demo: opts.isDemo ? 1 : 0,
      created_at: now,
      updated_at: now,
    });
    for (const d of drafts) await insertTaskDraft(tx, id, input.unitId, d);
    await recordAudit(tx, { action: 'plan.create', objectType: 'plan', objectId: id, unitId: input.unitId, after: { year: input.year, template: template?.key ?? null, tasks: drafts.length, mapping } });
    return id;
  });
  await reconcile(ctx, input.unitId, input.year, opts.now);
  return planId;
}

export async function renamePlan(ctx: Ctx, id: number, title: string) {
  const plan = await planInScope(ctx, id);
  await transact(ctx, async (tx) => {
    await repo.updatePlan(tx.db, id, { title: title.trim(), updated_at: new Date().toISOString() });
    await recordAudit(tx, { action: 'plan.update', objectType: 'plan', objectId: id, unitId: plan.unit_id, before: { title: plan.title }, after: { title } });
  });
}

export function listPlans(ctx: Ctx, filter: { unitId?: number; year?: number }) {
  return repo.listPlans(ctx.db, scopePrefix(ctx), filter);
}

export type TaskView = Awaited<ReturnType<typeof tasksWithDetail>>[number];

/** Tasks with their departments, evidence rule (or the problem reading it) and occurrences in their state today. */
export async function tasksWithDetail(ctx: Ctx, tasks: repo.TaskRow[], now: Date) {
  const ids = tasks.map((t) => t.id);
  const [depts, occs] = await Promise.all([repo.departmentsOfTasks(ctx.db, ids), repo.occurrencesOfTasks(ctx.db, ids)]);
  const today = beijingDate(now);
  return tasks.map((t) => {
    const evidence = parseEvidence(t.evidence);
    const occurrences = occs.filter((o) => o.task_id === t.id).map((o) => ({ ...o, state: occurrenceState(o, today) }));
    return {
      ...t,
      lead: depts.filter((d) => d.task_id === t.id && d.role === 'lead').map((d) => ({ id: d.id, name: d.name })),
      responsible: depts.filter((d) => d.task_id === t.id && d.role === 'responsible').map((d) => ({ id: d.id, name: d.name })),
      evidenceRule: evidence.rule,
      evidenceProblem: evidence.problem,
      occurrences,
    };
  });
}

export async function getPlan(ctx: Ctx, id: number, now = new Date()) {
  const plan = await planInScope(ctx, id);
  return { ...plan, tasks: await tasksWithDetail(ctx, await repo.tasksOfPlan(ctx.db, id), now) };
}

const auditedTask = (t: repo.TaskRow) => ({ seq: t.seq, title: t.title, recurrence: t.recurrence, dueDate: t.due_date, evidence: t.evidence, leader: t.leader_person_id, lead: t.lead_note, responsible: t.responsible_note, progress: t.progress_note });

export async function addTask(ctx: Ctx, planId: number, input: TaskInput, now = new Date()) {
  const plan = await planInScope(ctx, planId);
  await checkParties(ctx, plan.unit_id, input);
  const seq = (await repo.tasksOfPlan(ctx.db, planId)).reduce((max, t) => Math.max(max, t.seq), 0) + 1;
  const draft = draftOf(input, seq, plan.year);
  const id = await transact(ctx, async (tx) => {
    const taskId = await insertTaskDraft(tx, planId, plan.unit_id, draft, input.progressNote ?? null);
    await recordAudit(tx, { action: 'task.create', objectType: 'task', objectId: taskId, unitId: plan.unit_id, after: auditedTask((await repo.findTask(tx.db, taskId))!) });
    return taskId;
  });
  await reconcile(ctx, plan.unit_id, plan.year, now);
  return id;
}

/**
 * Edits a task. A changed rhythm or date regenerates the periods: those whose key survives keep
 * their completion, the rest are removed (the audit keeps what they were).
 */
export async function updateTask(ctx: Ctx, id: number, input: Partial<TaskInput>, now = new Date()) {
  const before = await taskInScope(ctx, id);
  await checkParties(ctx, before.unit_id, input);
  const recurrence = (input.recurrence ?? before.recurrence) as Recurrence;
  const dueDate = recurrence === 'none' ? (input.dueDate ?? before.due_date ?? `${before.year}-12-31`) : null;
  if (dueDate && !dueDate.startsWith(`${before.year}-`)) throw badRequest('task_due_outside_year', { year: before.year }, 'dueDate');
  await transact(ctx, async (tx) => {
    await repo.updateTask(tx.db, id, {
      title: input.title?.trim(),
      body: input.body,
      lead_note: input.leadNote,
      responsible_note: input.responsibleNote,
      leader_person_id: input.leaderPersonId,
      recurrence,
      due_date: dueDate,
      evidence: input.evidence ? JSON.stringify(input.evidence) : undefined,
      progress_note: input.progressNote,
    });
    if (input.leadDepartmentIds || input.responsibleDepartmentIds) {
      const current = await repo.departmentsOfTasks(tx.db, [id]);
      const keep = (role: string) => current.filter((d) => d.role === role).map((d) => d.id);
      await repo.setTaskDepartments(tx.db, id, input.leadDepartmentIds ?? keep('lead'), input.responsibleDepartmentIds ?? keep('responsible'));
    }
    if (recurrence !== before.recurrence || dueDate !== before.due_date) {
      const periods = periodsOf(recurrence, before.year, dueDate);
      const existing = await repo.occurrencesOfTasks(tx.db, [id]);
      await repo.deleteOccurrences(tx.db, existing.filter((o) => !periods.some((p) => p.key === o.period_key)).map((o) => o.id));
      for (const p of periods) {
        const old = existing.find((o) => o.period_key === p.key);
        if (old) await repo.updateOccurrence(tx.db, old.id, { period_start: p.start, period_end: p.end, due_date: p.due });
      }
      await repo.insertOccurrences(
        tx.db,
        periods.filter((p) => !existing.some((o) => o.period_key === p.key)).map((p) => ({ task_id: id, unit_id: before.unit_id, period_key: p.key, period_start: p.start, period_end: p.end, due_date: p.due })),
      );
    }
    const after = (await repo.findTask(tx.db, id))!;
    await recordAudit(tx, { action: 'task.update', objectType: 'task', objectId: id, unitId: before.unit_id, before: auditedTask(before), after: auditedTask(after) });
  });
  await reconcile(ctx, before.unit_id, before.year, now);
}

export async function deleteTask(ctx: Ctx, id: number) {
  const before = await taskInScope(ctx, id);
  await transact(ctx, async (tx) => {
    await repo.deleteTask(tx.db, id);
    await recordAudit(tx, { action: 'task.delete', objectType: 'task', objectId: id, unitId: before.unit_id, before: auditedTask(before) });
  });
}

async function occurrenceInScope(ctx: Ctx, id: number) {
  const o = await repo.findOccurrence(ctx.db, id);
  if (!o) throw outOfScope('task');
  const task = await taskInScope(ctx, o.task_id);
  return { o, task };
}

/** Someone records an occurrence done by hand, with a note of what was done. */
export async function completeOccurrence(ctx: Ctx, id: number, note: string, now = new Date()) {
  const { o, task } = await occurrenceInScope(ctx, id);
  if (o.completed_at) throw badRequest('occurrence_done', { period: o.period_key });
  await transact(ctx, async (tx) => {
    await repo.updateOccurrence(tx.db, id, { completed_at: now.toISOString(), completed_by: ctx.actor?.userId ?? null, evidence_note: note });
    await recordAudit(tx, { action: 'task_occurrence.complete', objectType: 'task_occurrence', objectId: id, unitId: task.unit_id, after: { period: o.period_key, note } });
  });
}

export async function reopenOccurrence(ctx: Ctx, id: number, reason: string, now = new Date()) {
  const { o, task } = await occurrenceInScope(ctx, id);
  await transact(ctx, async (tx) => {
    await repo.updateOccurrence(tx.db, id, { completed_at: null, completed_by: null, evidence_note: null, overdue_notified_at: null });
    await recordAudit(tx, { action: 'task_occurrence.reopen', objectType: 'task_occurrence', objectId: id, unitId: task.unit_id, before: { period: o.period_key, note: o.evidence_note }, after: { reason } });
  });
  // Evidence on record completes it again at once: reopening cannot hide a meeting that was held.
  await reconcile(ctx, task.unit_id, task.year, now);
}


/**
 * Occurrences across the scope, each in its state today, a page at a time with the total; the
 * figures of the dashboard open these lists, so the state is decided exactly as they count it.
 */
export async function listOccurrences(ctx: Ctx, q: OccurrenceQuery & { page?: number; pageSize?: number }, now = new Date()) {
  const today = beijingDate(now);
  const unit = q.unitId !== undefined ? await unitInScope(ctx, q.unitId) : null;
  const filter = { pathPrefix: unit?.path ?? scopePrefix(ctx), unitId: unit && !q.subtree ? unit.id : undefined, from: q.from, to: q.to, state: q.state, today };
  const pageSize = q.pageSize ?? 100_000;
  const [rows, total] = await Promise.all([repo.listOccurrences(ctx.db, { ...filter, offset: ((q.page ?? 1) - 1) * pageSize, limit: pageSize }), repo.countOccurrences(ctx.db, filter)]);
  return { total, rows: rows.map((r) => ({ ...r, state: occurrenceState(r, today) })) };
}

/** The unit's departments by name, for mapping a template or reading a sheet. */
export async function departmentsByName(ctx: Ctx, unitId: number) {
  return new Map((await departments.listDepartments(ctx, unitId)).map((d) => [d.name, d.id]));
}
