import { CHANNEL_KIND_LABELS, CHANNEL_KINDS, CHANNEL_STATUSES, type ChannelKind, type ChannelStatus, type ImportProblem } from '@yuqing/common';
import { transact, type Ctx } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import { parseBeijingDate, readXlsx, writeXlsx, XlsxError, type XlsxColumn } from '../../core/xlsx.js';
import { departments, unitInScope } from '../org/index.js';
import { createChannel, listChannels, type ChannelInput } from './channel.service.js';

type Listed = Awaited<ReturnType<typeof listChannels>>[number];

const STATUS_LABELS: Record<ChannelStatus, string> = { active: '正常', suspended: '暂停', closed: '已关闭' };
const HEALTH_LABELS = { ok: '正常', warn: '需关注', fail: '不合格' } as const;

const COLUMNS: XlsxColumn<Listed & { seq: number }>[] = [
  { header: '序号', width: 6, value: (c) => c.seq },
  { header: '单位', width: 22, value: (c) => c.unit_name },
  { header: '阵地类型', width: 14, value: (c) => CHANNEL_KIND_LABELS[c.kind as ChannelKind]?.['zh-CN'] ?? c.kind },
  { header: '名称', width: 28, value: (c) => c.name },
  { header: '用途', width: 24, value: (c) => c.purpose },
  { header: '主管科室', width: 14, value: (c) => c.owner_department_name },
  { header: '负责人', width: 10, value: (c) => c.owner_person_name },
  { header: '管理员', width: 16, value: (c) => c.administrators },
  { header: '成员数', width: 8, value: (c) => c.member_count },
  { header: '实名验证', width: 9, value: (c) => (c.real_name_verified ? '是' : '否') },
  { header: '链接或账号', width: 30, value: (c) => c.link },
  { header: '巡查周期（天）', width: 12, value: (c) => c.review_cycle_days },
  { header: '最近巡查', width: 17, value: (c) => c.last_review_at, date: true },
  { header: '最近更新', width: 17, value: (c) => c.last_update_at, date: true },
  { header: '状态', width: 8, value: (c) => STATUS_LABELS[c.status as ChannelStatus] ?? c.status },
  { header: '健康状况', width: 10, value: (c) => HEALTH_LABELS[c.health.level] },
];

export async function exportChannels(ctx: Ctx, filter: { unitId?: number }): Promise<Buffer> {
  const rows = await listChannels(ctx, filter);
  return writeXlsx('阵地登记', COLUMNS, rows.map((r, i) => ({ ...r, seq: i + 1 })));
}

const REQUIRED = ['阵地类型', '名称'];
const OPTIONAL = ['用途', '主管科室', '管理员', '成员数', '实名验证', '链接或账号', '巡查周期（天）', '最近更新', '状态'];

const kindByLabel = new Map<string, ChannelKind>(CHANNEL_KINDS.flatMap((k) => [[CHANNEL_KIND_LABELS[k]['zh-CN'], k], [k, k]] as [string, ChannelKind][]));
const statusByLabel = new Map<string, ChannelStatus>(CHANNEL_STATUSES.flatMap((s) => [[STATUS_LABELS[s], s], [s, s]] as [string, ChannelStatus][]));

/**
 * Reads a register sheet for one unit. Every row is checked first; with any problem nothing is
 * stored and the problems come back with their row numbers. `dryRun` returns the preview only.
 */
export async function importChannels(ctx: Ctx, unitId: number, buffer: Buffer, dryRun: boolean) {
  await unitInScope(ctx, unitId);
  let rows;
  try {
    rows = await readXlsx(buffer, REQUIRED, OPTIONAL);
  } catch (err) {
    if (err instanceof XlsxError) throw new AppError(400, 'unreadable_file', { reason: err.message }, 'file');
    throw err;
  }
  const depts = new Map((await departments.listDepartments(ctx, unitId)).map((d) => [d.name, d.id]));
  const problems: ImportProblem[] = [];
  const inputs: ChannelInput[] = [];
  for (const { row, values: v } of rows) {
    const bad = (field: string, problem: string) => problems.push({ row, field, problem });
    const kind = kindByLabel.get(v['阵地类型']);
    if (!kind) bad('阵地类型', `「${v['阵地类型']}」不是已知的阵地类型（${CHANNEL_KINDS.map((k) => CHANNEL_KIND_LABELS[k]['zh-CN']).join('、')}）`);
    if (!v['名称']) bad('名称', '不能为空');
    const dept = v['主管科室'] ? depts.get(v['主管科室']) : undefined;
    if (v['主管科室'] && dept === undefined) bad('主管科室', `本单位没有科室「${v['主管科室']}」`);
    const members = v['成员数'] ? Number(v['成员数']) : null;
    if (members !== null && (!Number.isInteger(members) || members < 0)) bad('成员数', `「${v['成员数']}」不是人数`);
    const cycle = v['巡查周期（天）'] ? Number(v['巡查周期（天）']) : 90;
    if (!Number.isInteger(cycle) || cycle < 1) bad('巡查周期（天）', `「${v['巡查周期（天）']}」不是天数`);
    const lastUpdate = v['最近更新'] ? parseBeijingDate(v['最近更新']) : null;
    if (v['最近更新'] && !lastUpdate) bad('最近更新', `「${v['最近更新']}」不是日期（例：2026-03-05）`);
    const status = v['状态'] ? statusByLabel.get(v['状态']) : 'active';
    if (!status) bad('状态', `「${v['状态']}」应为 正常、暂停 或 已关闭`);
    const verified = v['实名验证'] ?? '';
    if (verified && !['是', '否'].includes(verified)) bad('实名验证', '应为 是 或 否');
    if (kind && v['名称'] && status) {
      inputs.push({
        unitId,
        kind,
        name: v['名称'],
        purpose: v['用途'] || null,
        ownerDepartmentId: dept ?? null,
        administrators: v['管理员'] || null,
        memberCount: members,
        realNameVerified: verified === '是',
        link: v['链接或账号'] || null,
        reviewCycleDays: cycle,
        lastUpdateAt: lastUpdate,
        status,
        statusReason: status === 'closed' ? '导入时已关闭' : null,
      });
    }
  }
  if (dryRun) return { imported: 0, preview: inputs, problems };
  if (problems.length) {
    const first = problems[0];
    throw new AppError(400, 'import_invalid', { count: new Set(problems.map((p) => p.row)).size, row: first.row, problem: `${first.field}：${first.problem}` }, 'file', problems);
  }
  await transact(ctx, async (tx) => {
    for (const input of inputs) await createChannel(tx, input);
  });
  return { imported: inputs.length, preview: inputs, problems };
}
