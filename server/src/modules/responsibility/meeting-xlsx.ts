import { MEETING_KIND_LABELS, type MeetingKind } from '@yuqing/common';
import type { Ctx } from '../../core/context.js';
import { writeXlsx, type XlsxColumn } from '../../core/xlsx.js';
import { unitInScope } from '../org/index.js';
import { DEFAULT_QUOTAS, type QuotaProgress } from './quota.js';
import { listMeetings, quotaProgressOf } from './meeting.service.js';

type MeetingRow = Awaited<ReturnType<typeof listMeetings>>[number];
const kindName = (k: string) => MEETING_KIND_LABELS[k as MeetingKind]?.['zh-CN'] ?? k;

const MEETING_COLUMNS: XlsxColumn<MeetingRow & { seq: number }>[] = [
  { header: '序号', width: 6, value: (m) => m.seq },
  { header: '日期', width: 12, value: (m) => m.held_on },
  { header: '会议类型', width: 22, value: (m) => kindName(m.kind) },
  { header: '会议名称', width: 36, value: (m) => m.title },
  { header: '单位', width: 22, value: (m) => m.unit_name },
  { header: '议题', width: 40, value: (m) => m.topics },
  { header: '出席人数', width: 9, value: (m) => m.present },
  { header: '缺席人数', width: 9, value: (m) => m.absent },
];

const QUOTA_STATUS = { met: '已完成', on_track: '进度正常', behind: '进度落后' } as const;
const QUOTA_COLUMNS: XlsxColumn<QuotaProgress>[] = [
  { header: '会议类型', width: 22, value: (q) => kindName(q.kind) },
  { header: '年度指标', width: 10, value: (q) => q.target },
  { header: '已开展', width: 8, value: (q) => q.held },
  { header: '按进度应达', width: 12, value: (q) => q.expectedByNow },
  { header: '进度', width: 10, value: (q) => QUOTA_STATUS[q.status] },
  { header: '指标依据', width: 20, value: (q) => DEFAULT_QUOTAS[q.kind].seedRef },
];

/** The meetings of a unit (and, with subtree, the units below) in a year, as the offices list them. */
export async function exportMeetings(ctx: Ctx, q: { unitId: number; year: number; subtree?: boolean }): Promise<{ name: string; data: Buffer }> {
  const unit = await unitInScope(ctx, q.unitId);
  const rows = await listMeetings(ctx, q);
  return { name: `${unit.name}${q.year}年会议和学习台账.xlsx`, data: await writeXlsx('会议台账', MEETING_COLUMNS, rows.map((m, i) => ({ ...m, seq: i + 1 }))) };
}

export async function exportQuotas(ctx: Ctx, q: { unitId: number; year: number }): Promise<{ name: string; data: Buffer }> {
  const unit = await unitInScope(ctx, q.unitId);
  return { name: `${unit.name}${q.year}年会议指标完成情况.xlsx`, data: await writeXlsx('指标完成情况', QUOTA_COLUMNS, await quotaProgressOf(ctx, q.unitId, q.year)) };
}
