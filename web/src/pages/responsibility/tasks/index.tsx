import { Link, useSearchParams } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Checkbox, Select, Space, Table, Tag } from 'antd';
import { OCCURRENCE_STATES, type OccurrenceState } from '@yuqing/common';
import { listOccurrences, responsibilityKeys, type OccurrenceRow } from '../../../api/responsibility';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useT } from '../../../i18n';
import { STATE_COLORS } from '../shared/labels';

const PAGE_SIZE = 50;

/** 任务落实: the periods of every task in scope with their state; the overview's figures open it filtered (`?unitId=&subtree=1&state=overdue`). */
export default function TaskProgressPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const unitId = Number(params.get('unitId')) || undefined;
  const subtree = params.get('subtree') === '1';
  const state = (params.get('state') as OccurrenceState | null) ?? undefined;
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const set = (patch: Record<string, string | undefined>) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      for (const [k, v] of Object.entries(patch)) if (v === undefined) next.delete(k);
      else next.set(k, v);
      if (!('page' in patch)) next.delete('page');
      return next;
    });
  const page = Number(params.get('page')) || 1;
  const query = { unitId, subtree, state, from, to, page, pageSize: PAGE_SIZE };
  const rows = useQuery({ queryKey: responsibilityKeys.occurrences(query), queryFn: () => listOccurrences(query), placeholderData: keepPreviousData });

  return (
    <Card size="small" title={t('menu.responsibility.tasks')}>
      <Space wrap style={{ marginBottom: 12 }}>
        <UnitTreeSelect value={unitId} onChange={(u) => set({ unitId: u ? String(u) : undefined })} allowClear style={{ width: 240 }} />
        <Checkbox checked={subtree} onChange={(e) => set({ subtree: e.target.checked ? '1' : undefined })}>
          {t('responsibility.subtree')}
        </Checkbox>
        <Select
          allowClear
          placeholder={t('responsibility.state.all')}
          value={state}
          onChange={(s) => set({ state: s })}
          options={OCCURRENCE_STATES.map((s) => ({ value: s, label: t(`responsibility.state.${s}`) }))}
          style={{ width: 140 }}
        />
      </Space>
      <Table<OccurrenceRow>
        rowKey="id"
        size="small"
        loading={rows.isFetching}
        dataSource={rows.data?.occurrences}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: rows.data?.total, hideOnSinglePage: true, showSizeChanger: false, showTotal: (total) => t('common.total', { total }), onChange: (p) => set({ page: String(p) }) }}
        data-testid="occurrence-table"
        columns={[
          { title: t('responsibility.task.deadline'), dataIndex: 'dueDate', width: 110 },
          { title: t('responsibility.task.occurrences'), dataIndex: 'periodKey', width: 100 },
          { title: t('responsibility.task.title'), dataIndex: 'title', render: (v: string, o) => <Link to={`/responsibility/plans/${o.planId}`}>{`${o.seq}. ${v}`}</Link> },
          { title: t('responsibility.unit'), dataIndex: 'unitName', width: 180 },
          { title: t('responsibility.task.leader'), dataIndex: 'leaderName', width: 90, render: (v: string | null) => v ?? '—' },
          { title: t('common.status'), dataIndex: 'state', width: 100, render: (s: OccurrenceState) => <Tag color={STATE_COLORS[s]}>{t(`responsibility.state.${s}`)}</Tag> },
          { title: t('responsibility.task.progress'), dataIndex: 'evidenceNote', render: (v: string | null) => v ?? '' },
        ]}
      />
    </Card>
  );
}
