import { Form, Input, InputNumber } from 'antd';
import { createDepartment, orgKeys, updateDepartment, type Department } from '../../../../api/org';
import { FormModal } from '../../../../components/form-modal';
import { useFormRules } from '../../../../hooks/use-form-rules';
import { useWrite } from '../../../../hooks/use-write';
import { useT } from '../../../../i18n';

interface Values {
  name: string;
  duties?: string;
  sort?: number;
}

/** Adds a department to the unit, or edits one when `department` is given. */
export function DepartmentForm({ unitId, department, onClose }: { unitId: number; department?: Department; onClose: () => void }) {
  const t = useT();
  const rules = useFormRules();
  const save = useWrite(
    (v: Values) => {
      const fields = { name: v.name, duties: v.duties || null, sort: v.sort ?? 0 };
      return department ? updateDepartment(department.id, fields) : createDepartment({ unitId, ...fields });
    },
    { invalidate: [orgKeys.all] },
  );
  return (
    <FormModal<Values>
      title={department ? t('org.department.edit') : t('org.department.add')}
      initialValues={department ? { name: department.name, duties: department.duties ?? undefined, sort: department.sort } : { sort: 0 }}
      onSubmit={save.mutateAsync}
      onClose={onClose}
      testId="department-form"
    >
      <Form.Item name="name" label={t('common.name')} rules={rules.name}>
        <Input data-testid="department-name" />
      </Form.Item>
      <Form.Item name="duties" label={t('org.department.duties')} rules={rules.note}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="sort" label={t('common.sort')}>
        <InputNumber precision={0} />
      </Form.Item>
    </FormModal>
  );
}
