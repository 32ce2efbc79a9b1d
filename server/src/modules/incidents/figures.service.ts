import type { Ctx } from '../../core/context.js';
import { scopePrefix } from '../org/index.js';
import { byMonth, rollUp, stats, type FigureDeadline } from './figures.js';

/** Time to acknowledge, report and reply, share within the limit, counts by grade, unit and month, across the actor's subtree. */
export async function incidentFigures(ctx: Ctx, period: { from?: string; to?: string }, now = new Date()) {
  const scope = scopePrefix(ctx);
  let q = ctx.db
    .selectFrom('incident')
    .innerJoin('unit', 'unit.id', 'incident.unit_id')
    .select(['incident.id', 'unit.path as unitPath', 'incident.grade', 'incident.state', 'incident.opened_at as openedAt'])
    .where('unit.path', 'like', `${scope}%`);
  if (period.from) q = q.where('incident.opened_at', '>=', period.from);
  if (period.to) q = q.where('incident.opened_at', '<', period.to);
  const incidents = await q.execute();
  const deadlines = new Map<number, FigureDeadline[]>();
  const ids = incidents.map((i) => i.id);
  for (let k = 0; k < ids.length; k += 1000) {
    const rows = await ctx.db.selectFrom('incident_deadline').select(['incident_id as incidentId', 'kind', 'due_at as dueAt', 'met_at as metAt']).where('incident_id', 'in', ids.slice(k, k + 1000)).execute();
    for (const r of rows) deadlines.set(r.incidentId, [...(deadlines.get(r.incidentId) ?? []), r]);
  }
  const units = await ctx.db.selectFrom('unit').select(['id', 'name', 'parent_id', 'path']).where('path', 'like', `${scope}%`).orderBy('path').execute();
  // A late step counts once, at its first rung, in the period it fell late.
  let b = ctx.db
    .selectFrom('incident_breach')
    .innerJoin('unit', 'unit.id', 'incident_breach.unit_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('unit.path', 'like', `${scope}%`)
    .where('incident_breach.level', '=', 1);
  if (period.from) b = b.where('incident_breach.at', '>=', period.from);
  if (period.to) b = b.where('incident_breach.at', '<', period.to);
  const breaches = await b.executeTakeFirstOrThrow();
  return {
    total: { ...stats(incidents, deadlines, now), breaches: Number(breaches.n) },
    byMonth: byMonth(incidents),
    units: rollUp(units, incidents, deadlines, now).map((r) => ({ unitId: r.unit.id, name: r.unit.name, parentId: r.unit.parent_id, own: r.own, subtree: r.subtree })),
  };
}
