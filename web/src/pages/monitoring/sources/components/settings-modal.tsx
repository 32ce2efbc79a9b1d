import { useQuery } from '@tanstack/react-query';
import { Form, Input, InputNumber } from 'antd';
import { getMonitoringSettings, setMonitoringSettings, settingsKey } from '../../../../api/monitoring';
import { FormModal } from '../../../../components/form-modal';
import { useWrite } from '../../../../hooks/use-write';
import { useT } from '../../../../i18n';

interface Values {
  retentionDays?: number | null;
  dictionary?: string;
}

/** The unit's retention period and the place and unit names its items are segmented with. */
export function SettingsModal({ unitId, onClose }: { unitId: number; onClose: () => void }) {
  const t = useT();
  const { data } = useQuery({ queryKey: settingsKey(unitId), queryFn: () => getMonitoringSettings(unitId) });
  const save = useWrite(
    (v: Values) => setMonitoringSettings(unitId, { retentionDays: v.retentionDays ?? null, dictionary: (v.dictionary ?? '').split(/[\s,，、]+/).filter(Boolean) }),
    { invalidate: [settingsKey(unitId)] },
  );
  return (
    <FormModal<Values>
      key={data ? 'loaded' : 'loading'}
      title={t('monitoring.settings.title')}
      initialValues={data ? { retentionDays: data.retentionDays, dictionary: data.dictionary.join('\n') } : {}}
      okDisabled={!data}
      onSubmit={save.mutateAsync}
      onClose={onClose}
      testId="monitoring-settings"
    >
      <Form.Item name="retentionDays" label={t('monitoring.settings.retention')} extra={t('monitoring.settings.retentionHint', { days: data?.defaultRetentionDays ?? 180 })}>
        <InputNumber min={1} max={3650} />
      </Form.Item>
      <Form.Item name="dictionary" label={t('monitoring.settings.dictionary')} extra={t('monitoring.settings.dictionaryHint')}>
        <Input.TextArea rows={6} />
      </Form.Item>
    </FormModal>
  );
}
