import { Form, Input, Select } from 'antd';
import { FormModal } from '../../../../components/form-modal';
import { UnitTreeSelect } from '../../../../components/unit-tree-select';
import { useFormRules } from '../../../../hooks/use-form-rules';
import { useDepartments } from '../../../../hooks/use-org';
import { useT } from '../../../../i18n';

/** Where to, and why; the reason lands in the history. */
interface MoveTarget {
  unitId: number;
  departmentId?: number | null;
  reason: string;
}

interface MoveFormProps {
  title: string;
  from: { unitId: number; departmentId?: number | null };
  /** People move into a department of the target unit; departments move only between units. */
  withDepartment: boolean;
  onSubmit: (to: MoveTarget) => Promise<unknown>;
  onClose: () => void;
}

/** Moving a department or a person: where to, and why. The reason stays in their history. */
export function MoveForm({ title, from, withDepartment, onSubmit, onClose }: MoveFormProps) {
  const t = useT();
  const rules = useFormRules();
  const [form] = Form.useForm<MoveTarget>();
  const unitId = Form.useWatch('unitId', form);
  const { data: departments = [], isFetching } = useDepartments(withDepartment ? unitId : undefined);

  return (
    <FormModal<MoveTarget>
      form={form}
      title={title}
      initialValues={{ unitId: from.unitId, departmentId: from.departmentId ?? undefined }}
      onSubmit={onSubmit}
      onClose={onClose}
      okText={t('org.move.submit')}
      testId="move-form"
    >
      <Form.Item name="unitId" label={t('org.move.toUnit')} rules={[rules.required]}>
        {/* A new unit has other departments: the old choice cannot stay. */}
        <UnitTreeSelect onChange={() => form.setFieldValue('departmentId', undefined)} />
      </Form.Item>
      {withDepartment && (
        <Form.Item name="departmentId" label={t('org.move.toDepartment')}>
          <Select allowClear loading={isFetching} options={departments.map((d) => ({ value: d.id, label: d.name }))} placeholder={t('org.person.noDepartment')} />
        </Form.Item>
      )}
      <Form.Item name="reason" label={t('org.move.reason')} rules={rules.reason}>
        <Input.TextArea rows={3} placeholder={t('org.move.reasonHint')} />
      </Form.Item>
    </FormModal>
  );
}
