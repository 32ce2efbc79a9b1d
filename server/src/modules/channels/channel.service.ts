import type { ChannelInput } from '@yuqing/common';
import { inScope, transact, type Ctx } from '../../core/context.js';
import { badRequest, outOfScope } from '../../core/errors.js';
import type { Executor } from '../../db/database.js';
import { departmentInScope, personInScope, scopePrefix, unitInScope } from '../org/index.js';
import { pick, recordAudit } from '../platform/index.js';
import * as repo from './channel.repository.js';

export type { ChannelInput };
import { DEFAULT_HEALTH_RULES, evaluateHealth, type HealthRules } from './health.js';


const AUDITED = ['unit_id', 'kind', 'name', 'owner_department_id', 'owner_person_id', 'administrators', 'member_count', 'real_name_verified', 'link', 'status', 'status_reason', 'last_update_at'] as const;

const RULES_KEY = (unitId: number) => `channels.health-rules.${unitId}`;

/** The unit's own thresholds, or the nearest ancestor's, or the defaults: a district can set them for its subtree. */
export async function healthRulesFor(db: Executor, unitPath: string): Promise<HealthRules> {
  const ids = unitPath.split('/').filter(Boolean).reverse();
  const rows = await db.selectFrom('setting').select(['key', 'value']).where('key', 'in', ids.map((id) => RULES_KEY(Number(id)))).execute();
  for (const id of ids) {
    const row = rows.find((r) => r.key === RULES_KEY(Number(id)));
    if (row) return { ...DEFAULT_HEALTH_RULES, ...(JSON.parse(row.value) as Partial<HealthRules>) };
  }
  return DEFAULT_HEALTH_RULES;
}

export async function setHealthRules(ctx: Ctx, unitId: number, rules: HealthRules): Promise<void> {
  await unitInScope(ctx, unitId);
  await transact(ctx, async (tx) => {
    const value = JSON.stringify(rules);
    const updated_at = new Date().toISOString();
    await tx.db.insertInto('setting').values({ key: RULES_KEY(unitId), value, updated_at }).onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at })).execute();
    await recordAudit(tx, { action: 'channel.health_rules', objectType: 'unit', objectId: unitId, unitId, after: rules });
  });
}

export async function channelInScope(ctx: Ctx, id: number) {
  const row = await repo.findChannel(ctx.db, id);
  if (!row || !inScope(ctx.actor, row.unit_path)) throw outOfScope('channel');
  return row;
}

/** The register with each channel's health evaluated now against its unit's rules. */
export async function listChannels(ctx: Ctx, filter: { unitId?: number; kind?: string; status?: string; level?: string }, now = new Date()) {
  if (filter.unitId !== undefined) await unitInScope(ctx, filter.unitId);
  const rows = await repo.listChannels(ctx.db, scopePrefix(ctx), filter);
  const rulesByPath = new Map<string, HealthRules>();
  const out = [];
  for (const row of rows) {
    if (!rulesByPath.has(row.unit_path)) rulesByPath.set(row.unit_path, await healthRulesFor(ctx.db, row.unit_path));
    const health = evaluateHealth(row, rulesByPath.get(row.unit_path)!, now);
    if (!filter.level || filter.level === health.level) out.push({ ...row, health });
  }
  return out;
}

export async function getChannel(ctx: Ctx, id: number, now = new Date()) {
  const row = await channelInScope(ctx, id);
  const health = evaluateHealth(row, await healthRulesFor(ctx.db, row.unit_path), now);
  return { ...row, health, reviews: await repo.reviewsOf(ctx.db, id) };
}

async function checkOwners(ctx: Ctx, unitId: number, input: Partial<ChannelInput>) {
  if (input.ownerDepartmentId != null && (await departmentInScope(ctx, input.ownerDepartmentId)).unit_id !== unitId) {
    throw badRequest('department_other_unit', {}, 'ownerDepartmentId');
  }
  if (input.ownerPersonId != null && (await personInScope(ctx, input.ownerPersonId)).unit_id !== unitId) {
    throw badRequest('person_other_unit', {}, 'ownerPersonId');
  }
}

function columns(input: Partial<ChannelInput>) {
  return {
    kind: input.kind,
    name: input.name?.trim(),
    purpose: input.purpose,
    owner_department_id: input.ownerDepartmentId,
    owner_person_id: input.ownerPersonId,
    administrators: input.administrators,
    member_count: input.memberCount,
    real_name_verified: input.realNameVerified === undefined ? undefined : input.realNameVerified ? 1 : 0,
    link: input.link,
    feed_url: input.feedUrl,
    review_cycle_days: input.reviewCycleDays,
    last_update_at: input.lastUpdateAt,
    last_update_source: input.lastUpdateAt ? ('manual' as const) : undefined,
    oldest_unanswered_at: input.oldestUnansweredAt,
    stalest_column_name: input.stalestColumnName,
    stalest_column_at: input.stalestColumnAt,
    status: input.status,
    status_reason: input.statusReason,
  };
}

export async function createChannel(ctx: Ctx, input: ChannelInput, opts: { isDemo?: boolean } = {}) {
  await unitInScope(ctx, input.unitId);
  await checkOwners(ctx, input.unitId, input);
  return transact(ctx, async (tx) => {
    const now = new Date().toISOString();
    const c = columns(input);
    const { id } = await repo.insertChannel(tx.db, {
      ...c,
      unit_id: input.unitId,
      kind: input.kind,
      name: input.name.trim(),
      real_name_verified: c.real_name_verified ?? 0,
      review_cycle_days: c.review_cycle_days ?? 90,
      status: input.status ?? 'active',
      is_demo: opts.isDemo ? 1 : 0,
      created_at: now,
      updated_at: now,
    });
    const row = await channelInScope(tx, id);
    await recordAudit(tx, { action: 'channel.create', objectType: 'channel', objectId: id, unitId: input.unitId, after: pick(row, AUDITED) });
    return row;
  });
}

export async function updateChannel(ctx: Ctx, id: number, input: Partial<Omit<ChannelInput, 'unitId'>>) {
  const before = await channelInScope(ctx, id);
  await checkOwners(ctx, before.unit_id, input);
  if (input.status === 'closed' && !input.statusReason && !before.status_reason) throw badRequest('close_needs_reason', {}, 'statusReason');
  return transact(ctx, async (tx) => {
    await repo.updateChannel(tx.db, id, columns(input));
    const after = await channelInScope(tx, id);
    await recordAudit(tx, { action: 'channel.update', objectType: 'channel', objectId: id, unitId: before.unit_id, before: pick(before, AUDITED), after: pick(after, AUDITED) });
    return after;
  });
}

/** A review (巡查) of the channel: resets its review clock and keeps the notes. */
export async function recordReview(ctx: Ctx, id: number, input: { reviewedAt?: string; notes?: string | null }) {
  const channel = await channelInScope(ctx, id);
  const reviewedAt = input.reviewedAt ?? new Date().toISOString();
  return transact(ctx, async (tx) => {
    await repo.insertReview(tx.db, id, ctx.actor?.userId ?? null, reviewedAt, input.notes ?? null);
    if (!channel.last_review_at || channel.last_review_at < reviewedAt) await repo.updateChannel(tx.db, id, { last_review_at: reviewedAt });
    await recordAudit(tx, { action: 'channel.review', objectType: 'channel', objectId: id, unitId: channel.unit_id, after: { reviewedAt, notes: input.notes ?? null } });
  });
}
