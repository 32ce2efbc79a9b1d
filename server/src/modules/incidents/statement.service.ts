import crypto from 'node:crypto';
import { STATEMENT_STEP_LABELS, type StatementStep } from '@yuqing/common';
import { transact, type Ctx } from '../../core/context.js';
import { AppError, badRequest } from '../../core/errors.js';
import { notify } from '../platform/notification.service.js';
import { checkIdentifiers, checkMarkings, compareFindings } from '../publishing/checks/index.js';
import { bump, incidentToAct, incidentInScope, stateLabel } from './incident.service.js';
import { cleanStatement } from './pasted-text.js';
import { approversFor, statementStatus } from './statement-status.js';
import { diffText, renderDiff } from './text-diff.js';
import { record } from './timeline.js';

export const statementHash = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

/** Statements are written while consulting or drafting, and corrected in follow-up when doubts need a new answer. */
const WRITABLE = new Set(['consulting', 'drafting', 'following']);

/**
 * A new version of the statement. The text is cleaned of pasted markup, checked for classification
 * markings and personal data, and every approval of an earlier text is voided: an approval holds only
 * for the text it saw.
 */
export async function saveStatement(ctx: Ctx, id: number, input: { text: string }) {
  const row = await incidentToAct(ctx, id);
  if (!WRITABLE.has(row.state)) throw new AppError(409, 'incident_not_allowed', { state: stateLabel(row.state, ctx.locale), action: ctx.locale === 'en' ? 'given a statement' : '起草通稿' });
  const text = cleanStatement(input.text);
  if (!text) throw badRequest('validation', { field: 'text', reason: ctx.locale === 'en' ? 'no text left once markup is removed' : '去除格式标记后没有正文' }, 'text');
  const status = await statementStatus(ctx.db, row);
  const hash = statementHash(text);
  if (status.latest?.content_hash === hash) return status.latest.version;
  // Markings and personal data only: a statement's wording is the leaders' call, not a list's.
  const findings = [...checkMarkings(text), ...checkIdentifiers(text)].sort(compareFindings);
  const version = (status.latest?.version ?? 0) + 1;
  await transact(ctx, async (tx) => {
    const now = new Date().toISOString();
    await bump(tx, row);
    await tx.db.insertInto('incident_statement').values({ incident_id: id, version, text, content_hash: hash, findings: JSON.stringify(findings.map((f) => ({ rule: f.rule, severity: f.severity, start: f.start, end: f.end, text: f.text, message: f.message }))), author_id: ctx.actor?.userId ?? null, created_at: now }).execute();
    const voided = await tx.db.updateTable('incident_approval').set({ voided_at: now }).where('incident_id', '=', id).where('voided_at', 'is', null).executeTakeFirst();
    await record(tx, row, 'statement', { version, contentHash: hash, findings: findings.length, cleaned: text.length !== input.text.length });
    if (voided.numUpdatedRows > 0n) await record(tx, row, 'approvals_voided', { version, count: Number(voided.numUpdatedRows) });
  });
  return version;
}

/** An approval or rejection of the current step, by someone the chain names, of the very text they read. */
export async function decideStatement(ctx: Ctx, id: number, input: { contentHash: string; decision: 'approved' | 'rejected'; comment?: string | null }) {
  const row = await incidentInScope(ctx, id);
  const status = await statementStatus(ctx.db, row);
  if (!status.latest || !status.step) throw new AppError(409, 'incident_not_allowed', { state: stateLabel(row.state, ctx.locale), action: ctx.locale === 'en' ? 'approved now' : '审批（没有待审批的通稿）' });
  if (input.contentHash !== status.latest.content_hash) throw new AppError(409, 'hash_mismatch', {}, 'contentHash');
  const step = status.step;
  const expected = await approversFor(ctx.db, row, step);
  if (!expected.some((a) => a.id === ctx.actor?.userId)) {
    const names = expected.map((a) => a.display_name).join('、') || (ctx.locale === 'en' ? 'no account yet' : '尚无账号');
    throw new AppError(403, 'incident_not_approver', { step: STATEMENT_STEP_LABELS[step][ctx.locale], expected: `${STATEMENT_STEP_LABELS[step][ctx.locale]}（${names}）` }, undefined, { step, expected: expected.map((a) => ({ id: a.id, name: a.display_name })) });
  }
  await transact(ctx, async (tx) => {
    const now = new Date().toISOString();
    await bump(tx, row);
    await tx.db.insertInto('incident_approval').values({ incident_id: id, statement_id: status.latest!.id, step, approver_id: ctx.actor!.userId, decision: input.decision, comment: input.comment ?? null, content_hash: status.latest!.content_hash, decided_at: now, voided_at: null }).execute();
    await record(tx, row, 'approval', { step, decision: input.decision, version: status.latest!.version, contentHash: status.latest!.content_hash, comment: input.comment ?? null });
    const next = status.chain[status.chain.indexOf(step) + 1];
    if (input.decision === 'approved' && next) await notifyApprovers(tx, row, next);
  });
}

export async function notifyApprovers(ctx: Ctx, row: Parameters<typeof approversFor>[1] & { title: string }, step: StatementStep) {
  const users = await approversFor(ctx.db, row, step);
  const sent = await notify(ctx.db, { userIds: users.map((u) => u.id), kind: 'incident', title: { key: 'incident.approval', params: { title: row.title } }, link: `/incidents/${row.id}/approve`, dedupKey: `incident.approval.${row.id}.${step}` });
  if (sent) await record(ctx, { id: row.id, unit_id: row.unit_id }, 'notified', { reason: 'approval', step, users: users.map((u) => u.display_name) });
}

export async function statementDiff(ctx: Ctx, id: number, from: number, to: number) {
  const row = await incidentInScope(ctx, id);
  const { statements } = await statementStatus(ctx.db, row);
  const a = statements.find((s) => s.version === from);
  const b = statements.find((s) => s.version === to);
  if (!a || !b) throw badRequest('validation', { field: 'from', reason: ctx.locale === 'en' ? 'no such version' : '没有该版本' }, a ? 'to' : 'from');
  const lines = diffText(a.text, b.text);
  return { from, to, lines, text: renderDiff(lines) };
}
