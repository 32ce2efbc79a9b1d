import { DatePicker, Form, Input, Radio, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { SUBMISSION_KINDS, type SubmissionKind } from '@yuqing/common';
import { createSubmission, submissionKeys, updateSubmission, type Submission } from '../../../../api/publishing';
import { FormModal } from '../../../../components/form-modal';
import { UnitTreeSelect } from '../../../../components/unit-tree-select';
import { useFormRules } from '../../../../hooks/use-form-rules';
import { useWrite } from '../../../../hooks/use-write';
import { useT } from '../../../../i18n';

interface Values {
  unitId: number;
  title: string;
  kind: SubmissionKind;
  submittedOn: Dayjs;
  adopted: boolean;
  adoptedBy?: string;
  note?: string;
}

/** A news item or lead sent up (信息报送), or an edit of one; the unit is fixed once recorded. */
export function SubmissionForm({ unitId, submission, onClose }: { unitId: number; submission?: Submission; onClose: () => void }) {
  const t = useT();
  const rules = useFormRules();
  const [form] = Form.useForm<Values>();
  const adopted = Form.useWatch('adopted', form);
  const save = useWrite(
    (v: Values) => {
      const fields = { title: v.title, kind: v.kind, submittedOn: v.submittedOn.format('YYYY-MM-DD'), adopted: v.adopted, adoptedBy: (v.adopted && v.adoptedBy) || null, note: v.note || null };
      return submission ? updateSubmission(submission.id, fields) : createSubmission({ unitId: v.unitId, ...fields });
    },
    { invalidate: [submissionKeys.all] },
  );
  const initialValues: Partial<Values> = submission
    ? { ...submission, submittedOn: dayjs(submission.submittedOn), adoptedBy: submission.adoptedBy ?? undefined, note: submission.note ?? undefined }
    : { unitId, kind: 'news', submittedOn: dayjs(), adopted: false };

  return (
    <FormModal<Values> form={form} title={submission ? t('submissions.edit') : t('submissions.add')} initialValues={initialValues} onSubmit={save.mutateAsync} onClose={onClose} testId="submission-form">
      <Form.Item name="unitId" label={t('org.person.unit')} rules={[rules.required]}>
        <UnitTreeSelect disabled={submission !== undefined} />
      </Form.Item>
      <Form.Item name="title" label={t('submissions.title')} rules={rules.headline}>
        <Input data-testid="submission-title" />
      </Form.Item>
      <Form.Item name="kind" label={t('submissions.kind.label')} rules={[rules.required]}>
        <Radio.Group options={SUBMISSION_KINDS.map((k) => ({ value: k, label: t(`submissions.kind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="submittedOn" label={t('submissions.submittedOn')} rules={[rules.required]}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="adopted" label={t('submissions.adoptedLabel')} valuePropName="checked">
        <Switch />
      </Form.Item>
      {adopted && (
        <Form.Item name="adoptedBy" label={t('submissions.adoptedBy')} rules={[rules.max(200)]}>
          <Input placeholder={t('submissions.adoptedByHint')} />
        </Form.Item>
      )}
      <Form.Item name="note" label={t('submissions.note')} rules={rules.note}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
