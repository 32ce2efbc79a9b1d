import { Button, Form, Input, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { checkTermKeys, getCheckTerms, setCheckTerms, type CheckTerms } from '../../../../api/publishing';
import { UnitSettingsModal } from '../../../../components/unit-settings-modal';
import { useFormRules } from '../../../../hooks/use-form-rules';
import { useT } from '../../../../i18n';

/** Formulation rows sit close together, as one list. */
const ROW_CELL = { marginBottom: 8 };

/** A unit's own check terms: canonical formulations (wrong → right, with a note) and words to flag. */
export function CheckTermsModal({ unitId, onClose }: { unitId: number; onClose: () => void }) {
  const t = useT();
  const rules = useFormRules();
  return (
    <UnitSettingsModal<CheckTerms>
      title={t('publishing.terms.title')}
      unitId={unitId}
      unitHint={t('publishing.terms.unitHint')}
      queryKey={checkTermKeys.unit}
      load={getCheckTerms}
      save={setCheckTerms}
      onClose={onClose}
      width={760}
      testId="check-terms"
    >
      <Form.List name="formulations">
        {(fields, { add, remove }) => (
          <Form.Item label={t('publishing.terms.formulations')}>
            {fields.map((field) => (
              <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                <Form.Item name={[field.name, 'wrong']} rules={[rules.required, rules.max(100)]} style={ROW_CELL}>
                  <Input placeholder={t('publishing.terms.wrong')} style={{ width: 200 }} />
                </Form.Item>
                →
                <Form.Item name={[field.name, 'right']} rules={[rules.required, rules.max(100)]} style={ROW_CELL}>
                  <Input placeholder={t('publishing.terms.right')} style={{ width: 200 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'note']} rules={[rules.max(200)]} style={ROW_CELL}>
                  <Input placeholder={t('publishing.terms.note')} style={{ width: 200 }} />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(field.name)} aria-label={t('common.delete')} />
              </Space>
            ))}
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ wrong: '', right: '' })}>
              {t('publishing.terms.addFormulation')}
            </Button>
          </Form.Item>
        )}
      </Form.List>
      <Form.Item name="words" label={t('publishing.terms.words')} extra={t('publishing.terms.wordsHint')}>
        <Select mode="tags" open={false} tokenSeparators={['，', ',', '、']} suffixIcon={null} />
      </Form.Item>
    </UnitSettingsModal>
  );
}
