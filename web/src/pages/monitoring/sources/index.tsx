import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { SOURCE_KINDS, type SourceKind } from '@yuqing/common';
import { deleteSource, listSources, monitoringKeys, pollSource, type Source } from '../../../api/monitoring';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useCan, useMe } from '../../../hooks/use-me';
import { useWrite } from '../../../hooks/use-write';
import { useT } from '../../../i18n';
import { formatTime } from '../../../lib/format';
import { TierTag } from '../components/labels';
import { HealthState } from './components/health-state';
import { ImportItemsModal, ManualItemForm } from './components/item-entry';
import { SourceDrawer } from './components/source-drawer';
import { SettingsModal } from './components/settings-modal';
import { SourceForm } from './components/source-form';

type Dialog = { kind: 'create' | 'settings' } | { kind: 'edit' | 'manual' | 'import'; source: Source };

/** 信息源: each unit's sources with their health record (last success, last error in words, items per day). */
export default function SourcesPage() {
  const t = useT();
  const { message } = App.useApp();
  const canManage = useCan('source.manage');
  const { data: me } = useMe();
  const [query, setQuery] = useState<{ unitId?: number; kind?: SourceKind }>({});
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [detail, setDetail] = useState<number | null>(null);
  const sources = useQuery({ queryKey: monitoringKeys.sourceList(query), queryFn: () => listSources(query), select: (r) => r.sources, placeholderData: keepPreviousData });
  const poll = useWrite(pollSource, {
    invalidate: [monitoringKeys.sources, monitoringKeys.items],
    done: (r) => (r.status === 'error' ? t('monitoring.source.pollFailed', { error: r.error ?? '' }) : t('monitoring.source.polled', { count: r.newItems })),
    onSaved: (r) => {
      if (r.status === 'error') void message.warning(r.error);
    },
  });
  const remove = useWrite(deleteSource, { invalidate: [monitoringKeys.sources] });
  const unitId = query.unitId ?? me!.unit.id;
  const close = () => setDialog(null);

  return (
    <Card
      size="small"
      title={t('menu.monitoring.sources')}
      extra={
        canManage && (
          <Space>
            <Button icon={<SettingOutlined />} onClick={() => setDialog({ kind: 'settings' })} data-testid="monitoring-settings-button">
              {t('monitoring.settings.action')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })} data-testid="add-source">
              {t('monitoring.source.add')}
            </Button>
          </Space>
        )
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <UnitTreeSelect value={query.unitId} onChange={(u) => setQuery((q) => ({ ...q, unitId: u }))} allowClear style={{ width: 240 }} />
        <Select allowClear placeholder={t('monitoring.source.kind')} value={query.kind} onChange={(kind) => setQuery((q) => ({ ...q, kind }))} options={SOURCE_KINDS.map((k) => ({ value: k, label: t(`monitoring.kinds.${k}`) }))} style={{ width: 200 }} />
      </Space>
      <Table<Source>
        rowKey="id"
        size="small"
        loading={sources.isFetching}
        dataSource={sources.data}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
        data-testid="source-table"
        columns={[
          { title: t('monitoring.source.name'), dataIndex: 'name', render: (name: string, s) => <Typography.Link onClick={() => setDetail(s.id)}>{name}</Typography.Link> },
          { title: t('monitoring.source.kind'), dataIndex: 'kind', width: 150, render: (k: SourceKind) => t(`monitoring.kinds.${k}`) },
          { title: t('org.person.unit'), dataIndex: 'unitName', width: 150 },
          { title: t('monitoring.source.tier'), dataIndex: 'mediaTier', width: 110, render: (tier: Source['mediaTier']) => <TierTag tier={tier} /> },
          { title: t('monitoring.source.health'), key: 'health', width: 100, render: (_, s) => <HealthState health={s.health} /> },
          { title: t('monitoring.source.lastSuccess'), key: 'ok', width: 140, render: (_, s) => formatTime(s.health.lastSuccessAt) },
          { title: t('monitoring.source.lastError'), key: 'err', ellipsis: true, render: (_, s) => s.health.lastError ?? '—' },
          { title: t('monitoring.source.itemsPerDay'), key: 'perDay', width: 90, render: (_, s) => s.health.itemsPerDay },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }),
                  render: (_: unknown, s: Source) => (
                    <Space size="small">
                      <Typography.Link onClick={() => setDialog({ kind: 'edit', source: s })}>{t('common.edit')}</Typography.Link>
                      {['feed', 'page', 'api'].includes(s.kind) && (
                        <Typography.Link onClick={() => poll.mutate(s.id)} disabled={poll.isPending} data-testid={`poll-${s.id}`}>
                          {t('monitoring.source.pollNow')}
                        </Typography.Link>
                      )}
                      {s.kind === 'manual' && <Typography.Link onClick={() => setDialog({ kind: 'manual', source: s })}>{t('monitoring.source.manual')}</Typography.Link>}
                      {s.kind === 'import' && <Typography.Link onClick={() => setDialog({ kind: 'import', source: s })}>{t('monitoring.source.import')}</Typography.Link>}
                      <Popconfirm title={t('monitoring.source.deleteConfirm')} onConfirm={() => remove.mutateAsync(s.id)}>
                        <Typography.Link type="danger">{t('monitoring.source.delete')}</Typography.Link>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {detail !== null && <SourceDrawer id={detail} onClose={() => setDetail(null)} />}
      {dialog?.kind === 'create' && <SourceForm unitId={unitId} canSetInternal={me!.roles.includes('admin')} onClose={close} />}
      {dialog?.kind === 'edit' && <SourceForm source={dialog.source} unitId={dialog.source.unitId} canSetInternal={me!.roles.includes('admin')} onClose={close} />}
      {dialog?.kind === 'settings' && <SettingsModal unitId={unitId} onClose={close} />}
      {dialog?.kind === 'manual' && <ManualItemForm source={dialog.source} onClose={close} />}
      {dialog?.kind === 'import' && <ImportItemsModal source={dialog.source} onClose={close} />}
    </Card>
  );
}
