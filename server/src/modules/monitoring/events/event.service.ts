import type { Grade } from '@yuqing/common';
import { inScope, transact, type Ctx } from '../../../core/context.js';
import { AppError, badRequest, outOfScope } from '../../../core/errors.js';
import { scopePrefix, unitInScope } from '../../org/index.js';
import { recordAudit } from '../../platform/index.js';
import { itemsPerHour } from './figures.js';
import { gradeRulesFor } from './grade-rules.service.js';
import * as repo from './event.repository.js';
import { refreshEvent } from './refresh-event.js';

export async function eventInScope(ctx: Ctx, id: number) {
  const row = await repo.findEvent(ctx.db, id);
  if (!row || !inScope(ctx.actor, row.unit_path)) throw outOfScope('event');
  return row;
}

export async function listEvents(ctx: Ctx, filter: Omit<repo.EventFilter, 'limit'> & { limit?: number }) {
  if (filter.unitId !== undefined) await unitInScope(ctx, filter.unitId);
  return repo.listEvents(ctx.db, scopePrefix(ctx), { ...filter, limit: filter.limit ?? 200 });
}

const countBy = <T>(rows: readonly T[], key: (r: T) => string) => {
  const out: Record<string, number> = {};
  for (const r of rows) out[key(r)] = (out[key(r)] ?? 0) + 1;
  return out;
};

/** The event page: the event, its items per hour, where they came from, and its grade history. */
export async function eventDetail(ctx: Ctx, id: number) {
  const event = await eventInScope(ctx, id);
  const [items, history] = await Promise.all([repo.eventItemsWithSources(ctx.db, id), repo.gradeHistory(ctx.db, id)]);
  const sources = Object.entries(countBy(items, (i) => i.source_name ?? ''))
    .map(([name, count]) => ({ name: name || null, count }))
    .sort((a, b) => b.count - a.count);
  return { event, items, history, timeline: itemsPerHour(items.map((i) => i.at)), sources, sentiments: countBy(items, (i) => i.sentiment) };
}

async function openEventInScope(ctx: Ctx, id: number) {
  const e = await eventInScope(ctx, id);
  if (e.status === 'merged') throw new AppError(409, 'event_merged', { id });
  return e;
}

async function regrade(ctx: Ctx, event: repo.EventRow, now: Date) {
  const { rules } = await gradeRulesFor(ctx.db, event.unit_path);
  return refreshEvent(ctx.db, event.id, event.topic_sensitivity ?? 1, rules, now);
}

/** Merges other events of the unit into this one: their items move here, they stay as `merged` pointing to it. */
export async function mergeEvents(ctx: Ctx, targetId: number, otherIds: number[], now = new Date()) {
  const target = await openEventInScope(ctx, targetId);
  const others: repo.EventRow[] = [];
  for (const id of new Set(otherIds)) {
    if (id === targetId) continue;
    const e = await openEventInScope(ctx, id);
    if (e.unit_id !== target.unit_id) throw badRequest('merge_other_unit', {}, 'eventIds');
    others.push(e);
  }
  return transact(ctx, async (tx) => {
    const at = now.toISOString();
    for (const e of others) {
      await repo.moveItems(tx.db, e.id, target.id, 'all', at);
      await repo.updateEvent(tx.db, e.id, { status: 'merged', merged_into: target.id, item_count: 0, updated_at: at });
    }
    const r = await regrade(tx, target, now);
    await recordAudit(tx, { action: 'event.merge', objectType: 'event', objectId: target.id, unitId: target.unit_id, before: { target: { title: target.title, grade: target.grade }, merged: others.map((e) => ({ id: e.id, title: e.title, grade: e.grade })) }, after: { grade: r.grade } });
    return r;
  });
}

/** Splits some items off into a new event of the same unit and topic; both are regraded. */
export async function splitEvent(ctx: Ctx, id: number, itemIds: number[], now = new Date()) {
  const event = await openEventInScope(ctx, id);
  const own = new Set((await repo.itemsOfEvent(ctx.db, id)).map((i) => i.id));
  const chosen = [...new Set(itemIds)];
  if (chosen.length === 0 || chosen.length >= own.size || chosen.some((i) => !own.has(i))) throw badRequest('split_items', {}, 'itemIds');
  return transact(ctx, async (tx) => {
    const at = now.toISOString();
    const { id: newId } = await repo.insertEvent(tx.db, { unit_id: event.unit_id, topic_id: event.topic_id, title: event.title, first_seen_at: event.first_seen_at, last_seen_at: event.last_seen_at, created_at: at, updated_at: at });
    await repo.moveItems(tx.db, id, newId, chosen, at);
    const kept = await regrade(tx, event, now);
    const split = await regrade(tx, { ...event, id: newId }, now);
    await recordAudit(tx, { action: 'event.split', objectType: 'event', objectId: id, unitId: event.unit_id, before: { title: event.title, grade: event.grade }, after: { kept: { grade: kept.grade }, split: { id: newId, items: chosen, grade: split.grade } } });
    return { kept, split: { ...split, grade: split.grade as Grade } };
  });
}
