import { Form, InputNumber } from 'antd';
import { channelKeys, getHealthRules, setHealthRules, type HealthRules } from '../../../api/channels';
import { UnitSettingsModal } from '../../../components/unit-settings-modal';
import { useFormRules } from '../../../hooks/use-form-rules';
import { useT, type MessageKey } from '../../../i18n';

/** Each threshold with its label and the indicator it comes from; the server bounds them the same way. */
const FIELDS: { name: keyof HealthRules; label: MessageKey; hint: MessageKey; max: number }[] = [
  { name: 'staleUpdateDays', label: 'channels.rules.staleUpdateDays', hint: 'channels.rules.staleUpdateHint', max: 365 },
  { name: 'staleColumnDays', label: 'channels.rules.staleColumnDays', hint: 'channels.rules.staleColumnHint', max: 3650 },
  { name: 'unansweredFailDays', label: 'channels.rules.unansweredFailDays', hint: 'channels.rules.unansweredFailHint', max: 3650 },
  { name: 'unansweredWarnDays', label: 'channels.rules.unansweredWarnDays', hint: 'channels.rules.unansweredWarnHint', max: 3650 },
];

/** The thresholds behind the register's health colours, per unit. */
export function HealthRulesModal({ unitId, onClose }: { unitId: number; onClose: () => void }) {
  const t = useT();
  const rules = useFormRules();
  return (
    <UnitSettingsModal<HealthRules>
      title={t('channels.rules.title')}
      unitId={unitId}
      unitHint={t('channels.rules.unitHint')}
      queryKey={channelKeys.rules}
      load={getHealthRules}
      save={setHealthRules}
      // New thresholds recolour the whole register.
      invalidate={[channelKeys.all]}
      onClose={onClose}
      testId="health-rules"
    >
      {FIELDS.map((f) => (
        <Form.Item key={f.name} name={f.name} label={t(f.label)} extra={t(f.hint)} rules={[rules.required]}>
          <InputNumber min={1} max={f.max} precision={0} style={{ width: 160 }} />
        </Form.Item>
      ))}
    </UnitSettingsModal>
  );
}
