import fs from 'node:fs/promises';
import { formatMessage, REPORT_FORMATS, REPORT_KINDS, type ReportFormat, type ReportKind } from '@yuqing/common';
import { systemCtx } from '../../../core/context.js';
import { AppError } from '../../../core/errors.js';
import type { Executor } from '../../../db/database.js';
import { getIncident } from '../../incidents/index.js';
import type { DocumentSpec } from '../document-spec.js';
import { draftInspectionResult } from './inspection-result.js';
import { draftContent } from './kinds.js';
import { beijingDate } from './period.js';
import { renderReport, renderSpec } from './render.js';
import { periodFor } from './report.service.js';

export interface ReportCommandOptions {
  unit?: string;
  period?: string;
  format?: string;
  out?: string;
  inspection?: string;
  incident?: string;
}

const CLI_KINDS = [...REPORT_KINDS, 'inspection', 'flash'];

class UsageError extends Error {}

async function resolveUnit(db: Executor, unit: string | undefined) {
  const base = db.selectFrom('unit').leftJoin('unit as parent', 'parent.id', 'unit.parent_id').select(['unit.id', 'unit.name', 'unit.path', 'parent.name as parent_name']);
  if (unit === undefined) {
    const top = await base.where('unit.parent_id', 'is', null).orderBy('unit.id').execute();
    if (!top.length) throw new UsageError('数据库中还没有单位（可先运行 yuqing demo）\nThe database has no units yet (try `yuqing demo`)');
    return top[0];
  }
  const rows = /^\d+$/.test(unit) ? await base.where('unit.id', '=', Number(unit)).execute() : await base.where('unit.name', '=', unit).execute();
  if (rows.length === 1) return rows[0];
  if (rows.length > 1) throw new UsageError(`有 ${rows.length} 个单位名为「${unit}」，请用单位编号\n${rows.length} units are named "${unit}"; use the unit id (${rows.map((r) => r.id).join(', ')})`);
  throw new UsageError(`找不到单位「${unit}」（写单位编号或完整名称）\nNo unit "${unit}" (give its id or exact name)`);
}

async function writeInspection(db: Executor, opts: ReportCommandOptions, format: ReportFormat, out: (s: string) => void): Promise<number> {
  if (!opts.inspection || !/^\d+$/.test(opts.inspection)) throw new UsageError('督查结果须用 --inspection 指定督查记录编号\nAn inspection result needs --inspection N (the inspection record id)');
  const content = await draftInspectionResult(db, Number(opts.inspection));
  const unit = await resolveUnit(db, String(content.unitId));
  const file = await renderReport({ ...content, addressee: unit.parent_name, date: beijingDate(new Date()) }, format);
  await fs.writeFile(opts.out!, file);
  out(`${content.title} → ${opts.out} (${file.length} bytes)`);
  return 0;
}

/** The latest 快报 filed for the incident, as the incident module laid it out when filing. */
async function writeFlash(db: Executor, opts: ReportCommandOptions, format: ReportFormat, out: (s: string) => void): Promise<number> {
  if (!opts.incident || !/^\d+$/.test(opts.incident)) throw new UsageError('舆情快报须用 --incident 指定舆情处置编号\nA flash report needs --incident N (the incident id)');
  const incident = await getIncident(systemCtx(db), Number(opts.incident));
  const latest = incident.reports.at(-1);
  if (!latest) throw new UsageError(`舆情处置 ${opts.incident} 尚未报送快报\nIncident ${opts.incident} has no flash report filed yet`);
  const file = await renderSpec(latest.spec as DocumentSpec, format);
  await fs.writeFile(opts.out!, file);
  out(`${(latest.spec as DocumentSpec).title} → ${opts.out} (${file.length} bytes)`);
  return 0;
}

/** `yuqing report KIND …`: drafts the report from the records and writes it; exit 2 on bad input. */
export async function reportCommand(db: Executor, kind: string, opts: ReportCommandOptions, err: (s: string) => void, out: (s: string) => void): Promise<number> {
  try {
    if (!CLI_KINDS.includes(kind)) throw new UsageError(`不认识的报告类型「${kind}」，可用：${CLI_KINDS.join('、')}\nUnknown report kind "${kind}"; use one of ${CLI_KINDS.join(', ')}`);
    const format = opts.format ?? 'docx';
    if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`不支持的格式「${format}」，可用：docx、xlsx、pdf\nUnsupported format "${format}"; use docx, xlsx or pdf`);
    if (!opts.out) throw new UsageError('缺少 --out 输出文件\nMissing --out FILE');
    if (kind === 'inspection') return await writeInspection(db, opts, format as ReportFormat, out);
    if (kind === 'flash') return await writeFlash(db, opts, format as ReportFormat, out);
    if (!opts.period) throw new UsageError('缺少 --period（如 2026、2026H1、2026Q3）\nMissing --period (such as 2026, 2026H1, 2026Q3)');
    const period = periodFor(kind as ReportKind, opts.period);
    const unit = await resolveUnit(db, opts.unit);
    const content = await draftContent(db, kind as ReportKind, { unitId: unit.id, unitName: unit.name, unitPath: unit.path }, period);
    const file = await renderReport({ ...content, unitName: unit.name, addressee: unit.parent_name, date: beijingDate(new Date()) }, format as ReportFormat);
    await fs.writeFile(opts.out, file);
    out(`${content.title} → ${opts.out} (${file.length} bytes)`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) err(e.message);
    else if (e instanceof AppError) err(`${formatMessage(e.code, 'zh-CN', e.params)}\n${formatMessage(e.code, 'en', e.params)}`);
    else if (typeof (e as NodeJS.ErrnoException).code === 'string' && (e as NodeJS.ErrnoException).syscall) err(`无法写入「${opts.out}」：${(e as Error).message}\nCannot write "${opts.out}": ${(e as Error).message}`);
    else throw e;
    return 2;
  }
}
