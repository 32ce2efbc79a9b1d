import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Table, Typography } from 'antd';
import { incidentItems, type IncidentDetail } from '../../../../api/incidents';
import { useT } from '../../../../i18n';
import { formatTime } from '../../../../lib/format';

const PAGE_SIZE = 50;

/** The incident's items, newest first, a page at a time: the event's (still arriving) and those attached by hand. */
export function ItemsPanel({ d }: { d: IncidentDetail }) {
  const t = useT();
  const [page, setPage] = useState(1);
  const items = useQuery({ queryKey: ['incidents', 'items', d.id, page], queryFn: () => incidentItems(d.id, page, PAGE_SIZE), enabled: page > 1 });
  const data = page === 1 ? { total: d.items.total, items: d.items.first } : items.data;
  return (
    <Table
      size="small"
      rowKey="id"
      loading={page > 1 && items.isPending}
      dataSource={data?.items ?? []}
      pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? d.items.total, onChange: setPage, showSizeChanger: false }}
      data-testid="items-table"
      columns={[
        { title: t('incidents.openForm.name'), dataIndex: 'title', render: (v: string, r) => (r.url ? <a href={r.url} target="_blank" rel="noreferrer noopener">{v}</a> : v) },
        { title: t('incidents.followUp.reach'), dataIndex: 'reach', width: 90 },
        { title: t('incidents.field.opened'), dataIndex: 'fetchedAt', width: 150, render: (v: string) => <Typography.Text type="secondary">{formatTime(v)}</Typography.Text> },
      ]}
    />
  );
}
