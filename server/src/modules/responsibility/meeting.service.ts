import { MEETING_KINDS, type AttendanceInput, type MeetingInput, type MeetingKind } from '@yuqing/common';
import { inScope, transact, type Ctx } from '../../core/context.js';
import { badRequest, outOfScope } from '../../core/errors.js';
import { personInScope, scopePrefix, unitInScope } from '../org/index.js';
import { recordAudit } from '../platform/index.js';
import { reconcile } from './evidence.service.js';
import * as repo from './meeting.repository.js';
import { beijingDate } from './periods.js';
import { DEFAULT_QUOTAS, quotaProgress } from './quota.js';

export async function meetingInScope(ctx: Ctx, id: number) {
  const m = await repo.findMeeting(ctx.db, id);
  if (!m || !inScope(ctx.actor, m.unit_path)) throw outOfScope('meeting');
  return m;
}

/** Attendees come from the unit's own people; an absentee needs a reason (请假事由). */
async function checkAttendance(ctx: Ctx, unitId: number, attendance: AttendanceInput[]) {
  const seen = new Set<number>();
  for (const [i, a] of attendance.entries()) {
    if ((await personInScope(ctx, a.personId)).unit_id !== unitId) throw badRequest('person_other_unit', {}, `attendance.${i}.personId`);
    if (seen.has(a.personId)) throw badRequest('duplicate_attendee', {}, `attendance.${i}.personId`);
    seen.add(a.personId);
    if (!a.present && !a.absenceReason?.trim()) throw badRequest('absence_needs_reason', {}, `attendance.${i}.absenceReason`);
  }
}

const yearOf = (date: string) => Number(date.slice(0, 4));
const audited = (m: { kind: string; held_on: string; title: string }) => ({ kind: m.kind, heldOn: m.held_on, title: m.title });

export async function recordMeeting(ctx: Ctx, input: MeetingInput, opts: { isDemo?: boolean; now?: Date } = {}) {
  await unitInScope(ctx, input.unitId);
  await checkAttendance(ctx, input.unitId, input.attendance ?? []);
  const id = await transact(ctx, async (tx) => {
    const now = new Date().toISOString();
    const row = await repo.insertMeeting(tx.db, {
      unit_id: input.unitId,
      kind: input.kind,
      held_on: input.heldOn,
      title: input.title.trim(),
      topics: input.topics ?? null,
      minutes: input.minutes ?? null,
      created_by: ctx.actor?.userId ?? null,
      is_demo: opts.isDemo ? 1 : 0,
      created_at: now,
      updated_at: now,
    });
    await repo.setAttendance(tx.db, row.id, input.attendance ?? []);
    await recordAudit(tx, { action: 'meeting.create', objectType: 'meeting', objectId: row.id, unitId: input.unitId, after: { kind: input.kind, heldOn: input.heldOn, title: input.title, attendance: input.attendance?.length ?? 0 } });
    return row.id;
  });
  await reconcile(ctx, input.unitId, yearOf(input.heldOn), opts.now);
  return id;
}

export async function updateMeeting(ctx: Ctx, id: number, input: Partial<Omit<MeetingInput, 'unitId'>>, now = new Date()) {
  const before = await meetingInScope(ctx, id);
  if (input.attendance) await checkAttendance(ctx, before.unit_id, input.attendance);
  await transact(ctx, async (tx) => {
    await repo.updateMeeting(tx.db, id, { kind: input.kind, held_on: input.heldOn, title: input.title?.trim(), topics: input.topics, minutes: input.minutes });
    if (input.attendance) await repo.setAttendance(tx.db, id, input.attendance);
    const after = (await repo.findMeeting(tx.db, id))!;
    await recordAudit(tx, { action: 'meeting.update', objectType: 'meeting', objectId: id, unitId: before.unit_id, before: audited(before), after: audited(after) });
  });
  for (const year of new Set([yearOf(before.held_on), yearOf(input.heldOn ?? before.held_on)])) await reconcile(ctx, before.unit_id, year, now);
}

export async function deleteMeeting(ctx: Ctx, id: number, now = new Date()) {
  const before = await meetingInScope(ctx, id);
  await transact(ctx, async (tx) => {
    await repo.deleteMeeting(tx.db, id);
    await recordAudit(tx, { action: 'meeting.delete', objectType: 'meeting', objectId: id, unitId: before.unit_id, before: audited(before) });
  });
  await reconcile(ctx, before.unit_id, yearOf(before.held_on), now);
}

export async function getMeeting(ctx: Ctx, id: number) {
  const m = await meetingInScope(ctx, id);
  const [attendance, materials] = await Promise.all([repo.attendanceOf(ctx.db, id), repo.materialsOf(ctx.db, id)]);
  return { ...m, attendance, materials };
}

export async function listMeetings(ctx: Ctx, q: { unitId?: number; subtree?: boolean; kind?: MeetingKind; year?: number; from?: string; to?: string }) {
  const unit = q.unitId !== undefined ? await unitInScope(ctx, q.unitId) : null;
  const rows = await repo.listMeetings(ctx.db, {
    pathPrefix: unit?.path ?? scopePrefix(ctx),
    unitId: unit && !q.subtree ? unit.id : undefined,
    kind: q.kind,
    from: q.from ?? (q.year ? `${q.year}-01-01` : undefined),
    to: q.to ?? (q.year ? `${q.year}-12-31` : undefined),
  });
  const counts = await repo.attendanceCounts(ctx.db, rows.map((r) => r.id));
  const count = (id: number, present: number) => Number(counts.find((c) => c.meeting_id === id && c.present === present)?.n ?? 0);
  return rows.map((r) => ({ ...r, present: count(r.id, 1), absent: count(r.id, 0) }));
}

export async function addMaterial(ctx: Ctx, meetingId: number, file: { name: string; mime: string; data: Buffer }) {
  const m = await meetingInScope(ctx, meetingId);
  if (file.data.length === 0) throw badRequest('empty_file', {}, 'file');
  return transact(ctx, async (tx) => {
    const { id } = await repo.insertMaterial(tx.db, meetingId, file);
    await recordAudit(tx, { action: 'meeting.material', objectType: 'meeting', objectId: meetingId, unitId: m.unit_id, after: { file: file.name, size: file.data.length } });
    return id;
  });
}

export async function getMaterial(ctx: Ctx, id: number) {
  const file = await repo.findMaterial(ctx.db, id);
  if (!file) throw outOfScope('meeting');
  await meetingInScope(ctx, file.meeting_id);
  return { name: file.file_name, mime: file.mime, data: Buffer.from(file.content_base64, 'base64') };
}

/** The unit's yearly targets per kind: its own where set, the seeds' defaults otherwise. */
export async function quotasFor(ctx: Ctx, unitIds: number[], year: number): Promise<Map<number, Record<MeetingKind, number>>> {
  const rows = await repo.quotasOf(ctx.db, unitIds, year);
  const out = new Map<number, Record<MeetingKind, number>>();
  for (const id of unitIds) out.set(id, Object.fromEntries(MEETING_KINDS.map((k) => [k, DEFAULT_QUOTAS[k].target])) as Record<MeetingKind, number>);
  for (const r of rows) if (MEETING_KINDS.includes(r.kind as MeetingKind)) out.get(r.unit_id)![r.kind as MeetingKind] = r.target;
  return out;
}

export async function setQuotas(ctx: Ctx, unitId: number, year: number, targets: Partial<Record<MeetingKind, number>>) {
  await unitInScope(ctx, unitId);
  const before = (await quotasFor(ctx, [unitId], year)).get(unitId)!;
  await transact(ctx, async (tx) => {
    for (const [kind, target] of Object.entries(targets)) await repo.upsertQuota(tx.db, unitId, year, kind, target);
    await recordAudit(tx, { action: 'meeting_quota.set', objectType: 'unit', objectId: unitId, unitId, before: { year, ...before }, after: { year, ...targets } });
  });
}

/** One unit's own progress against its quotas, as of now. */
export async function quotaProgressOf(ctx: Ctx, unitId: number, year: number, now = new Date()) {
  await unitInScope(ctx, unitId);
  const targets = (await quotasFor(ctx, [unitId], year)).get(unitId)!;
  const held = await repo.listMeetings(ctx.db, { pathPrefix: '/', unitId, from: `${year}-01-01`, to: `${year}-12-31` });
  return quotaProgress(year, targets, held.map((m) => ({ kind: m.kind, date: m.held_on })), beijingDate(now)).map((p) => ({ ...p, seedRef: DEFAULT_QUOTAS[p.kind].seedRef }));
}
