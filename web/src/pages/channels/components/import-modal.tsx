import { useState } from 'react';
import { Form } from 'antd';
import { CHANNEL_KIND_LABELS, type ChannelInput } from '@yuqing/common';
import { channelKeys, importChannels } from '../../../api/channels';
import { ImportSheetModal } from '../../../components/import-sheet-modal';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useDepartments } from '../../../hooks/use-org';
import { useLocale, useT } from '../../../i18n';
import { formatDate } from '../../../lib/format';

/** Imports a register sheet into a unit; departments are matched by name within it, so another unit needs another dry run. */
export function ImportModal({ unitId: initialUnit, onClose }: { unitId: number; onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const [unitId, setUnitId] = useState(initialUnit);
  const { data: departments = [] } = useDepartments(unitId);

  return (
    <ImportSheetModal<ChannelInput>
      title={t('channels.import.title')}
      hint={t('channels.import.hint')}
      width={820}
      send={(file, dryRun) => importChannels(unitId, file, dryRun)}
      invalidate={[channelKeys.all]}
      done={(count) => t('channels.import.done', { count })}
      onClose={onClose}
      checkKey={unitId}
      settings={
        <Form layout="vertical">
          <Form.Item label={t('channels.import.unit')}>
            <UnitTreeSelect value={unitId} onChange={setUnitId} />
          </Form.Item>
        </Form>
      }
      labels={{
        pick: t('channels.import.pick'),
        confirm: t('channels.import.confirm'),
        row: t('channels.import.row'),
        field: t('channels.import.field'),
        problem: t('channels.import.problem'),
        problems: (count) => t('channels.import.problems', { count }),
        willImport: (count, file) => t('channels.import.willImport', { file, count }),
      }}
      columns={[
        { title: t('channels.kind'), dataIndex: 'kind', render: (_, r) => CHANNEL_KIND_LABELS[r.kind][locale] },
        { title: t('common.name'), dataIndex: 'name' },
        { title: t('channels.ownerDepartment'), key: 'dept', render: (_, r) => departments.find((d) => d.id === r.ownerDepartmentId)?.name ?? '—' },
        { title: t('channels.administrators'), dataIndex: 'administrators', render: (v?: string | null) => v ?? '—' },
        { title: t('channels.memberCount'), dataIndex: 'memberCount', render: (v?: number | null) => v ?? '—' },
        { title: t('channels.lastUpdate'), dataIndex: 'lastUpdateAt', render: (v?: string | null) => formatDate(v) },
        { title: t('common.status'), dataIndex: 'status', render: (_, r) => (r.status ? t(`channels.status.${r.status}`) : '—') },
      ]}
    />
  );
}
