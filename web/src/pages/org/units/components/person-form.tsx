import { useQuery } from '@tanstack/react-query';
import { Form, Input, Select, Spin } from 'antd';
import { createPerson, getPerson, orgKeys, updatePerson, type PersonDetail } from '../../../../api/org';
import { FormModal } from '../../../../components/form-modal';
import { useFormRules } from '../../../../hooks/use-form-rules';
import { useDepartments } from '../../../../hooks/use-org';
import { useWrite } from '../../../../hooks/use-write';
import { useT } from '../../../../i18n';

interface Values {
  name: string;
  title?: string;
  departmentId?: number;
  oversees?: number[];
}

function initialValuesOf(detail: PersonDetail): Values {
  const p = detail.person;
  return { name: p.name, title: p.title ?? undefined, departmentId: p.departmentId ?? undefined, oversees: detail.oversees.map((d) => d.id) };
}

/** Adds a person to the unit, or edits one when `personId` is given. Moves between units go through the move form, with a reason. */
export function PersonForm({ unitId, personId, onClose }: { unitId: number; personId?: number; onClose: () => void }) {
  const t = useT();
  const rules = useFormRules();
  const { data: departments = [] } = useDepartments(unitId);
  // The list row lacks the overseen departments; editing needs the full record.
  const detail = useQuery({ queryKey: orgKeys.person(personId ?? 0), queryFn: () => getPerson(personId!), enabled: personId !== undefined });
  const save = useWrite(
    (v: Values) => {
      const fields = { name: v.name, title: v.title || null, departmentId: v.departmentId ?? null, oversees: v.oversees ?? [] };
      return personId ? updatePerson(personId, fields) : createPerson({ unitId, ...fields });
    },
    { invalidate: [orgKeys.all] },
  );

  if (personId !== undefined && !detail.data) return detail.isPending ? <Spin fullscreen /> : null;

  // Someone may oversee a department of another unit in scope; it keeps its name in the picker.
  const departmentOptions = departments.map((d) => ({ value: d.id, label: d.name }));
  const oversightOptions = [
    ...departmentOptions,
    ...(detail.data?.oversees ?? []).filter((o) => !departments.some((d) => d.id === o.id)).map((o) => ({ value: o.id, label: o.name })),
  ];

  return (
    <FormModal<Values>
      title={personId ? t('org.person.edit') : t('org.person.add')}
      initialValues={detail.data ? initialValuesOf(detail.data) : {}}
      onSubmit={save.mutateAsync}
      onClose={onClose}
      testId="person-form"
    >
      <Form.Item name="name" label={t('org.person.name')} rules={rules.name}>
        <Input data-testid="person-name" />
      </Form.Item>
      <Form.Item name="title" label={t('org.person.title')} rules={rules.title}>
        <Input />
      </Form.Item>
      <Form.Item name="departmentId" label={t('org.person.department')}>
        <Select allowClear options={departmentOptions} placeholder={t('org.person.noDepartment')} />
      </Form.Item>
      <Form.Item name="oversees" label={t('org.person.oversees')} extra={t('org.person.overseesHint')}>
        <Select mode="multiple" allowClear options={oversightOptions} optionFilterProp="label" />
      </Form.Item>
    </FormModal>
  );
}
