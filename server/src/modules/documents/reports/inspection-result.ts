import { systemCtx } from '../../../core/context.js';
import type { Executor } from '../../../db/database.js';
import { getInspection } from '../../responsibility/index.js';
import type { DraftContent } from './kinds.js';

const day = (date: string) => `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/**
 * 督查结果: one inspection (or self-check) of a unit, its checklist answers and the findings that
 * became rectifications, with how far each has got. Drafted from the responsibility module's record.
 */
export async function draftInspectionResult(db: Executor, inspectionId: number): Promise<DraftContent & { unitId: number; unitName: string }> {
  const ins = await getInspection(systemCtx(db), inspectionId);
  const failed = ins.items.filter((i) => !i.passed);
  const closed = ins.rectifications.filter((r) => r.status === 'closed').length;
  const open = ins.rectifications.length - closed;
  const basics = `${day(ins.inspected_on)}，${ins.kind === 'self_check' ? `${ins.unit_name}开展了${ins.title}` : `对${ins.unit_name}开展了${ins.title}`}${ins.items.length ? `，对照清单检查${ins.items.length}项，未通过${failed.length}项` : ''}。${ins.note ? `\n${ins.note}` : ''}`;
  const findings = ins.rectifications.length ? `发现问题${ins.rectifications.length}个，已整改销号${closed}个，尚未销号${open}个。` : '本次督查未发现需要整改的问题。';
  const requirements = open
    ? ins.rectifications.filter((r) => r.status !== 'closed').map((r, i) => `${i + 1}. ${r.finding}：请${r.owner_department_name ?? r.owner_name ?? '责任单位'}于${day(r.deadline)}前整改到位并报送整改情况。`).join('\n')
    : '';
  return {
    unitId: ins.unit_id,
    unitName: ins.unit_name,
    title: `${ins.unit_name}${ins.title}结果通报`,
    figures: { 'inspection.items': ins.items.length, 'inspection.failed': failed.length, 'inspection.findings': ins.rectifications.length, 'inspection.open': open },
    sections: [
      {
        key: 'basics',
        title: '基本情况',
        text: basics,
        figures: {},
        blocks: ins.items.length ? [{ kind: 'table', caption: '检查清单', columns: ['检查项目', '结果'], rows: ins.items.map((i) => [i.text, i.passed ? '通过' : '未通过']) }] : [],
      },
      {
        key: 'findings',
        title: '发现的问题及整改情况',
        text: findings,
        figures: {},
        blocks: [{ kind: 'table', caption: '问题整改台账', columns: ['问题', '责任科室（人）', '整改时限', '状态'], rows: ins.rectifications.map((r) => [r.finding, r.owner_department_name ?? r.owner_name ?? '—', r.deadline, r.status === 'closed' ? '已销号' : '整改中']) }],
      },
      { key: 'requirements', title: '整改要求', text: requirements, figures: {}, blocks: [] },
    ],
  };
}
