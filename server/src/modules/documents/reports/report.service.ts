import type { Locale, ReportFormat, ReportKind } from '@yuqing/common';
import { AppError, badRequest, conflict, outOfScope } from '../../../core/errors.js';
import { inScope, systemCtx, transact, type Ctx } from '../../../core/context.js';
import type { Executor } from '../../../db/database.js';
import { unitInScope } from '../../org/index.js';
import { recordAudit } from '../../platform/index.js';
import { accountsFor, notify } from '../../platform/notification.service.js';
import { contentHash } from './content-hash.js';
import { draftContent, KINDS } from './kinds.js';
import { beijingDate, parsePeriod, type Period } from './period.js';
import { renderReport } from './render.js';
import * as repo from './report.repository.js';
import type { Section } from './section.js';
import { nextStatus, voidsApproval, type ReportAction, type ReportStatus } from './workflow.js';

type Labels<K extends string> = Record<K, Record<Locale, string>>;
const STATUS: Labels<ReportStatus> = {
  draft: { 'zh-CN': '草稿', en: 'draft' },
  edited: { 'zh-CN': '已修改', en: 'edited' },
  approved: { 'zh-CN': '已审批', en: 'approved' },
  submitted: { 'zh-CN': '已报送', en: 'submitted' },
  returned: { 'zh-CN': '已退回', en: 'returned' },
};
const ACTION: Labels<ReportAction> = { edit: { 'zh-CN': '修改', en: 'edited' }, approve: { 'zh-CN': '审批', en: 'approved' }, submit: { 'zh-CN': '报送', en: 'submitted' }, return: { 'zh-CN': '退回', en: 'returned' } };
const KIND: Labels<ReportKind> = { summary: { 'zh-CN': '工作总结', en: 'work summary' }, analysis: { 'zh-CN': '分析研判报告', en: 'analysis report' } };
const OFFICE_ROLES = ['group_office'];

export function periodFor(kind: ReportKind, code: string, locale: Locale = 'zh-CN', field = 'period'): Period {
  const p = parsePeriod(code);
  if (!p) throw badRequest('validation', { field, reason: '期间写作 2026、2026H1 或 2026Q3' }, field);
  const allowed = KINDS[kind].periods;
  if (!allowed.includes(p.kind)) {
    const examples = { year: `${p.year}`, half: `${p.year}H1/H2`, quarter: `${p.year}Q1–Q4` };
    throw badRequest('document_period', { kind: KIND[kind][locale], period: code, allowed: allowed.map((k) => examples[k]).join(', ') }, field);
  }
  return p;
}

export const sectionsOf = (row: { sections: string }) => JSON.parse(row.sections) as Section[];

async function reportInScope(ctx: Ctx, id: number) {
  const row = await repo.findReport(ctx.db, id);
  if (!row || !inScope(ctx.actor, row.unit_path)) throw outOfScope('report');
  return row;
}

function step(ctx: Ctx, row: repo.ReportRow, action: ReportAction): ReportStatus {
  const next = nextStatus(row.status as ReportStatus, action);
  if (!next) throw conflict('document_state', { status: STATUS[row.status as ReportStatus]?.[ctx.locale] ?? row.status, action: ACTION[action][ctx.locale] });
  return next;
}

function ownUnit(ctx: Ctx, row: repo.ReportRow, action: ReportAction) {
  if (ctx.actor && ctx.actor.unitId !== row.unit_id) throw new AppError(403, 'document_own_unit', { action: ACTION[action][ctx.locale] });
}

/** Drafts a report from the records of the unit's subtree for the period. */
export async function createReport(ctx: Ctx, input: { kind: ReportKind; period: string; unitId?: number }, opts: { isDemo?: boolean } = {}) {
  const unit = await unitInScope(ctx, input.unitId ?? ctx.actor!.unitId);
  const period = periodFor(input.kind, input.period, ctx.locale);
  const content = await draftContent(ctx.db, input.kind, { unitId: unit.id, unitName: unit.name, unitPath: unit.path }, period);
  return transact(ctx, async (tx) => {
    const now = new Date().toISOString();
    const hash = contentHash(content.title, content.sections);
    const { id } = await repo.insertReport(tx.db, {
      unit_id: unit.id,
      kind: input.kind,
      period: period.code,
      title: content.title,
      status: 'draft',
      sections: JSON.stringify(content.sections),
      figures: JSON.stringify(content.figures),
      content_hash: hash,
      approved_hash: null,
      approved_by: null,
      approved_at: null,
      submitted_to: null,
      submitted_at: null,
      returned_at: null,
      return_comment: null,
      created_by: ctx.actor?.userId ?? null,
      is_demo: opts.isDemo ? 1 : 0,
      created_at: now,
      updated_at: now,
    });
    await recordAudit(tx, { action: 'report.create', objectType: 'report', objectId: id, unitId: unit.id, after: { kind: input.kind, period: period.code, contentHash: hash } });
    return id;
  });
}

export async function getReport(ctx: Ctx, id: number) {
  return reportInScope(ctx, id);
}

export async function listReports(ctx: Ctx, unitId?: number) {
  const unit = await unitInScope(ctx, unitId ?? ctx.actor!.unitId);
  return repo.listForUnit(ctx.db, unit.id);
}

export async function receivedReports(ctx: Ctx) {
  return repo.listReceived(ctx.db, ctx.actor!.unitPath);
}

/** The office's text for the sections it changes; figure tables stay as drafted. An approval is voided. */
export async function editReport(ctx: Ctx, id: number, input: { version: number; title?: string; sections: { key: string; text: string }[] }) {
  const row = await reportInScope(ctx, id);
  ownUnit(ctx, row, 'edit');
  const next = step(ctx, row, 'edit');
  const sections = sectionsOf(row);
  for (const [i, s] of input.sections.entries()) {
    const target = sections.find((x) => x.key === s.key);
    if (!target) throw badRequest('validation', { field: `sections[${i}].key`, reason: `报告中没有「${s.key}」这一节` }, `sections.${i}.key`);
    target.text = s.text;
  }
  const title = input.title?.trim() || row.title;
  const hash = contentHash(title, sections);
  return transact(ctx, async (tx) => {
    const voided = voidsApproval(row.status as ReportStatus, 'edit');
    const ok = await repo.updateReport(tx.db, id, input.version, {
      title,
      sections: JSON.stringify(sections),
      content_hash: hash,
      status: next,
      ...(voided ? { approved_hash: null, approved_by: null, approved_at: null } : {}),
    });
    if (!ok) throw conflict('version_conflict', { version: (await repo.findReport(tx.db, id))?.version ?? row.version });
    await recordAudit(tx, { action: 'report.edit', objectType: 'report', objectId: id, unitId: row.unit_id, before: { status: row.status, contentHash: row.content_hash }, after: { status: next, contentHash: hash, approvalVoided: voided } });
  });
}

/** The leader approves the text he read: the hash he saw must still be the report's. */
export async function approveReport(ctx: Ctx, id: number, input: { contentHash: string }) {
  const row = await reportInScope(ctx, id);
  ownUnit(ctx, row, 'approve');
  const next = step(ctx, row, 'approve');
  if (input.contentHash !== row.content_hash) throw conflict('hash_mismatch', {}, 'contentHash');
  await transact(ctx, async (tx) => {
    const now = new Date().toISOString();
    if (!(await repo.updateReport(tx.db, id, row.version, { status: next, approved_hash: row.content_hash, approved_by: ctx.actor?.userId ?? null, approved_at: now }))) {
      throw conflict('version_conflict', { version: row.version });
    }
    await recordAudit(tx, { action: 'report.approve', objectType: 'report', objectId: id, unitId: row.unit_id, after: { contentHash: row.content_hash } });
  });
}

export async function submitReport(ctx: Ctx, id: number) {
  const row = await reportInScope(ctx, id);
  ownUnit(ctx, row, 'submit');
  const next = step(ctx, row, 'submit');
  if (row.approved_hash !== row.content_hash) throw conflict('hash_mismatch', {}, 'contentHash');
  if (row.superior_id === null) throw conflict('document_no_superior');
  await transact(ctx, async (tx) => {
    if (!(await repo.updateReport(tx.db, id, row.version, { status: next, submitted_to: row.superior_id, submitted_at: new Date().toISOString(), returned_at: null, return_comment: null }))) {
      throw conflict('version_conflict', { version: row.version });
    }
    await recordAudit(tx, { action: 'report.submit', objectType: 'report', objectId: id, unitId: row.unit_id, after: { submittedTo: row.superior_id, contentHash: row.content_hash } });
    await notify(tx.db, {
      userIds: await accountsFor(tx.db, row.superior_id!, [], [...OFFICE_ROLES, 'first_responsible']),
      kind: 'report.submitted',
      title: { key: 'report.submitted', params: { unit: row.unit_name, title: row.title } },
      link: `/documents/${id}`,
    });
  });
}

/** A superior sends a report back with its comments; only units above the report's unit may. */
export async function returnReport(ctx: Ctx, id: number, input: { comment: string }) {
  const row = await reportInScope(ctx, id);
  if (ctx.actor && ctx.actor.unitId === row.unit_id) throw outOfScope('report');
  const next = step(ctx, row, 'return');
  await transact(ctx, async (tx) => {
    if (!(await repo.updateReport(tx.db, id, row.version, { status: next, returned_at: new Date().toISOString(), return_comment: input.comment.trim() }))) {
      throw conflict('version_conflict', { version: row.version });
    }
    await recordAudit(tx, { action: 'report.return', objectType: 'report', objectId: id, unitId: row.unit_id, after: { comment: input.comment.trim() } });
    await notify(tx.db, {
      userIds: await accountsFor(tx.db, row.unit_id, [], [...OFFICE_ROLES, 'first_responsible']),
      kind: 'report.returned',
      title: { key: 'report.returned', params: { title: row.title } },
      body: input.comment.trim(),
      link: `/documents/${id}`,
    });
  });
}

export async function downloadReport(ctx: Ctx, id: number, format: ReportFormat): Promise<{ file: Buffer; name: string }> {
  const row = await reportInScope(ctx, id);
  const file = await renderReport({ title: row.title, sections: sectionsOf(row), unitName: row.unit_name, addressee: row.superior_name, date: beijingDate(new Date(row.approved_at ?? row.updated_at)) }, format);
  return { file, name: `${row.title}.${format}` };
}

/**
 * Drafts the reports due today for every unit that has an office, once each, and tells the
 * office. Returns how many were drafted.
 */
export async function draftDue(db: Executor, due: { kind: ReportKind; period: Period }[]): Promise<number> {
  if (!due.length) return 0;
  const units = await db
    .selectFrom('unit')
    .innerJoin('app_user', 'app_user.unit_id', 'unit.id')
    .innerJoin('user_role', 'user_role.user_id', 'app_user.id')
    .select(['unit.id'])
    .where('user_role.role', 'in', OFFICE_ROLES)
    .where('app_user.disabled', '=', 0)
    .distinct()
    .execute();
  let drafted = 0;
  for (const { kind, period } of due) {
    for (const u of units) {
      if (await repo.existing(db, u.id, kind, period.code)) continue;
      const ctx = systemCtx(db);
      const id = await createReport(ctx, { kind, period: period.code, unitId: u.id });
      const row = (await repo.findReport(db, id))!;
      await notify(db, {
        userIds: await accountsFor(db, u.id, [], OFFICE_ROLES),
        kind: 'report.due',
        title: { key: 'report.due', params: { title: row.title } },
        link: `/documents/${id}`,
        dedupKey: `report:${u.id}:${kind}:${period.code}`,
      });
      drafted++;
    }
  }
  return drafted;
}
