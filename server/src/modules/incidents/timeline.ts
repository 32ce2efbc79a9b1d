import type { Ctx } from '../../core/context.js';
import { recordAudit } from '../platform/index.js';
import { insertTimeline } from './incident.repository.js';

export type TimelineKind =
  | 'opened'
  | 'updated'
  | 'step'
  | 'item_attached'
  | 'flash_report'
  | 'notified'
  | 'inbox'
  | 'consultation'
  | 'task'
  | 'statement'
  | 'approval'
  | 'approvals_voided'
  | 'reply'
  | 'review'
  | 'breach';

/**
 * One entry of the incident's timeline and the same facts in the audit log, written in the caller's
 * transaction so neither exists without the other.
 */
export async function record(ctx: Ctx, incident: { id: number; unit_id: number }, kind: TimelineKind, detail: Record<string, unknown>, at = new Date().toISOString()): Promise<void> {
  const actorName = ctx.actor ? ctx.actor.displayName : null;
  await insertTimeline(ctx.db, { incident_id: incident.id, at, kind, actor_id: ctx.actor?.userId ?? null, actor_name: actorName, detail: JSON.stringify(detail) });
  await recordAudit(ctx, { action: `incident.${kind}`, objectType: 'incident', objectId: incident.id, unitId: incident.unit_id, after: detail });
}
