import { Button, Form, Input, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { GROUP_POSITION_LABELS, GROUP_POSITIONS, type GroupPosition } from '@yuqing/common';
import { createLeadingGroup, orgKeys, updateLeadingGroup, type LeadingGroup } from '../../../../api/org';
import { FormModal } from '../../../../components/form-modal';
import { useFormRules } from '../../../../hooks/use-form-rules';
import { useDepartments, usePeopleOfUnit } from '../../../../hooks/use-org';
import { useWrite } from '../../../../hooks/use-write';
import { useLocale, useT } from '../../../../i18n';
import { optionsOf } from '../../../../lib/format';

/** Member rows sit close together, as one list. */
const MEMBER_CELL = { marginBottom: 8 };

interface Values {
  name: string;
  officeDepartmentId?: number;
  duties?: string;
  members?: { personId: number; position: GroupPosition; duty?: string }[];
}

/** A leading group (领导小组) with its office department and its members' positions. Saving replaces the member list. */
export function LeadingGroupForm({ unitId, group, onClose }: { unitId: number; group?: LeadingGroup; onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const rules = useFormRules();
  const { data: departments = [] } = useDepartments(unitId);
  const { data: people = [] } = usePeopleOfUnit(unitId);
  const save = useWrite(
    (v: Values) => {
      const fields = {
        name: v.name,
        officeDepartmentId: v.officeDepartmentId ?? null,
        duties: v.duties || null,
        members: (v.members ?? []).map((m) => ({ personId: m.personId, position: m.position, duty: m.duty || null })),
      };
      return group ? updateLeadingGroup(group.id, fields) : createLeadingGroup({ unitId, ...fields });
    },
    { invalidate: [orgKeys.all] },
  );

  // A member who has since been deactivated is not among the active people, but keeps their name here.
  const personOptions = [
    ...people.map((p) => ({ value: p.id, label: p.title ? `${p.name}（${p.title}）` : p.name })),
    ...(group?.members ?? []).filter((m) => !people.some((p) => p.id === m.personId)).map((m) => ({ value: m.personId, label: m.name })),
  ];
  const initialValues: Values = group
    ? {
        name: group.name,
        officeDepartmentId: group.officeDepartmentId ?? undefined,
        duties: group.duties ?? undefined,
        members: group.members.map((m) => ({ personId: m.personId, position: m.position, duty: m.duty ?? undefined })),
      }
    : { name: '', members: [] };

  return (
    <FormModal<Values> title={group ? t('org.group.edit') : t('org.group.add')} initialValues={initialValues} onSubmit={save.mutateAsync} onClose={onClose} width={680} testId="group-form">
      <Form.Item name="name" label={t('common.name')} rules={rules.name}>
        <Input />
      </Form.Item>
      <Form.Item name="officeDepartmentId" label={t('org.group.office')} extra={t('org.group.officeHint')}>
        <Select allowClear options={departments.map((d) => ({ value: d.id, label: d.name }))} />
      </Form.Item>
      <Form.Item name="duties" label={t('org.group.duties')} rules={rules.note}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.List name="members">
        {(fields, { add, remove }) => (
          <Form.Item label={t('org.group.members')}>
            {fields.map((field) => (
              <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                <Form.Item name={[field.name, 'personId']} rules={[rules.required]} style={MEMBER_CELL}>
                  <Select showSearch optionFilterProp="label" options={personOptions} placeholder={t('org.group.person')} style={{ width: 240 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'position']} rules={[rules.required]} style={MEMBER_CELL}>
                  <Select options={optionsOf(GROUP_POSITIONS, GROUP_POSITION_LABELS, locale)} placeholder={t('org.group.position')} style={{ width: 130 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'duty']} rules={rules.duty} style={MEMBER_CELL}>
                  <Input placeholder={t('org.group.duty')} style={{ width: 180 }} />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(field.name)} aria-label={t('common.delete')} />
              </Space>
            ))}
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ position: 'member' })}>
              {t('org.group.addMember')}
            </Button>
          </Form.Item>
        )}
      </Form.List>
    </FormModal>
  );
}
