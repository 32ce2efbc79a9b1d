import { Form, InputNumber } from 'antd';
import { setSubmissionTarget, submissionKeys, type TallyRow } from '../../../../api/publishing';
import { FormModal } from '../../../../components/form-modal';
import { useFormRules } from '../../../../hooks/use-form-rules';
import { useWrite } from '../../../../hooks/use-write';
import { useT } from '../../../../i18n';

/** How many items a unit should send up each month; the tally reds the months below it. */
export function TargetForm({ row, onClose }: { row: TallyRow; onClose: () => void }) {
  const t = useT();
  const rules = useFormRules();
  const save = useWrite((v: { monthlyTarget: number }) => setSubmissionTarget(row.unitId, v.monthlyTarget), { invalidate: [submissionKeys.all] });
  return (
    <FormModal<{ monthlyTarget: number }> title={t('submissions.targetTitle', { unit: row.unitName })} initialValues={{ monthlyTarget: row.target }} onSubmit={save.mutateAsync} onClose={onClose} testId="target-form">
      <Form.Item name="monthlyTarget" label={t('submissions.target')} extra={t('submissions.targetHint')} rules={[rules.required]}>
        <InputNumber min={0} max={100} precision={0} />
      </Form.Item>
    </FormModal>
  );
}
