import crypto from 'node:crypto';
import { roleHasPermission, type ApprovalStep } from '@yuqing/common';
import { inScope, transact, type Ctx } from '../../core/context.js';
import { AppError, outOfScope } from '../../core/errors.js';
import { channelInScope } from '../channels/index.js';
import { scopePrefix } from '../org/index.js';
import { recordAudit } from '../platform/index.js';
import { runChecks } from './checks/index.js';
import { findingRow } from './publishing.presenter.js';
import { checkRulesFor } from './check-terms.service.js';
import { scheduleLinkCheck } from './link-check.job.js';
import * as repo from './publication.repository.js';
import { approvalChainFor } from './approval-chain.service.js';
import { ALLOWED, currentStep, STEP_PERMISSION, unresolved } from './workflow.js';

/** The approved content is identified by this hash: title and body, exactly as approved. */
export const contentHash = (title: string, body: string) => crypto.createHash('sha256').update(title).update('\u0000').update(body).digest('hex');

export async function publicationInScope(ctx: Ctx, id: number) {
  const row = await repo.findPublication(ctx.db, id);
  if (!row || !inScope(ctx.actor, row.unit_path)) throw outOfScope('publication');
  return row;
}

function assertStatus(row: repo.PublicationRow, action: keyof typeof ALLOWED, locale: Ctx['locale']) {
  if (!(ALLOWED[action] as readonly string[]).includes(row.status)) {
    const actions = { edit: ['修改', 'edited'], submit: ['提交审核', 'submitted'], decide: ['审核', 'decided'], publish: ['登记发布', 'published'] } as const;
    throw new AppError(409, 'publication_state', { status: row.status, action: actions[action][locale === 'en' ? 1 : 0] });
  }
}

function assertVersion(row: repo.PublicationRow, version: number | undefined) {
  if (version !== undefined && version !== row.version) throw new AppError(409, 'version_conflict', { version: row.version }, 'version');
}

/** Runs the checks on the title and body, keeping the justifications of findings that are still there. */
async function recheck(ctx: Ctx, unitPath: string, id: number, title: string, body: string) {
  const previous = await repo.findingsOf(ctx.db, id);
  const kept = new Map(previous.filter((f) => f.justification).map((f) => [`${f.rule}\u0000${f.text}`, f.justification]));
  const findings = runChecks(`${title}\n${body}`, await checkRulesFor(ctx.db, unitPath));
  await repo.replaceFindings(
    ctx.db,
    id,
    findings.map((f) => ({ ...findingRow(f), justification: kept.get(`${f.rule}\u0000${f.text}`) ?? null })),
  );
  return findings.length;
}

export async function createPublication(ctx: Ctx, input: { channelId: number; title: string; body: string }) {
  const channel = await channelInScope(ctx, input.channelId);
  return transact(ctx, async (tx) => {
    const now = new Date().toISOString();
    const hash = contentHash(input.title, input.body);
    const row = await tx.db
      .insertInto('publication')
      .values({ unit_id: channel.unit_id, channel_id: channel.id, title: input.title, body: input.body, content_hash: hash, status: 'draft', version: 1, author_id: ctx.actor?.userId ?? null, is_demo: 0, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const found = await recheck(tx, channel.unit_path, row.id, input.title, input.body);
    await scheduleLinkCheck(tx.db, input.title, input.body, { publicationId: row.id, contentHash: hash });
    await recordAudit(tx, { action: 'publication.create', objectType: 'publication', objectId: row.id, unitId: channel.unit_id, after: { title: input.title, channelId: channel.id, contentHash: hash, findings: found } });
    return row.id;
  });
}

/** An edit re-runs the checks and voids every approval given to the earlier text. */
export async function updatePublication(ctx: Ctx, id: number, input: { title?: string; body?: string; version?: number }) {
  const before = await publicationInScope(ctx, id);
  assertStatus(before, 'edit', ctx.locale);
  assertVersion(before, input.version);
  const title = input.title ?? before.title;
  const body = input.body ?? before.body;
  const hash = contentHash(title, body);
  if (hash === before.content_hash) return;
  await transact(ctx, async (tx) => {
    const now = new Date().toISOString();
    const r = await tx.db
      .updateTable('publication')
      .set({ title, body, content_hash: hash, status: 'draft', version: before.version + 1, updated_at: now })
      .where('id', '=', id)
      .where('version', '=', before.version)
      .executeTakeFirst();
    if (r.numUpdatedRows !== 1n) throw new AppError(409, 'version_conflict', { version: before.version + 1 }, 'version');
    const voided = await tx.db.updateTable('publication_approval').set({ voided_at: now }).where('publication_id', '=', id).where('voided_at', 'is', null).executeTakeFirst();
    const found = await recheck(tx, before.unit_path, id, title, body);
    await scheduleLinkCheck(tx.db, title, body, { publicationId: id, contentHash: hash });
    await recordAudit(tx, {
      action: 'publication.edit',
      objectType: 'publication',
      objectId: id,
      unitId: before.unit_id,
      before: { contentHash: before.content_hash, status: before.status },
      after: { contentHash: hash, status: 'draft', findings: found, voidedApprovals: Number(voided.numUpdatedRows) },
    });
  });
}

export async function justifyFinding(ctx: Ctx, id: number, findingId: number, justification: string | null) {
  const pub = await publicationInScope(ctx, id);
  assertStatus(pub, 'edit', ctx.locale);
  await transact(ctx, async (tx) => {
    const r = await tx.db.updateTable('publication_finding').set({ justification }).where('id', '=', findingId).where('publication_id', '=', id).executeTakeFirst();
    if (r.numUpdatedRows !== 1n) throw outOfScope('finding');
    await recordAudit(tx, { action: 'publication.justify', objectType: 'publication', objectId: id, unitId: pub.unit_id, after: { findingId, justification } });
  });
}

export async function submitPublication(ctx: Ctx, id: number, version?: number) {
  const pub = await publicationInScope(ctx, id);
  assertStatus(pub, 'submit', ctx.locale);
  assertVersion(pub, version);
  const open = unresolved(await repo.findingsOf(ctx.db, id));
  if (open > 0) throw new AppError(409, 'findings_unresolved', { count: open });
  await setStatus(ctx, pub, 'in_review', 'publication.submit');
}

async function setStatus(ctx: Ctx, pub: repo.PublicationRow, status: string, action: string, extra: Record<string, unknown> = {}) {
  await transact(ctx, async (tx) => {
    const r = await tx.db
      .updateTable('publication')
      .set({ status, version: pub.version + 1, updated_at: new Date().toISOString() })
      .where('id', '=', pub.id)
      .where('version', '=', pub.version)
      .executeTakeFirst();
    if (r.numUpdatedRows !== 1n) throw new AppError(409, 'version_conflict', { version: pub.version + 1 }, 'version');
    await recordAudit(tx, { action, objectType: 'publication', objectId: pub.id, unitId: pub.unit_id, before: { status: pub.status }, after: { status, contentHash: pub.content_hash, ...extra } });
  });
}

/**
 * A leader's decision on the current step. The decider names the hash of the text they read, so an
 * approval can only ever attach to that text.
 */
export async function decide(ctx: Ctx, id: number, input: { decision: 'approved' | 'rejected'; contentHash: string; comment?: string | null }) {
  const pub = await publicationInScope(ctx, id);
  assertStatus(pub, 'decide', ctx.locale);
  if (input.contentHash !== pub.content_hash) throw new AppError(409, 'hash_mismatch', {}, 'contentHash');
  const chain = await approvalChainFor(ctx.db, pub.unit_path);
  const step = currentStep(chain, await repo.approvalsOf(ctx.db, id), pub.content_hash);
  if (!step || !roleHasPermission(ctx.actor!.roles, STEP_PERMISSION[step])) throw new AppError(403, 'not_your_step', { step: step ?? '-' });
  await transact(ctx, async (tx) => {
    await tx.db
      .insertInto('publication_approval')
      .values({ publication_id: id, step, approver_id: ctx.actor!.userId, decision: input.decision, comment: input.comment ?? null, content_hash: pub.content_hash, decided_at: new Date().toISOString(), voided_at: null })
      .execute();
    const done = input.decision === 'approved' && chain.indexOf(step) === chain.length - 1;
    const status = input.decision === 'rejected' ? 'rejected' : done ? 'approved' : 'in_review';
    await setStatus(tx, pub, status, `publication.${input.decision === 'rejected' ? 'reject' : 'approve'}`, { step, comment: input.comment ?? null });
  });
}

/** Where and when the approved text went out; the record keeps the approved hash beside the link. */
export async function recordPublication(ctx: Ctx, id: number, input: { publishedAt?: string; url?: string | null }) {
  const pub = await publicationInScope(ctx, id);
  assertStatus(pub, 'publish', ctx.locale);
  const publishedAt = input.publishedAt ?? new Date().toISOString();
  await transact(ctx, async (tx) => {
    await tx.db.insertInto('publication_record').values({ publication_id: id, channel_id: pub.channel_id, published_at: publishedAt, url: input.url ?? null, content_hash: pub.content_hash, recorded_by: ctx.actor?.userId ?? null }).execute();
    // Publishing is an update of the channel: it keeps the two-week rule honest without typing it twice.
    await tx.db.updateTable('channel').set({ last_update_at: publishedAt, last_update_source: 'manual', updated_at: new Date().toISOString() }).where('id', '=', pub.channel_id).where((eb) => eb.or([eb('last_update_at', 'is', null), eb('last_update_at', '<', publishedAt)])).execute();
    await setStatus(tx, pub, 'published', 'publication.publish', { publishedAt, url: input.url ?? null });
  });
}

export async function getPublication(ctx: Ctx, id: number) {
  const pub = await publicationInScope(ctx, id);
  const [findings, approvals, records] = await Promise.all([repo.findingsOf(ctx.db, id), repo.approvalsOf(ctx.db, id), repo.recordsOf(ctx.db, id)]);
  const chain = await approvalChainFor(ctx.db, pub.unit_path);
  return { pub, findings, approvals, records, chain, step: pub.status === 'in_review' ? currentStep(chain, approvals, pub.content_hash) : null };
}

export async function listPublications(ctx: Ctx, filter: { status?: string; inbox?: boolean }) {
  const db = ctx.db;
  let q = repo.publicationQuery(db).where('unit.path', 'like', `${scopePrefix(ctx)}%`).orderBy('publication.updated_at', 'desc').limit(500);
  if (filter.status) q = q.where('publication.status', '=', filter.status);
  if (filter.inbox) q = q.where('publication.status', '=', 'in_review');
  const rows = await q.execute();
  if (!filter.inbox) return rows;
  // The inbox holds what waits for a step this actor's role may take.
  const out = [];
  for (const row of rows) {
    const step: ApprovalStep | null = currentStep(await approvalChainFor(db, row.unit_path), await repo.approvalsOf(db, row.id), row.content_hash);
    if (step && roleHasPermission(ctx.actor!.roles, STEP_PERMISSION[step])) out.push(row);
  }
  return out;
}
