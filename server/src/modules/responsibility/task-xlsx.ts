import ExcelJS from 'exceljs';
import type { EvidenceRule, ImportProblem, MeetingKind } from '@yuqing/common';
import { transact, type Ctx } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import { readXlsx, writeXlsx, XlsxError, type XlsxColumn } from '../../core/xlsx.js';
import { people } from '../org/index.js';
import { formatDeadline, parseDeadline } from './deadline.js';
import { describeEvidence } from './evidence.js';
import { periodsOf } from './periods.js';
import { departmentsByName, getPlan, insertTaskDraft, planInScope, type TaskView } from './plan.service.js';
import { recordAudit } from '../platform/index.js';
import type { TaskDraft } from './instantiate.js';
import * as repo from './plan.repository.js';

/** The offices' own layout (序号, 工作任务, 牵头单位, 责任单位, 责任领导, 完成时限, 完成情况). */
const HEADERS = ['序号', '工作任务', '牵头单位', '责任单位', '责任领导', '完成时限', '完成情况'] as const;

const parties = (depts: { name: string }[], note: string | null) => [...depts.map((d) => d.name), ...(note ? [note] : [])].join('、');

function progress(t: TaskView): string {
  const done = t.occurrences.filter((o) => o.state === 'done').length;
  const overdue = t.occurrences.filter((o) => o.state === 'overdue').length;
  const parts = [`已完成 ${done}/${t.occurrences.length}`];
  if (overdue) parts.push(`逾期 ${overdue}`);
  if (t.progress_note) parts.push(t.progress_note);
  return parts.join('；');
}

const COLUMNS: XlsxColumn<TaskView>[] = [
  { header: HEADERS[0], width: 6, value: (t) => t.seq },
  { header: HEADERS[1], width: 46, value: (t) => (t.body ? `${t.title}。${t.body}` : t.title) },
  { header: HEADERS[2], width: 22, value: (t) => parties(t.lead, t.lead_note) },
  { header: HEADERS[3], width: 22, value: (t) => parties(t.responsible, t.responsible_note) },
  { header: HEADERS[4], width: 10, value: (t) => t.leader_name },
  { header: HEADERS[5], width: 14, value: (t) => formatDeadline(t.recurrence as never, t.due_date) },
  { header: HEADERS[6], width: 30, value: (t) => progress(t) },
];

export async function exportTasks(ctx: Ctx, planId: number, now = new Date()): Promise<{ name: string; data: Buffer }> {
  const plan = await getPlan(ctx, planId, now);
  return { name: `${plan.title}.xlsx`, data: await writeXlsx('任务分解', COLUMNS, plan.tasks) };
}

/** Words in a task's title that name the meeting completing it, so an imported list completes itself like a template's. */
export function inferEvidence(title: string): EvidenceRule {
  const words: [RegExp, MeetingKind][] = [
    [/中心组.*学习|理论学习/, 'central_study'],
    [/专题研究/, 'topic_review'],
    [/分析研判/, 'analysis'],
    [/民主生活会/, 'democratic_life'],
    [/组织生活会/, 'organizational_life'],
    [/主题党日/, 'party_day'],
    [/培训/, 'training'],
  ];
  for (const [re, kind] of words) if (re.test(title)) return { kind: 'meeting', meetingKind: kind, count: 1 };
  if (/信息报送|报送信息/.test(title)) return { kind: 'submissions', count: 1 };
  return { kind: 'manual' };
}

/** Rows touched by a merged cell below the header: a merge hides which row a value belongs to. */
async function mergedRows(buffer: Buffer): Promise<Map<number, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const merges: string[] = (wb.worksheets[0]?.model as { merges?: string[] } | undefined)?.merges ?? [];
  const out = new Map<number, string>();
  for (const range of merges) {
    const m = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(range);
    if (!m) continue;
    for (let r = Math.max(2, +m[1]); r <= +m[2]; r++) out.set(r, range);
  }
  return out;
}

const split = (text: string) => text.split(/[、，,；;\s]+/).map((s) => s.trim()).filter(Boolean);

/**
 * Reads a task list in the offices' layout into a plan. Every row is checked first: merged cells,
 * unknown departments or leaders, deadlines it cannot read. With any problem nothing is stored;
 * `dryRun` returns the preview the user confirms.
 */
export async function importTasks(ctx: Ctx, planId: number, buffer: Buffer, dryRun: boolean) {
  const plan = await planInScope(ctx, planId);
  let rows;
  let merged;
  try {
    rows = await readXlsx(buffer, ['工作任务', '完成时限'], ['序号', '牵头单位', '责任单位', '责任领导', '完成情况']);
    merged = await mergedRows(buffer);
  } catch (err) {
    if (err instanceof XlsxError) throw new AppError(400, 'unreadable_file', { reason: err.message }, 'file');
    throw err;
  }
  const depts = await departmentsByName(ctx, plan.unit_id);
  const staff = (await people.listPeople(ctx, { unitId: plan.unit_id, page: 1, pageSize: 500 })).rows;
  const problems: ImportProblem[] = [];
  const drafts: (TaskDraft & { progressNote: string | null; row: number })[] = [];
  let seq = (await repo.tasksOfPlan(ctx.db, planId)).reduce((max, t) => Math.max(max, t.seq), 0);
  for (const { row, values: v } of rows) {
    const bad = (field: string, problem: string) => problems.push({ row, field, problem });
    if (merged.has(row)) bad('合并单元格', `含合并单元格 ${merged.get(row)}，请取消合并并在每一行分别填写`);
    if (!v['工作任务']) bad('工作任务', '不能为空');
    const partiesOf = (field: '牵头单位' | '责任单位') => {
      const ids: number[] = [];
      const rest: string[] = [];
      for (const name of split(v[field] ?? '')) {
        const id = depts.get(name);
        if (id !== undefined) ids.push(id);
        else if (name.startsWith('各') || name.includes('有关')) rest.push(name);
        else bad(field, `本单位没有科室「${name}」`);
      }
      return { ids, note: rest.length ? rest.join('、') : null };
    };
    const lead = partiesOf('牵头单位');
    const responsible = partiesOf('责任单位');
    const leaderName = v['责任领导'] ?? '';
    const leader = leaderName ? staff.find((p) => p.name === leaderName) : undefined;
    if (leaderName && !leader) bad('责任领导', `本单位没有人员「${leaderName}」`);
    const deadline = v['完成时限'] ? parseDeadline(v['完成时限'], plan.year) : { recurrence: 'yearly' as const, dueDate: null };
    if (!deadline) bad('完成时限', `「${v['完成时限']}」不是能识别的时限（例：2026年3月、3月底、6月30日前、每季度、全年）`);
    else if (deadline.dueDate && !deadline.dueDate.startsWith(`${plan.year}-`)) bad('完成时限', `「${v['完成时限']}」不在方案年度 ${plan.year} 年内`);
    if (v['工作任务'] && deadline) {
      const [title, ...rest] = v['工作任务'].split('。');
      const evidence = inferEvidence(title);
      drafts.push({
        row,
        seq: ++seq,
        title: title.trim(),
        body: rest.join('。').trim() || null,
        seedRef: null,
        leadDepartmentIds: lead.ids,
        responsibleDepartmentIds: responsible.ids,
        leadNote: lead.note,
        responsibleNote: responsible.note,
        leaderPersonId: leader?.id ?? null,
        recurrence: deadline.recurrence,
        dueDate: deadline.dueDate,
        evidence,
        periods: periodsOf(deadline.recurrence, plan.year, deadline.dueDate),
        progressNote: v['完成情况'] || null,
      });
    }
  }
  const preview = drafts.map((d) => ({
    row: d.row,
    title: d.title,
    lead: [...[...depts].filter(([, id]) => d.leadDepartmentIds.includes(id)).map(([n]) => n), ...(d.leadNote ? [d.leadNote] : [])],
    responsible: [...[...depts].filter(([, id]) => d.responsibleDepartmentIds.includes(id)).map(([n]) => n), ...(d.responsibleNote ? [d.responsibleNote] : [])],
    leader: staff.find((p) => p.id === d.leaderPersonId)?.name ?? null,
    recurrence: d.recurrence,
    dueDate: d.dueDate,
    evidence: describeEvidence(d.evidence),
    occurrences: d.periods.length,
  }));
  if (dryRun) return { imported: 0, preview, problems };
  if (problems.length) {
    const first = problems[0];
    throw new AppError(400, 'import_invalid', { count: new Set(problems.map((p) => p.row)).size, row: first.row, problem: `${first.field}：${first.problem}` }, 'file', problems);
  }
  await transact(ctx, async (tx) => {
    for (const d of drafts) await insertTaskDraft(tx, planId, plan.unit_id, d, d.progressNote);
    await recordAudit(tx, { action: 'plan.import', objectType: 'plan', objectId: planId, unitId: plan.unit_id, after: { tasks: drafts.map((d) => d.title) } });
  });
  return { imported: drafts.length, preview, problems };
}

