import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, SettingOutlined, UploadOutlined } from '@ant-design/icons';
import { CHANNEL_KIND_LABELS, CHANNEL_KINDS, CHANNEL_STATUSES, type ChannelStatus } from '@yuqing/common';
import { channelKeys, exportChannels, HEALTH_LEVELS, listChannels, type Channel, type ChannelQuery, type HealthLevel } from '../../api/channels';
import { HealthFlags, HealthTag } from '../../components/channel-health';
import { UnitTreeSelect } from '../../components/unit-tree-select';
import { useCan, useMe } from '../../hooks/use-me';
import { useLocale, useT } from '../../i18n';
import { saveFile } from '../../lib/download';
import { formatDate, optionsOf } from '../../lib/format';
import { ChannelDrawer } from './components/channel-drawer';
import { ChannelForm } from './components/channel-form';
import { HealthRulesModal } from './components/health-rules-modal';
import { ImportModal } from './components/import-modal';
import { ReviewForm } from './components/review-form';

type Dialog = { kind: 'create' | 'import' | 'rules' } | { kind: 'edit' | 'review'; channel: Channel };

/** Only a channel out of use says so; an active one is the normal case. */
const STATUS_COLORS: Record<Exclude<ChannelStatus, 'active'>, string> = { suspended: 'gold', closed: 'default' };

const isLevel = (v: string | null): v is HealthLevel => (HEALTH_LEVELS as readonly (string | null)[]).includes(v);

/**
 * 阵地登记: the register of the units' own channels, each coloured by how it stands against the inspection rules.
 * `?level=fail` opens it filtered by health and `?id=4` with that channel's details (links from the dashboard and the notices).
 */
export default function ChannelsPage() {
  const t = useT();
  const locale = useLocale();
  const canManage = useCan('channel.manage');
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState<ChannelQuery>(() => {
    const level = params.get('level');
    return isLevel(level) ? { level } : {};
  });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  // The open channel lives in the address, so a notice clicked while the register is open opens its channel too.
  // The drawer stays open under a form opened from it, and shows the saved result when the form closes.
  const detailId = Number(params.get('id')) || null;
  const setDetailId = (id: number | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (id === null) next.delete('id');
        else next.set('id', String(id));
        return next;
      },
      { replace: true },
    );
  // The old rows stay while a new filter loads, so the table does not flash empty.
  const channels = useQuery({ queryKey: channelKeys.list(query), queryFn: () => listChannels(query), select: (r) => r.channels, placeholderData: keepPreviousData });
  const download = useMutation({ mutationFn: () => exportChannels(query.unitId), onSuccess: ({ blob, filename }) => saveFile(blob, filename) });
  const filter = (patch: Partial<ChannelQuery>) => setQuery((q) => ({ ...q, ...patch }));
  // New channels, imports and rules go to the unit being looked at, else to the account's own (the layout shows pages only once it is known).
  const unitId = query.unitId ?? me!.unit.id;
  const closeDialog = () => setDialog(null);

  return (
    <Card
      size="small"
      title={t('menu.publishing.channels')}
      extra={
        <Space wrap>
          <Button icon={<DownloadOutlined />} loading={download.isPending} onClick={() => download.mutate()} data-testid="export-channels">
            {t('channels.export')}
          </Button>
          {canManage && (
            <>
              <Button icon={<UploadOutlined />} onClick={() => setDialog({ kind: 'import' })} data-testid="import-channels">
                {t('channels.import.action')}
              </Button>
              <Button icon={<SettingOutlined />} onClick={() => setDialog({ kind: 'rules' })} data-testid="health-rules-button">
                {t('channels.rules.action')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })} data-testid="add-channel">
                {t('channels.add')}
              </Button>
            </>
          )}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <UnitTreeSelect value={query.unitId} onChange={(u) => filter({ unitId: u })} allowClear style={{ width: 240 }} />
        <Select allowClear placeholder={t('channels.allKinds')} value={query.kind} onChange={(kind) => filter({ kind })} options={optionsOf(CHANNEL_KINDS, CHANNEL_KIND_LABELS, locale)} style={{ width: 160 }} />
        <Select
          allowClear
          placeholder={t('channels.status.all')}
          value={query.status}
          onChange={(status) => filter({ status })}
          options={CHANNEL_STATUSES.map((s) => ({ value: s, label: t(`channels.status.${s}`) }))}
          style={{ width: 130 }}
        />
        <Select
          allowClear
          placeholder={t('channels.health.all')}
          value={query.level}
          onChange={(level) => filter({ level })}
          options={HEALTH_LEVELS.map((l) => ({ value: l, label: t(`channels.health.${l}`) }))}
          style={{ width: 150 }}
          data-testid="health-filter"
        />
      </Space>
      <Table<Channel>
        rowKey="id"
        size="small"
        loading={channels.isFetching}
        dataSource={channels.data}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
        data-testid="channel-table"
        columns={[
          {
            title: t('common.name'),
            dataIndex: 'name',
            width: 220,
            render: (name: string, c) => (
              <Space direction="vertical" size={0}>
                <Typography.Link onClick={() => setDetailId(c.id)}>{name}</Typography.Link>
                <Space size={4}>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {CHANNEL_KIND_LABELS[c.kind][locale]}
                  </Typography.Text>
                  {c.status !== 'active' && (
                    <Tooltip title={c.statusReason}>
                      <Tag color={STATUS_COLORS[c.status]}>{t(`channels.status.${c.status}`)}</Tag>
                    </Tooltip>
                  )}
                </Space>
              </Space>
            ),
          },
          { title: t('org.person.unit'), dataIndex: 'unitName', width: 150 },
          { title: t('channels.owner'), key: 'owner', render: (_, c) => `${c.ownerDepartmentName ?? '—'} / ${c.ownerPersonName ?? '—'}` },
          { title: t('channels.lastUpdate'), dataIndex: 'lastUpdateAt', width: 110, render: (v: string | null) => formatDate(v) },
          { title: t('channels.lastReview'), dataIndex: 'lastReviewAt', width: 110, render: (v: string | null) => formatDate(v) },
          {
            title: t('channels.health.label'),
            key: 'health',
            // The flags are sentences: this column gets the room, the short ones wrap.
            width: 280,
            render: (_, c) => (
              <Space align="start" size={4}>
                <HealthTag level={c.health.level} />
                <HealthFlags flags={c.health.flags} />
              </Space>
            ),
          },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
                  render: (_: unknown, c: Channel) => (
                    <Space size="small">
                      <Typography.Link onClick={() => setDialog({ kind: 'edit', channel: c })}>{t('common.edit')}</Typography.Link>
                      <Typography.Link onClick={() => setDialog({ kind: 'review', channel: c })}>{t('channels.review.action')}</Typography.Link>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {detailId !== null && (
        <ChannelDrawer
          channelId={detailId}
          onEdit={(channel) => setDialog({ kind: 'edit', channel })}
          onReview={(channel) => setDialog({ kind: 'review', channel })}
          onClose={() => setDetailId(null)}
        />
      )}
      {dialog?.kind === 'create' && <ChannelForm unitId={unitId} onClose={closeDialog} />}
      {dialog?.kind === 'edit' && <ChannelForm unitId={dialog.channel.unitId} channel={dialog.channel} onClose={closeDialog} />}
      {dialog?.kind === 'review' && <ReviewForm channel={dialog.channel} onClose={closeDialog} />}
      {dialog?.kind === 'import' && <ImportModal unitId={unitId} onClose={closeDialog} />}
      {dialog?.kind === 'rules' && <HealthRulesModal unitId={unitId} onClose={closeDialog} />}
    </Card>
  );
}
