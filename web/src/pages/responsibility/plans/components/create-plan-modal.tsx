import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Form, InputNumber, Select, Table, Typography } from 'antd';
import { createPlan, listTemplates, responsibilityKeys, suggestMapping, type LeaderRole, type PlanDetail } from '../../../../api/responsibility';
import { FormModal } from '../../../../components/form-modal';
import { UnitTreeSelect } from '../../../../components/unit-tree-select';
import { useDepartments, usePeopleOfUnit } from '../../../../hooks/use-org';
import { useWrite } from '../../../../hooks/use-write';
import { useLocale, useT } from '../../../../i18n';

interface Values {
  unitId: number;
  year: number;
  templateKey: string;
  departments: Record<string, number | null>;
  leaders: Partial<Record<LeaderRole, number | null>>;
}

/**
 * Instantiates a seed template for a unit and year. The template's department names are matched to
 * the unit's by name first; what stays unmatched is kept on the tasks as written.
 */
export function CreatePlanModal({ unitId: initialUnit, year, onClose }: { unitId: number; year: number; onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const unitId = Form.useWatch('unitId', form) ?? initialUnit;
  const templateKey = Form.useWatch('templateKey', form);
  const templates = useQuery({ queryKey: responsibilityKeys.templates, queryFn: listTemplates, select: (r) => r.templates });
  const template = templates.data?.find((x) => x.key === templateKey);
  const { data: departments = [] } = useDepartments(unitId);
  const { data: people = [] } = usePeopleOfUnit(unitId);
  const suggestion = useQuery({ queryKey: ['responsibility', 'mapping', unitId, templateKey], queryFn: () => suggestMapping(unitId, templateKey!), enabled: !!templateKey });
  useEffect(() => {
    if (suggestion.data) form.setFieldsValue({ departments: suggestion.data.departments });
  }, [suggestion.data, form]);
  const create = useWrite((v: Values) => createPlan({ unitId: v.unitId, year: v.year, templateKey: v.templateKey, mapping: { departments: v.departments ?? {}, leaders: v.leaders ?? {} } }), {
    invalidate: [responsibilityKeys.all],
    done: (p: PlanDetail) => t('responsibility.plan.created', { count: p.tasks.length }),
    onSaved: (p) => navigate(`/responsibility/plans/${p.id}`),
  });

  return (
    <FormModal<Values> title={t('responsibility.plan.create')} form={form} initialValues={{ unitId: initialUnit, year }} onSubmit={(v) => create.mutateAsync(v)} onClose={onClose} width={760} testId="create-plan-form">
      <Form.Item name="unitId" label={t('responsibility.unit')} rules={[{ required: true }]}>
        <UnitTreeSelect />
      </Form.Item>
      <Form.Item name="year" label={t('responsibility.year')} rules={[{ required: true }]}>
        <InputNumber min={2000} max={2100} />
      </Form.Item>
      <Form.Item name="templateKey" label={t('responsibility.plan.template')} rules={[{ required: true }]}>
        <Select
          data-testid="template-select"
          options={(templates.data ?? []).map((x) => ({ value: x.key, label: `${x.title[locale]}（${x.seed}）` }))}
        />
      </Form.Item>
      {template && (
        <>
          <Typography.Text strong>{t('responsibility.plan.mapping')}</Typography.Text>
          <Typography.Paragraph type="secondary">{t('responsibility.plan.mappingHint')}</Typography.Paragraph>
          <Table
            size="small"
            pagination={false}
            rowKey="name"
            dataSource={template.departments.map((name) => ({ name }))}
            columns={[
              { title: t('responsibility.plan.templateName'), dataIndex: 'name', width: 200 },
              {
                title: t('responsibility.plan.ourDepartment'),
                key: 'dept',
                render: (_, r) => (
                  <Form.Item name={['departments', r.name]} noStyle>
                    <Select allowClear style={{ width: 240 }} options={departments.map((d) => ({ value: d.id, label: d.name }))} />
                  </Form.Item>
                ),
              },
            ]}
          />
          <Typography.Paragraph strong style={{ marginTop: 16 }}>
            {t('responsibility.plan.leaders')}
          </Typography.Paragraph>
          {template.leaderRoles.map((role) => (
            <Form.Item key={role} name={['leaders', role]} label={t(`responsibility.plan.leaderRole.${role}`)}>
              <Select allowClear showSearch optionFilterProp="label" options={people.map((p) => ({ value: p.id, label: `${p.name}${p.title ? `（${p.title}）` : ''}` }))} />
            </Form.Item>
          ))}
        </>
      )}
    </FormModal>
  );
}
