import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { MeetingTable } from '../../db/schema.js';

export const meetingQuery = (db: Executor) =>
  db.selectFrom('meeting').innerJoin('unit', 'unit.id', 'meeting.unit_id').selectAll('meeting').select(['unit.name as unit_name', 'unit.path as unit_path']);
export type MeetingRow = NonNullable<Awaited<ReturnType<ReturnType<typeof meetingQuery>['executeTakeFirst']>>>;

export const findMeeting = (db: Executor, id: number) => meetingQuery(db).where('meeting.id', '=', id).executeTakeFirst();

export function listMeetings(db: Executor, f: { pathPrefix: string; unitId?: number; kind?: string; from?: string; to?: string }) {
  let q = meetingQuery(db).where('unit.path', 'like', `${f.pathPrefix}%`);
  if (f.unitId !== undefined) q = q.where('meeting.unit_id', '=', f.unitId);
  if (f.kind) q = q.where('meeting.kind', '=', f.kind);
  if (f.from) q = q.where('meeting.held_on', '>=', f.from);
  if (f.to) q = q.where('meeting.held_on', '<=', f.to);
  return q.orderBy('meeting.held_on', 'desc').orderBy('meeting.id', 'desc').execute();
}

export const insertMeeting = (db: Executor, values: Insertable<MeetingTable>) => db.insertInto('meeting').values(values).returning('id').executeTakeFirstOrThrow();
export const updateMeeting = (db: Executor, id: number, values: Updateable<MeetingTable>) =>
  db.updateTable('meeting').set({ ...values, updated_at: new Date().toISOString() }).where('id', '=', id).execute();
export const deleteMeeting = (db: Executor, id: number) => db.deleteFrom('meeting').where('id', '=', id).execute();

export async function setAttendance(db: Executor, meetingId: number, rows: { personId: number; present: boolean; absenceReason?: string | null }[]) {
  await db.deleteFrom('meeting_attendance').where('meeting_id', '=', meetingId).execute();
  if (rows.length) {
    await db
      .insertInto('meeting_attendance')
      .values(rows.map((r) => ({ meeting_id: meetingId, person_id: r.personId, present: r.present ? 1 : 0, absence_reason: r.present ? null : (r.absenceReason ?? null) })))
      .execute();
  }
}

export const attendanceOf = (db: Executor, meetingId: number) =>
  db
    .selectFrom('meeting_attendance')
    .innerJoin('person', 'person.id', 'meeting_attendance.person_id')
    .select(['person.id as person_id', 'person.name', 'person.title', 'meeting_attendance.present', 'meeting_attendance.absence_reason'])
    .where('meeting_attendance.meeting_id', '=', meetingId)
    .orderBy('person.id')
    .execute();

export const attendanceCounts = (db: Executor, meetingIds: number[]) =>
  meetingIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('meeting_attendance')
        .select(['meeting_id', 'present', (eb) => eb.fn.countAll<number>().as('n')])
        .where('meeting_id', 'in', meetingIds)
        .groupBy(['meeting_id', 'present'])
        .execute();

export const materialsOf = (db: Executor, meetingId: number) =>
  db.selectFrom('meeting_material').select(['id', 'file_name', 'mime', 'size', 'created_at']).where('meeting_id', '=', meetingId).orderBy('id').execute();
export const findMaterial = (db: Executor, id: number) => db.selectFrom('meeting_material').selectAll().where('id', '=', id).executeTakeFirst();
export const insertMaterial = (db: Executor, meetingId: number, file: { name: string; mime: string; data: Buffer }) =>
  db
    .insertInto('meeting_material')
    .values({ meeting_id: meetingId, file_name: file.name, mime: file.mime, size: file.data.length, content_base64: file.data.toString('base64'), created_at: new Date().toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();

export const quotasOf = (db: Executor, unitIds: number[], year: number) =>
  unitIds.length === 0 ? Promise.resolve([]) : db.selectFrom('meeting_quota').select(['unit_id', 'kind', 'target']).where('unit_id', 'in', unitIds).where('year', '=', year).execute();

export async function upsertQuota(db: Executor, unitId: number, year: number, kind: string, target: number) {
  const updated_at = new Date().toISOString();
  await db
    .insertInto('meeting_quota')
    .values({ unit_id: unitId, year, kind, target, updated_at })
    .onConflict((oc) => oc.columns(['unit_id', 'year', 'kind']).doUpdateSet({ target, updated_at }))
    .execute();
}
