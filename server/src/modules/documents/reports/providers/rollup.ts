import * as figures from '../figures.repository.js';
import { sum, type SectionProvider } from '../section.js';

export interface RollupRow {
  unitId: number;
  unitName: string;
  items: number;
  negative: number;
  events: number;
  major: number;
  submissions: number;
  adopted: number;
}

/** Adds every unit's own counts onto the direct subordinate whose subtree holds it. */
export function rollUp(
  parentPath: string,
  units: { id: number; name: string; path: string; items: number; negative: number; events: number; major: number; submissions: number; adopted: number }[],
): RollupRow[] {
  const children = units.filter((u) => u.path !== parentPath && u.path.slice(parentPath.length).split('/').filter(Boolean).length === 1);
  return children.map((c) => {
    const row: RollupRow = { unitId: c.id, unitName: c.name, items: 0, negative: 0, events: 0, major: 0, submissions: 0, adopted: 0 };
    for (const u of units) {
      if (!u.path.startsWith(c.path)) continue;
      row.items += u.items;
      row.negative += u.negative;
      row.events += u.events;
      row.major += u.major;
      row.submissions += u.submissions;
      row.adopted += u.adopted;
    }
    return row;
  });
}

/** The superior's view of its direct subordinates: their subtree figures, and whether their own report of this kind came in. */
export const rollupSection =
  (kind: string): SectionProvider =>
  async (db, scope, period) => {
    const units = await figures.perUnitCounts(db, scope.unitPath, period);
    const rows = rollUp(scope.unitPath, units);
    if (!rows.length) return null;
    const received = new Map((await figures.submittedReports(db, rows.map((r) => r.unitId), kind, period.code)).map((r) => [r.unit_id, r.status]));
    const came = rows.filter((r) => received.get(r.unitId) === 'submitted').length;
    return {
      key: 'rollup',
      title: '下级单位工作情况',
      text: `下辖${rows.length}个单位，已报送本期报告${came}个。各单位共监测网络信息${sum(rows.map((r) => r.items))}条，发现舆情事件${sum(rows.map((r) => r.events))}起（较大及以上${sum(rows.map((r) => r.major))}起），报送信息${sum(rows.map((r) => r.submissions))}条。`,
      figures: { 'rollup.units': rows.length, 'rollup.received': came },
      blocks: [
        {
          kind: 'table',
          caption: '下级单位情况汇总',
          columns: ['单位', '网络信息', '其中负面', '舆情事件', '较大及以上', '报送信息', '被采用', '本期报告'],
          rows: rows.map((r) => [r.unitName, r.items, r.negative, r.events, r.major, r.submissions, r.adopted, received.get(r.unitId) === 'submitted' ? '已报送' : received.get(r.unitId) === 'returned' ? '已退回' : '未报送']),
        },
      ],
    };
  };
