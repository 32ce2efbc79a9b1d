import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, InputNumber, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { MEETING_KIND_LABELS, MEETING_KINDS, type MeetingKind } from '@yuqing/common';
import { deleteMeeting, exportMeetings, exportQuotas, listMeetings, responsibilityKeys, type Meeting } from '../../../api/responsibility';
import { saveFile } from '../../../lib/download';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useCan, useMe } from '../../../hooks/use-me';
import { useUnitTree } from '../../../hooks/use-org';
import { useWrite } from '../../../hooks/use-write';
import { useLocale, useT } from '../../../i18n';
import { optionsOf } from '../../../lib/format';
import { thisYear } from '../shared/labels';
import { MeetingDetail } from './components/meeting-detail';
import { MeetingForm } from './components/meeting-form';
import { QuotaCard } from './components/quota-card';
import type { UnitNode } from '../../../api/org';

function findName(nodes: UnitNode[], id: number): string | undefined {
  for (const n of nodes) {
    if (n.id === id) return n.name;
    const found = findName(n.children, id);
    if (found) return found;
  }
  return undefined;
}

/** 会议与学习: meetings and study sessions with attendance, and the unit's yearly quotas. `?unitId=&subtree=1&kind=&year=` come from the overview's figures. */
export default function MeetingsPage() {
  const t = useT();
  const locale = useLocale();
  const { data: me } = useMe();
  const { data: tree = [] } = useUnitTree();
  const canManage = useCan('responsibility.manage');
  const [params, setParams] = useSearchParams();
  const unitId = Number(params.get('unitId')) || me!.unit.id;
  const subtree = params.get('subtree') === '1';
  const kind = (params.get('kind') as MeetingKind | null) ?? undefined;
  const year = Number(params.get('year')) || thisYear();
  const [recording, setRecording] = useState(false);
  const set = (patch: Record<string, string | undefined>) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      for (const [k, v] of Object.entries(patch)) if (v === undefined || v === '') next.delete(k);
      else next.set(k, v);
      return next;
    });
  const query = { unitId, subtree, kind, year };
  const meetings = useQuery({ queryKey: responsibilityKeys.meetings(query), queryFn: () => listMeetings(query), select: (r) => r.meetings, placeholderData: keepPreviousData });
  const download = useMutation({ mutationFn: (get: () => Promise<{ blob: Blob; filename: string }>) => get(), onSuccess: ({ blob, filename }) => saveFile(blob, filename) });
  const remove = useWrite((id: number) => deleteMeeting(id), { invalidate: [responsibilityKeys.all], done: 'responsibility.meeting.deleted' });

  return (
    <Card
      size="small"
      title={t('responsibility.meeting.list')}
      extra={
        <Space>
          <Button icon={<DownloadOutlined />} onClick={() => download.mutate(() => exportMeetings({ unitId, year, subtree }))} data-testid="export-meetings">
            {t('responsibility.meeting.export')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => download.mutate(() => exportQuotas({ unitId, year }))}>
            {t('responsibility.quota.export')}
          </Button>
          {canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="record-meeting">
              {t('responsibility.meeting.record')}
            </Button>
          )}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <UnitTreeSelect value={unitId} onChange={(u) => set({ unitId: String(u) })} style={{ width: 240 }} />
        <Checkbox checked={subtree} onChange={(e) => set({ subtree: e.target.checked ? '1' : undefined })}>
          {t('responsibility.subtree')}
        </Checkbox>
        <Select allowClear placeholder={t('responsibility.meeting.allKinds')} value={kind} onChange={(k) => set({ kind: k })} options={optionsOf(MEETING_KINDS, MEETING_KIND_LABELS, locale)} style={{ width: 200 }} />
        <InputNumber value={year} min={2000} max={2100} onChange={(v) => v && set({ year: String(v) })} prefix={t('responsibility.year')} style={{ width: 150 }} />
      </Space>
      <QuotaCard unitId={unitId} unitName={findName(tree, unitId) ?? ''} year={year} />
      <Table<Meeting>
        rowKey="id"
        size="small"
        loading={meetings.isFetching}
        dataSource={meetings.data}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        expandable={{ expandedRowRender: (m) => <MeetingDetail id={m.id} /> }}
        data-testid="meeting-table"
        columns={[
          { title: t('responsibility.meeting.heldOn'), dataIndex: 'heldOn', width: 110 },
          { title: t('responsibility.meeting.kind'), dataIndex: 'kind', width: 170, render: (k: MeetingKind) => MEETING_KIND_LABELS[k][locale] },
          { title: t('responsibility.meeting.title'), dataIndex: 'title', render: (v: string, m) => <Space direction="vertical" size={0}><Typography.Text>{v}</Typography.Text>{m.topics && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{m.topics}</Typography.Text>}</Space> },
          { title: t('responsibility.unit'), dataIndex: 'unitName', width: 160 },
          { title: t('responsibility.meeting.attendance'), key: 'att', width: 150, render: (_, m) => t('responsibility.meeting.attendanceCount', { present: m.present ?? 0, absent: m.absent ?? 0 }) },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 80,
                  render: (_: unknown, m: Meeting) => (
                    <Popconfirm title={t('common.confirmDelete', { name: m.title })} onConfirm={() => remove.mutate(m.id)}>
                      <Typography.Link type="danger">{t('common.delete')}</Typography.Link>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      {recording && <MeetingForm unitId={unitId} onClose={() => setRecording(false)} />}
    </Card>
  );
}
