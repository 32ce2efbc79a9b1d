import { INCIDENT_STATE_LABELS, ROLE_LABELS, type Grade, type IncidentState, type Locale, type Role } from '@yuqing/common';
import { inScope, transact, type Ctx } from '../../core/context.js';
import { AppError, badRequest, outOfScope } from '../../core/errors.js';
import type { Executor } from '../../db/database.js';
import { unitInScope } from '../org/index.js';
import { dueAt, resolveLimits } from './deadlines.js';
import { reasonText } from './grade-reasons.js';
import * as repo from './incident.repository.js';
import { policyFor } from './policy.service.js';
import { GUARDS, judgeTransition, type IncidentFacts } from './state-machine.js';
import { statementStatus } from './statement-status.js';
import { record } from './timeline.js';

export const stateLabel = (s: string, locale: Locale) => INCIDENT_STATE_LABELS[s as IncidentState]?.[locale] ?? s;

export async function incidentInScope(ctx: Ctx, id: number) {
  const row = await repo.findIncident(ctx.db, id);
  if (!row || !inScope(ctx.actor, row.unit_path)) throw outOfScope('incident');
  return row;
}

/** After 上级接管 only the superior's side acts; the unit that opened it keeps reading. */
export async function incidentToAct(ctx: Ctx, id: number) {
  const row = await incidentInScope(ctx, id);
  if (!inScope(ctx.actor, row.handling_unit_path)) {
    throw new AppError(409, 'incident_not_allowed', { state: stateLabel(row.state, ctx.locale), action: ctx.locale === 'en' ? `handled here (taken over by ${row.handling_unit_name})` : `由本单位办理（已由${row.handling_unit_name}接管）` });
  }
  return row;
}

export function conflictError(state: string, version: number, locale: Locale) {
  return new AppError(409, 'incident_conflict', { state: stateLabel(state, locale), version }, 'version', { state, version });
}

/** Moves the incident on from the version the caller read; a concurrent change makes this one a conflict naming the state now. */
export async function bump(ctx: Ctx, row: { id: number; version: number }, set: Parameters<typeof repo.bumpIncident>[3] = {}): Promise<void> {
  if (!(await repo.bumpIncident(ctx.db, row.id, row.version, set))) {
    const now = await repo.currentState(ctx.db, row.id);
    throw conflictError(now?.state ?? '-', now?.version ?? 0, ctx.locale);
  }
}

export function assertVersion(row: { state: string; version: number }, version: number | undefined, locale: Locale): void {
  if (version !== undefined && version !== row.version) throw conflictError(row.state, row.version, locale);
}

export async function factsOf(db: Executor, row: repo.IncidentRow): Promise<IncidentFacts> {
  const [reports, consultations, replies, recipients, statement] = await Promise.all([
    repo.reportsOf(db, row.id),
    repo.consultationsOf(db, row.id),
    repo.repliesOf(db, row.id),
    repo.recipientsOf(db, row.id),
    statementStatus(db, row),
  ]);
  return {
    grade: row.grade,
    flashReportFiled: reports.length > 0,
    consultationRecorded: consultations.length > 0,
    statementApproved: statement.approved,
    replyRecorded: replies.length > 0,
    superiorAcknowledged: recipients.some((r) => r.unit_id !== row.unit_id && r.acknowledged_at !== null),
  };
}

/** Deadlines from discovery for the grade, under the unit's preset as tightened. */
export async function deadlineRows(db: Executor, row: { id: number; grade: number; opened_at: string }, unitPath: string, skip: ReadonlySet<string> = new Set()) {
  const policy = await policyFor(db, unitPath);
  const limits = resolveLimits(policy.preset, policy.tighten).limits[row.grade as Grade];
  return Object.entries(limits)
    .filter(([kind]) => !skip.has(kind))
    .map(([kind, minutes]) => {
      const due = dueAt(row.opened_at, minutes);
      return { incident_id: row.id, kind, limit_minutes: minutes, due_at: due, met_at: null, level: 0, next_check_at: due };
    });
}

/** Which step each move meets on the clock. */
const MEETS: Partial<Record<IncidentState, string>> = { monitoring: 'acknowledge', replied: 'reply', closed: 'close' };

export async function transition(ctx: Ctx, id: number, input: { to: IncidentState; version: number; note?: string | null }) {
  const row = await incidentToAct(ctx, id);
  assertVersion(row, input.version, ctx.locale);
  const verdict = judgeTransition(row.state as IncidentState, input.to, ctx.actor?.roles ?? [], await factsOf(ctx.db, row));
  const label = (s: string) => stateLabel(s, ctx.locale);
  if (!verdict.ok) {
    if (verdict.kind === 'illegal') {
      throw new AppError(409, 'incident_transition', { state: label(row.state), to: label(input.to), allowed: verdict.allowed.map(label).join('、') || '—' }, 'to', { allowed: verdict.allowed });
    }
    if (verdict.kind === 'role') throw new AppError(403, 'incident_role', { to: label(input.to), roles: verdict.roles.map((r) => ROLE_LABELS[r as Role][ctx.locale]).join('、') });
    throw new AppError(409, 'incident_guard', { to: label(input.to), reason: verdict.failed.map((g) => GUARDS[g].reason[ctx.locale]).join('；') }, 'to', { failed: verdict.failed });
  }
  await transact(ctx, async (tx) => {
    const now = new Date().toISOString();
    await bump(tx, row, { state: input.to, state_at: now, ...(input.to === 'closed' ? { closed_at: now } : {}) });
    const meets = MEETS[input.to];
    if (meets) await repo.meetDeadline(tx.db, id, meets, now);
    if (input.to === 'closed') await repo.stopClocks(tx.db, id);
    await record(tx, row, 'step', { from: row.state, to: input.to, note: input.note ?? null });
  });
}

export interface OpenInput {
  unitId?: number;
  eventId?: number;
  title?: string;
  summary?: string;
  place?: string | null;
  occurredAt?: string | null;
  grade?: Grade;
  gradeReason?: string | null;
  topicId?: number | null;
  departmentIds?: number[];
  handlerId?: number | null;
  leaderId?: number | null;
}

/** What an event hands an incident in one click: title, grade, its reasons, topic, unit. */
async function fromEvent(ctx: Ctx, eventId: number) {
  const event = await ctx.db
    .selectFrom('event')
    .innerJoin('unit', 'unit.id', 'event.unit_id')
    .select(['event.id', 'event.unit_id', 'event.title', 'event.grade', 'event.grade_reasons', 'event.topic_id', 'event.first_seen_at', 'unit.path'])
    .where('event.id', '=', eventId)
    .executeTakeFirst();
  if (!event || !inScope(ctx.actor, event.path)) throw outOfScope('event');
  return { ...event, reasons: (JSON.parse(event.grade_reasons) as unknown[]).map(reasonText) };
}

/** Defaults for the disposing leader: grade I–II the first responsible person (重大事件亲自处置), else the leader in charge. */
async function defaultLeader(db: Executor, unitId: number, grade: number): Promise<number | null> {
  const role = grade <= 2 ? 'first_responsible' : 'direct_responsible';
  return (await repo.accountsWithRoles(db, unitId, [role]))[0]?.id ?? null;
}

async function assertAccountsInScope(ctx: Ctx, unitPath: string, ids: (number | null | undefined)[], field: string) {
  for (const id of ids) {
    if (id == null) continue;
    const user = await ctx.db.selectFrom('app_user').innerJoin('unit', 'unit.id', 'app_user.unit_id').select('unit.path').where('app_user.id', '=', id).executeTakeFirst();
    // The handler may sit in the unit, below it, or above it (a superior who joins).
    if (!user || !(user.path.startsWith(unitPath) || unitPath.startsWith(user.path))) throw new AppError(400, 'validation', { field, reason: ctx.locale === 'en' ? 'not an account of this unit' : '不是本单位的账号' }, field);
  }
}

export async function openIncident(ctx: Ctx, input: OpenInput): Promise<number> {
  const event = input.eventId ? await fromEvent(ctx, input.eventId) : null;
  const unit = await unitInScope(ctx, event?.unit_id ?? input.unitId ?? ctx.actor!.unitId);
  const grade = (input.grade ?? event?.grade ?? null) as Grade | null;
  if (!grade) throw badRequest('validation', { field: 'grade', reason: ctx.locale === 'en' ? 'required when the event has no grade' : '事件尚未定级，须指定等级' }, 'grade');
  const overridden = event?.grade != null && grade !== event.grade;
  if (overridden && !input.gradeReason?.trim()) throw badRequest('grade_reason_required', {}, 'gradeReason');
  const title = input.title ?? event?.title;
  if (!title) throw badRequest('validation', { field: 'title', reason: ctx.locale === 'en' ? 'required' : '必填' }, 'title');
  await assertAccountsInScope(ctx, unit.path, [input.handlerId, input.leaderId], 'handlerId');
  const topicId = input.topicId ?? event?.topic_id ?? null;
  const policy = await policyFor(ctx.db, unit.path);
  const departmentIds = input.departmentIds ?? (topicId ? (policy.topicDepartments[String(topicId)] ?? []) : []);
  return transact(ctx, async (tx) => {
    const now = new Date().toISOString();
    const leaderId = input.leaderId !== undefined ? input.leaderId : await defaultLeader(tx.db, unit.id, grade);
    const id = await repo.insertIncident(tx.db, {
      unit_id: unit.id,
      handling_unit_id: unit.id,
      event_id: event?.id ?? null,
      topic_id: topicId,
      title,
      summary: input.summary ?? '',
      place: input.place ?? null,
      occurred_at: input.occurredAt ?? event?.first_seen_at ?? null,
      grade,
      event_grade: event?.grade ?? null,
      grade_reasons: JSON.stringify(event?.reasons ?? []),
      grade_override_reason: overridden || !event ? (input.gradeReason?.trim() || null) : null,
      handler_id: input.handlerId !== undefined ? input.handlerId : (ctx.actor?.userId ?? null),
      leader_id: leaderId,
      state: 'discovered',
      version: 1,
      opened_by: ctx.actor?.userId ?? null,
      opened_at: now,
      state_at: now,
      taken_over_at: null,
      closed_at: null,
      is_demo: 0,
      created_at: now,
      updated_at: now,
    });
    await repo.setDepartments(tx.db, id, departmentIds);
    await repo.insertDeadlines(tx.db, await deadlineRows(tx.db, { id, grade, opened_at: now }, unit.path));
    await record(tx, { id, unit_id: unit.id }, 'opened', { eventId: event?.id ?? null, title, grade, eventGrade: event?.grade ?? null, gradeReason: input.gradeReason ?? null, departmentIds });
    return id;
  });
}

export interface UpdateInput extends Omit<OpenInput, 'unitId' | 'eventId'> {
  version: number;
}

export async function updateIncident(ctx: Ctx, id: number, input: UpdateInput): Promise<void> {
  const row = await incidentToAct(ctx, id);
  assertVersion(row, input.version, ctx.locale);
  if (input.grade !== undefined && input.grade !== row.grade && !input.gradeReason?.trim()) throw badRequest('grade_reason_required', {}, 'gradeReason');
  await assertAccountsInScope(ctx, row.unit_path, [input.handlerId, input.leaderId], 'handlerId');
  const set = {
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.summary !== undefined ? { summary: input.summary } : {}),
    ...(input.place !== undefined ? { place: input.place } : {}),
    ...(input.occurredAt !== undefined ? { occurred_at: input.occurredAt } : {}),
    ...(input.topicId !== undefined ? { topic_id: input.topicId } : {}),
    ...(input.handlerId !== undefined ? { handler_id: input.handlerId } : {}),
    ...(input.leaderId !== undefined ? { leader_id: input.leaderId } : {}),
    ...(input.grade !== undefined && input.grade !== row.grade ? { grade: input.grade, grade_override_reason: input.gradeReason!.trim() } : {}),
  };
  await transact(ctx, async (tx) => {
    await bump(tx, row, set);
    if (input.departmentIds) await repo.setDepartments(tx.db, id, input.departmentIds);
    if ('grade' in set) {
      // A new grade brings new limits for the steps still to come; met ones keep their record.
      const met = new Set((await repo.deadlinesOf(tx.db, [id])).filter((d) => d.met_at).map((d) => d.kind));
      await repo.deleteUnmetDeadlines(tx.db, id);
      await repo.insertDeadlines(tx.db, await deadlineRows(tx.db, { id, grade: input.grade!, opened_at: row.opened_at }, row.unit_path, met));
    }
    await record(tx, row, 'updated', { before: Object.fromEntries(Object.keys(set).map((k) => [k, row[k as keyof typeof row]])), after: set, departmentIds: input.departmentIds ?? null });
  });
}
