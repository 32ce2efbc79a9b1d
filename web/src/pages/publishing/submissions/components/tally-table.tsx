import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Tally, TallyRow } from '../../../../api/publishing';
import { useLocale, useT } from '../../../../i18n';
import { monthName } from '../../../../lib/format';

const SHORT_CELL = { background: '#fff1f0', color: '#cf1322', fontWeight: 600 };

/** How deep each unit sits below the top of the tally, for indenting its name. */
function depths(rows: TallyRow[]): Map<number, number> {
  const depth = new Map<number, number>();
  // The server lists a unit after its superior, so the superior's depth is known first.
  for (const r of rows) depth.set(r.unitId, r.parentId !== null && depth.has(r.parentId) ? depth.get(r.parentId)! + 1 : 0);
  return depth;
}

const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);

interface TallyTableProps {
  tally: Tally;
  selectedUnitId: number | undefined;
  onSelect: (row: TallyRow) => void;
  loading: boolean;
}

/**
 * Each unit's submissions per month against its target: a month that is over, due and below it is red. A superior
 * also sees, in brackets, what its whole subtree sent: the roll-up the district reads.
 */
export function TallyTable({ tally, selectedUnitId, onSelect, loading }: TallyTableProps) {
  const t = useT();
  const locale = useLocale();
  const depth = depths(tally.units);
  const parents = new Set(tally.units.map((r) => r.parentId));
  const withSubtree = (row: TallyRow, own: number, subtree: number) => (
    <>
      {own}
      {parents.has(row.unitId) && <Typography.Text type="secondary">{` (${subtree})`}</Typography.Text>}
    </>
  );

  const columns: ColumnsType<TallyRow> = [
    {
      title: t('org.person.unit'),
      dataIndex: 'unitName',
      fixed: 'left',
      width: 200,
      render: (name: string, r) => (
        <Typography.Text strong={r.unitId === selectedUnitId} style={{ paddingLeft: depth.get(r.unitId)! * 16, color: r.unitId === selectedUnitId ? '#1677ff' : undefined }}>
          {name}
        </Typography.Text>
      ),
    },
    { title: t('submissions.target'), dataIndex: 'target', width: 70, align: 'right' },
    ...Array.from({ length: 12 }, (_, i) => ({
      title: monthName(locale, i),
      key: `m${i}`,
      width: 60,
      align: 'right' as const,
      // Only months that have begun can fall short; the rest of the year is still open.
      onCell: (r: TallyRow) => ({ style: { whiteSpace: 'nowrap' as const, ...(i < tally.closedMonths && i + 1 >= r.fromMonth && r.months[i] < r.target ? SHORT_CELL : {}) } }),
      render: (_: unknown, r: TallyRow) => withSubtree(r, r.months[i], r.subtreeMonths[i]),
    })),
    { title: t('submissions.total'), key: 'total', width: 80, align: 'right', render: (_, r) => withSubtree(r, sum(r.months), sum(r.subtreeMonths)) },
    { title: t('submissions.adopted'), dataIndex: 'adopted', width: 70, align: 'right' },
    { title: t('submissions.monthsMet'), key: 'met', width: 90, align: 'right', render: (_, r) => `${r.monthsMet} / ${r.monthsDue}` },
  ];

  return (
    <Table<TallyRow>
      rowKey="unitId"
      size="small"
      bordered
      loading={loading}
      pagination={false}
      // Seventeen columns: on a narrow screen the table scrolls rather than squeezing the numbers.
      scroll={{ x: 'max-content' }}
      dataSource={tally.units}
      columns={columns}
      onRow={(r) => ({ onClick: () => onSelect(r), style: { cursor: 'pointer' } })}
      data-testid="tally-table"
    />
  );
}
