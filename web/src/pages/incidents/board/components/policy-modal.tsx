import { Checkbox, Form, InputNumber, Select, Table } from 'antd';
import { DEADLINE_KINDS, DEADLINE_LABELS, DEADLINE_PRESET_LABELS, DEADLINE_PRESETS, GRADE_NAMES, RECIPIENT_LABELS, RECIPIENT_TARGETS, type Grade } from '@yuqing/common';
import { getIncidentPolicy, incidentKeys, setIncidentPolicy, type IncidentPolicy, type IncidentPolicyInput } from '../../../../api/incidents';
import { UnitSettingsModal } from '../../../../components/unit-settings-modal';
import { useLocale, useT } from '../../../../i18n';
import { optionsOf } from '../../../../lib/format';

const GRADES = ['1', '2', '3', '4'] as const;

/** The GET answer without what the server computes, as PUT takes it. */
const input = ({ limits: _limits, presets: _presets, ...rest }: IncidentPolicy): IncidentPolicyInput => rest;

/** A cleared cell keeps the preset's limit: it is left out, not sent as empty. */
function tightening(values: IncidentPolicyInput['tighten']): IncidentPolicyInput['tighten'] {
  const out: IncidentPolicyInput['tighten'] = {};
  for (const g of GRADES) {
    const kinds = Object.entries(values[g] ?? {}).filter(([, v]) => typeof v === 'number');
    if (kinds.length) out[g] = Object.fromEntries(kinds);
  }
  return out;
}

/** Fields this form does not show (the topic → department mapping) are kept as stored. */
async function save(unitId: number, values: IncidentPolicyInput) {
  const current = input(await getIncidentPolicy(unitId));
  return setIncidentPolicy(unitId, { ...current, ...values, tighten: tightening(values.tighten ?? {}) });
}

/**
 * 处置设置: the preset, a tightening of any limit (an empty cell keeps the preset's minutes), the
 * recipients of each grade's flash report, the escalation interval and the rule that suggests closing.
 */
export function PolicyModal({ unitId, onClose }: { unitId: number; onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  return (
    <UnitSettingsModal<IncidentPolicyInput>
      title={t('incidents.policy.title')}
      unitHint={t('incidents.policy.inherit')}
      unitId={unitId}
      queryKey={incidentKeys.policy}
      load={async (id) => input(await getIncidentPolicy(id))}
      save={save}
      invalidate={[incidentKeys.all]}
      onClose={onClose}
      width={900}
      testId="incident-policy"
    >
      <Form.Item name="preset" label={t('incidents.policy.preset')}>
        <Select options={optionsOf(DEADLINE_PRESETS, DEADLINE_PRESET_LABELS, locale)} />
      </Form.Item>
      <Form.Item label={t('incidents.policy.tighten')} extra={t('incidents.policy.tightenHint')}>
        <Table
          size="small"
          pagination={false}
          rowKey="grade"
          dataSource={GRADES.map((grade) => ({ grade }))}
          columns={[
            { title: t('incidents.openForm.grade'), dataIndex: 'grade', render: (g: string) => `${GRADE_NAMES[Number(g) as Grade].roman} ${GRADE_NAMES[Number(g) as Grade][locale]}` },
            ...DEADLINE_KINDS.map((kind) => ({
              title: DEADLINE_LABELS[kind][locale],
              key: kind,
              render: (_: unknown, row: { grade: string }) => (
                <Form.Item name={['tighten', row.grade, kind]} noStyle>
                  <InputNumber min={1} size="small" style={{ width: 90 }} data-testid={`tighten-${row.grade}-${kind}`} />
                </Form.Item>
              ),
            })),
          ]}
        />
      </Form.Item>
      {GRADES.map((g) => (
        <Form.Item key={g} name={['recipients', g]} label={t('incidents.policy.recipients', { grade: GRADE_NAMES[Number(g) as Grade].roman })}>
          <Checkbox.Group options={optionsOf(RECIPIENT_TARGETS, RECIPIENT_LABELS, locale)} />
        </Form.Item>
      ))}
      <Form.Item name="escalateEveryMinutes" label={t('incidents.policy.escalate')}>
        <InputNumber min={5} max={1440} />
      </Form.Item>
      <Form.Item label={t('incidents.policy.closeRule')}>
        <Form.Item name={['closeRule', 'share']} noStyle>
          <InputNumber min={0.01} max={1} step={0.05} />
        </Form.Item>{' '}
        <Form.Item name={['closeRule', 'hours']} noStyle>
          <InputNumber min={1} max={336} suffix="h" />
        </Form.Item>
      </Form.Item>
    </UnitSettingsModal>
  );
}
