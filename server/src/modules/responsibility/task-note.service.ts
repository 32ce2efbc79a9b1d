import { transact, type Ctx } from '../../core/context.js';
import { badRequest, outOfScope } from '../../core/errors.js';
import { recordAudit } from '../platform/index.js';
import { taskInScope } from './plan.service.js';
import * as repo from './plan.repository.js';

/** A progress note on a task, optionally about one of its periods. */
export async function addNote(ctx: Ctx, taskId: number, input: { note: string; occurrenceId?: number | null }) {
  const task = await taskInScope(ctx, taskId);
  if (input.occurrenceId != null && (await repo.findOccurrence(ctx.db, input.occurrenceId))?.task_id !== taskId) throw badRequest('occurrence_other_task', {}, 'occurrenceId');
  return transact(ctx, async (tx) => {
    const { id } = await tx.db
      .insertInto('task_note')
      .values({ task_id: taskId, occurrence_id: input.occurrenceId ?? null, note: input.note, file_name: null, mime: null, size: null, content_base64: null, created_by: ctx.actor?.userId ?? null, created_at: new Date().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, { action: 'task.note', objectType: 'task', objectId: taskId, unitId: task.unit_id, after: { note: input.note, occurrence: input.occurrenceId ?? null } });
    return id;
  });
}

async function noteInScope(ctx: Ctx, id: number) {
  const note = await ctx.db.selectFrom('task_note').selectAll().where('id', '=', id).executeTakeFirst();
  if (!note) throw outOfScope('task');
  const task = await taskInScope(ctx, note.task_id);
  return { note, task };
}

/** Attaches the file (a photo of the sign-in sheet, a scanned report) to a note; one file per note. */
export async function attachFile(ctx: Ctx, noteId: number, file: { name: string; mime: string; data: Buffer }) {
  const { note, task } = await noteInScope(ctx, noteId);
  if (file.data.length === 0) throw badRequest('empty_file', {}, 'file');
  await transact(ctx, async (tx) => {
    await tx.db.updateTable('task_note').set({ file_name: file.name, mime: file.mime, size: file.data.length, content_base64: file.data.toString('base64') }).where('id', '=', noteId).execute();
    await recordAudit(tx, { action: 'task.note_file', objectType: 'task', objectId: note.task_id, unitId: task.unit_id, before: note.file_name ? { file: note.file_name } : null, after: { file: file.name, size: file.data.length } });
  });
}

export async function notesOf(ctx: Ctx, taskId: number) {
  await taskInScope(ctx, taskId);
  return ctx.db
    .selectFrom('task_note')
    .leftJoin('app_user', 'app_user.id', 'task_note.created_by')
    .leftJoin('task_occurrence', 'task_occurrence.id', 'task_note.occurrence_id')
    .select(['task_note.id', 'task_note.note', 'task_note.file_name', 'task_note.size', 'task_note.created_at', 'app_user.display_name as author', 'task_occurrence.period_key'])
    .where('task_note.task_id', '=', taskId)
    .orderBy('task_note.id', 'desc')
    .execute();
}

export async function noteFile(ctx: Ctx, noteId: number) {
  const { note } = await noteInScope(ctx, noteId);
  if (!note.content_base64) throw outOfScope('task');
  return { name: note.file_name!, mime: note.mime ?? 'application/octet-stream', data: Buffer.from(note.content_base64, 'base64') };
}
