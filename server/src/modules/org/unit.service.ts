import type { UnitKind } from '@yuqing/common';
import { inScope, type Ctx } from '../../core/context.js';
import { orgRevision, orgWrite } from './org-revision.js';
import { conflict } from '../../core/errors.js';
import type { Unit } from '../../db/schema.js';
import { pick, recordAudit } from '../platform/audit.service.js';
import * as repo from './unit.repository.js';
import { scopePrefix, unitInScope } from './scope.js';

export interface UnitNode {
  id: number;
  parentId: number | null;
  name: string;
  kind: string;
  code: string | null;
  isDemo: boolean;
  departmentCount: number;
  peopleCount: number;
  /** People in this unit and all below it: the roll-up a superior reads. */
  peopleTotal: number;
  children: UnitNode[];
}

const AUDITED: (keyof Unit)[] = ['name', 'kind', 'code', 'sort', 'parent_id', 'path'];

/**
 * Trees by scope, valid for one org revision. Every page of the web app reads the tree and it
 * changes rarely, so it is built once per change rather than once per request.
 */
interface CachedTree {
  revision: string;
  tree: UnitNode[];
  /** The response body, serialised once: at a thousand units it costs more than the lookup. */
  json: string;
}
const treeCaches = new WeakMap<object, Map<string, CachedTree>>();
const TREE_CACHE_MAX = 500;

/** The actor's scope as a tree with head counts rolled up from the leaves. */
export async function unitTree(ctx: Ctx): Promise<UnitNode[]> {
  return (await cachedTree(ctx)).tree;
}

/** The tree as the `{ units }` response body. */
export async function unitTreeJson(ctx: Ctx): Promise<string> {
  return (await cachedTree(ctx)).json;
}

async function cachedTree(ctx: Ctx): Promise<CachedTree> {
  const prefix = scopePrefix(ctx);
  const entry = (revision: string, tree: UnitNode[]) => ({ revision, tree, json: JSON.stringify({ units: tree }) });
  // Inside a transaction the tree may hold uncommitted changes: never cache those.
  if (ctx.db.isTransaction) return entry('', await buildTree(ctx, prefix));
  let cache = treeCaches.get(ctx.db);
  if (!cache) treeCaches.set(ctx.db, (cache = new Map()));
  const revision = await orgRevision(ctx.db);
  const cached = cache.get(prefix);
  if (cached?.revision === revision) return cached;
  const fresh = entry(revision, await buildTree(ctx, prefix));
  if (cache.size >= TREE_CACHE_MAX) cache.clear();
  cache.set(prefix, fresh);
  return fresh;
}

async function buildTree(ctx: Ctx, prefix: string): Promise<UnitNode[]> {
  const [units, counts] = await Promise.all([repo.unitsUnder(ctx.db, prefix), repo.countsUnder(ctx.db, prefix)]);
  const nodes = new Map<number, UnitNode>();
  for (const u of units) {
    const people = counts.people.get(u.id) ?? 0;
    nodes.set(u.id, {
      id: u.id,
      parentId: u.parent_id,
      name: u.name,
      kind: u.kind,
      code: u.code,
      isDemo: u.is_demo === 1,
      departmentCount: counts.departments.get(u.id) ?? 0,
      peopleCount: people,
      peopleTotal: people,
      children: [],
    });
  }
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const total = (n: UnitNode): number => (n.peopleTotal = n.peopleCount + n.children.reduce((s, c) => s + total(c), 0));
  roots.forEach(total);
  return roots;
}

export interface UnitInput {
  parentId: number;
  name: string;
  kind: UnitKind;
  code?: string | null;
  sort?: number;
}

export async function createUnit(ctx: Ctx, input: UnitInput): Promise<Unit> {
  const parent = await unitInScope(ctx, input.parentId);
  return orgWrite(ctx, async (tx) => {
    const now = new Date().toISOString();
    const unit = await repo.insertUnit(
      tx.db,
      { parent_id: parent.id, name: input.name.trim(), kind: input.kind, code: input.code ?? null, sort: input.sort ?? 0, is_demo: 0, created_at: now, updated_at: now },
      parent.path,
    );
    await recordAudit(tx, { action: 'unit.create', objectType: 'unit', objectId: unit.id, unitId: unit.id, after: pick(unit, AUDITED) });
    return unit;
  });
}

export async function updateUnit(ctx: Ctx, id: number, input: Partial<UnitInput>): Promise<Unit> {
  const unit = await unitInScope(ctx, id);
  return orgWrite(ctx, async (tx) => {
    let parentId = unit.parent_id;
    if (input.parentId !== undefined && input.parentId !== unit.parent_id) {
      if (unit.parent_id === null || unit.id === ctx.actor?.unitId) throw conflict('root_unit', {}, 'parentId');
      const parent = await unitInScope(tx, input.parentId);
      if (parent.path.startsWith(unit.path)) throw conflict('unit_cycle', {}, 'parentId');
      await repo.repath(tx.db, unit.path, `${parent.path}${unit.id}/`);
      parentId = parent.id;
    }
    const updated = await repo.updateUnit(tx.db, id, {
      name: input.name?.trim(),
      kind: input.kind,
      code: input.code,
      sort: input.sort,
      parent_id: parentId,
    });
    await recordAudit(tx, { action: 'unit.update', objectType: 'unit', objectId: id, unitId: id, before: pick(unit, AUDITED), after: pick(updated, AUDITED) });
    return updated;
  });
}

export async function deleteUnit(ctx: Ctx, id: number): Promise<void> {
  const unit = await unitInScope(ctx, id);
  if (unit.parent_id === null || unit.id === ctx.actor?.unitId) throw conflict('root_unit');
  await orgWrite(ctx, async (tx) => {
    const blockers = await repo.blockersOfDelete(tx.db, id);
    if (Object.values(blockers).some((n) => n > 0)) throw conflict('unit_has_children', blockers);
    await repo.deleteUnit(tx.db, id);
    await recordAudit(tx, { action: 'unit.delete', objectType: 'unit', objectId: id, unitId: unit.parent_id, before: pick(unit, AUDITED) });
  });
}

export async function getUnit(ctx: Ctx, id: number) {
  const unit = await unitInScope(ctx, id);
  const ids = unit.path.split('/').filter(Boolean).map(Number);
  const chain = await Promise.all(ids.map((i) => repo.findUnit(ctx.db, i)));
  return { unit, ancestry: chain.filter((u): u is Unit => !!u && inScope(ctx.actor, u.path)).map((u) => ({ id: u.id, name: u.name })) };
}
