import { transact, type Ctx } from '../../core/context.js';
import { AppError, outOfScope } from '../../core/errors.js';
import { bump, incidentToAct, stateLabel } from './incident.service.js';
import { record } from './timeline.js';

export interface ConsultationInput {
  heldAt: string;
  /** Names as the minutes write them, each with the unit they came from (both units when the superior joins). */
  participants: { name: string; unitId: number }[];
  opinions: string;
  decisions: { title: string; ownerId?: number | null; departmentId?: number | null; dueAt?: string | null }[];
}

const OPEN_FOR_CONSULTING = new Set(['reported', 'consulting', 'drafting', 'following']);

/** 会商: the meeting record, whose decisions become incident tasks with owners and due times. */
export async function recordConsultation(ctx: Ctx, id: number, input: ConsultationInput): Promise<number> {
  const row = await incidentToAct(ctx, id);
  if (!OPEN_FOR_CONSULTING.has(row.state)) throw new AppError(409, 'incident_not_allowed', { state: stateLabel(row.state, ctx.locale), action: ctx.locale === 'en' ? 'given a consultation record' : '记录会商' });
  const units = new Set(input.participants.map((p) => p.unitId));
  for (const unitId of units) {
    // Participants come from the incident's unit or a unit above it (the superior who joins), nowhere else.
    const unit = await ctx.db.selectFrom('unit').select('path').where('id', '=', unitId).executeTakeFirst();
    if (!unit || !row.unit_path.startsWith(unit.path)) throw new AppError(400, 'validation', { field: 'participants', reason: ctx.locale === 'en' ? 'a participant’s unit is neither this unit nor one above it' : '参会人员须来自本单位或上级单位' }, 'participants');
  }
  return transact(ctx, async (tx) => {
    const now = new Date().toISOString();
    await bump(tx, row);
    const c = await tx.db.insertInto('incident_consultation').values({ incident_id: id, held_at: input.heldAt, participants: JSON.stringify(input.participants), opinions: input.opinions, recorded_by: ctx.actor?.userId ?? null, created_at: now }).returning('id').executeTakeFirstOrThrow();
    for (const d of input.decisions) {
      await tx.db.insertInto('incident_task').values({ incident_id: id, consultation_id: c.id, title: d.title, owner_id: d.ownerId ?? null, department_id: d.departmentId ?? null, due_at: d.dueAt ?? null, done_at: null, created_at: now }).execute();
    }
    await record(tx, row, 'consultation', { consultationId: c.id, participants: input.participants.length, units: units.size, decisions: input.decisions.map((d) => d.title) });
    return c.id;
  });
}

export async function completeTask(ctx: Ctx, id: number, taskId: number, done: boolean): Promise<void> {
  const row = await incidentToAct(ctx, id);
  await transact(ctx, async (tx) => {
    const r = await tx.db.updateTable('incident_task').set({ done_at: done ? new Date().toISOString() : null }).where('id', '=', taskId).where('incident_id', '=', id).executeTakeFirst();
    if (r.numUpdatedRows !== 1n) throw outOfScope('task');
    await bump(tx, row);
    await record(tx, row, 'task', { taskId, done });
  });
}
