import crypto from 'node:crypto';
import { roleHasPermission, type FieldMapping, type SourceConfig, type SourceInput } from '@yuqing/common';
import { inScope, transact, type Ctx } from '../../../core/context.js';
import { AppError, badRequest, outOfScope } from '../../../core/errors.js';
import { scopePrefix, unitInScope } from '../../org/index.js';
import { pick, recordAudit } from '../../platform/index.js';
import type { RawItem } from '../items/index.js';
import { MAPPING_PRESETS } from './field-mapping.js';
import { ImportFileError, readImportFile, type ImportFormat } from './import-file.js';
import { ingest } from './ingest.js';
import { pollSource } from './poll.js';
import { presentSource } from './source.presenter.js';
import * as repo from './source.repository.js';

const AUDITED = ['unit_id', 'name', 'kind', 'url', 'config', 'media_tier', 'interval_minutes', 'enabled', 'internal'] as const;
const WEEK_MS = 7 * 86_400_000;
const URL_KINDS = new Set<string>(repo.POLLED_KINDS);

export async function sourceInScope(ctx: Ctx, id: number) {
  const row = await repo.findSource(ctx.db, id);
  if (!row || !inScope(ctx.actor, row.unit_path)) throw outOfScope('source');
  return row;
}

const canManage = (ctx: Ctx) => ctx.actor === null || roleHasPermission(ctx.actor.roles, 'source.manage');
const isAdmin = (ctx: Ctx) => ctx.actor === null || ctx.actor.roles.includes('admin');

async function present(ctx: Ctx, rows: repo.SourceRow[]) {
  const counts = await repo.itemCounts(ctx.db, rows.map((r) => r.id), new Date(Date.now() - WEEK_MS).toISOString());
  return rows.map((r) => presentSource(r, counts.get(r.id) ?? 0, { showSecret: canManage(ctx) }));
}

export async function listSources(ctx: Ctx, filter: { unitId?: number; kind?: string }) {
  if (filter.unitId !== undefined) await unitInScope(ctx, filter.unitId);
  return present(ctx, await repo.listSources(ctx.db, scopePrefix(ctx), filter));
}

export async function getSource(ctx: Ctx, id: number) {
  const row = await sourceInScope(ctx, id);
  const [source] = await present(ctx, [row]);
  return { ...source, failures: (await repo.recentFailures(ctx.db, id)).map((f) => ({ id: f.id, position: f.position, reason: f.reason, at: f.created_at })) };
}

function checkInput(ctx: Ctx, kind: string, input: Partial<SourceInput>) {
  if (URL_KINDS.has(kind) && input.url === null) throw badRequest('validation', { field: 'url', reason: '轮询的信息源必须有地址 / a polled source needs a URL' }, 'url');
  if (input.internal && !isAdmin(ctx)) throw new AppError(403, 'internal_source_admin', {}, 'internal');
}

export async function createSource(ctx: Ctx, input: SourceInput, opts: { isDemo?: boolean } = {}) {
  await unitInScope(ctx, input.unitId);
  if (URL_KINDS.has(input.kind) && !input.url) throw badRequest('validation', { field: 'url', reason: '轮询的信息源必须有地址 / a polled source needs a URL' }, 'url');
  checkInput(ctx, input.kind, input);
  return transact(ctx, async (tx) => {
    const now = new Date().toISOString();
    const push = input.kind === 'push';
    const { id } = await repo.insertSource(tx.db, {
      unit_id: input.unitId,
      name: input.name.trim(),
      kind: input.kind,
      url: URL_KINDS.has(input.kind) ? (input.url ?? null) : null,
      config: input.config ? JSON.stringify(input.config) : null,
      media_tier: input.mediaTier,
      interval_minutes: input.intervalMinutes ?? 30,
      enabled: input.enabled === false ? 0 : 1,
      internal: input.internal ? 1 : 0,
      push_token: push ? crypto.randomBytes(18).toString('base64url') : null,
      push_secret: push ? crypto.randomBytes(32).toString('hex') : null,
      is_demo: opts.isDemo ? 1 : 0,
      created_at: now,
      updated_at: now,
    });
    const row = await sourceInScope(tx, id);
    await recordAudit(tx, { action: 'source.create', objectType: 'source', objectId: id, unitId: input.unitId, after: pick(row, AUDITED) });
    return row;
  });
}

export async function updateSource(ctx: Ctx, id: number, input: Partial<Omit<SourceInput, 'unitId' | 'kind'>>) {
  const before = await sourceInScope(ctx, id);
  checkInput(ctx, before.kind, input);
  if (input.internal === false && before.internal === 1 && !isAdmin(ctx)) throw new AppError(403, 'internal_source_admin', {}, 'internal');
  return transact(ctx, async (tx) => {
    const urlChanged = input.url !== undefined && input.url !== before.url;
    await repo.updateSource(tx.db, id, {
      name: input.name?.trim(),
      url: input.url,
      config: input.config === undefined ? undefined : JSON.stringify(input.config),
      media_tier: input.mediaTier,
      interval_minutes: input.intervalMinutes,
      enabled: input.enabled === undefined ? undefined : input.enabled ? 1 : 0,
      internal: input.internal === undefined ? undefined : input.internal ? 1 : 0,
      // Validators and the content hash belong to the old address; a new one is asked afresh, now.
      ...(urlChanged ? { etag: null, last_modified: null, content_hash: null, next_poll_at: null, failure_count: 0 } : {}),
    });
    const after = await sourceInScope(tx, id);
    await recordAudit(tx, { action: 'source.update', objectType: 'source', objectId: id, unitId: before.unit_id, before: pick(before, AUDITED), after: pick(after, AUDITED) });
    return after;
  });
}

export async function deleteSource(ctx: Ctx, id: number) {
  const before = await sourceInScope(ctx, id);
  await transact(ctx, async (tx) => {
    // Its items stay (source_id becomes null): what was seen remains part of the record.
    await repo.deleteSource(tx.db, id);
    await recordAudit(tx, { action: 'source.delete', objectType: 'source', objectId: id, unitId: before.unit_id, before: pick(before, AUDITED) });
  });
}

export async function pollNow(ctx: Ctx, id: number) {
  const row = await sourceInScope(ctx, id);
  if (!URL_KINDS.has(row.kind)) throw badRequest('source_kind', { name: row.name, kind: row.kind });
  const result = await pollSource(ctx.db, row);
  await transact(ctx, (tx) => recordAudit(tx, { action: 'source.poll', objectType: 'source', objectId: id, unitId: row.unit_id, after: { status: result.status, newItems: result.newItems, error: result.error ?? null } }));
  return result;
}

async function ingestAudited(ctx: Ctx, row: repo.SourceRow, items: RawItem[], action: string, detail: Record<string, unknown>) {
  const stored = await ingest(ctx.db, row, items);
  await transact(ctx, (tx) =>
    recordAudit(tx, { action, objectType: 'source', objectId: row.id, unitId: row.unit_id, after: { ...detail, newItems: stored.newItemIds.length, updatedItems: stored.updatedItemIds.length, failed: stored.failures.length } }),
  );
  return stored;
}

/** Manual entry: staff type in what they saw (a post read on a phone, a call) as an item of a manual source. */
export async function addManualItem(ctx: Ctx, id: number, item: { title?: string | null; text: string; url?: string | null; publishedAt?: string | null }) {
  const row = await sourceInScope(ctx, id);
  if (row.kind !== 'manual') throw badRequest('source_kind', { name: row.name, kind: row.kind });
  return ingestAudited(ctx, row, [{ ...item, position: 'manual' }], 'source.manual_item', { title: item.title ?? null });
}

/** Import of a complaint export: file-level problems answer 400; bad rows are kept as failures with their row numbers. */
export async function importItems(ctx: Ctx, id: number, file: Buffer, format: ImportFormat, mapping?: FieldMapping | string) {
  const row = await sourceInScope(ctx, id);
  if (row.kind !== 'import') throw badRequest('source_kind', { name: row.name, kind: row.kind });
  const chosen = typeof mapping === 'string' ? MAPPING_PRESETS[mapping] : (mapping ?? readConfigMapping(row));
  if (!chosen || !chosen.text) throw badRequest('validation', { field: 'mapping', reason: '需要指定“正文”对应的列 / map a column to text' }, 'mapping');
  let items: RawItem[];
  try {
    items = await readImportFile(file, format, chosen);
  } catch (err) {
    if (err instanceof ImportFileError) throw badRequest('unreadable_file', { reason: err.message }, 'file');
    throw err;
  }
  const stored = await ingestAudited(ctx, row, items, 'source.import', { format, rows: items.length });
  return { rows: items.length, newItems: stored.newItemIds.length, updatedItems: stored.updatedItemIds.length, failures: stored.failures };
}

function readConfigMapping(row: repo.SourceRow): FieldMapping | undefined {
  return row.config ? (JSON.parse(row.config) as { mapping?: FieldMapping }).mapping : undefined;
}
