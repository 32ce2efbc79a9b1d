import { Form, Input, InputNumber, Select } from 'antd';
import { UNIT_KIND_LABELS, UNIT_KINDS, type UnitKind } from '@yuqing/common';
import { createUnit, orgKeys, updateUnit, type Unit } from '../../../../api/org';
import { platformKeys } from '../../../../api/platform';
import { FormModal } from '../../../../components/form-modal';
import { UnitTreeSelect } from '../../../../components/unit-tree-select';
import { useFormRules } from '../../../../hooks/use-form-rules';
import { useWrite } from '../../../../hooks/use-write';
import { useLocale, useT } from '../../../../i18n';
import { optionsOf } from '../../../../lib/format';

/** `create` adds a subordinate to the unit; `edit` changes the unit itself, its place in the tree included. */
export type UnitFormMode = 'create' | 'edit';

interface Values {
  name: string;
  kind: UnitKind;
  code?: string;
  sort?: number;
  parentId?: number;
}

export function UnitForm({ mode, unit, onClose, onCreated }: { mode: UnitFormMode; unit: Unit; onClose: () => void; onCreated: (id: number) => void }) {
  const t = useT();
  const locale = useLocale();
  const rules = useFormRules();
  const save = useWrite(
    (v: Values) => {
      const fields = { name: v.name, kind: v.kind, code: v.code || null, sort: v.sort ?? 0 };
      if (mode === 'create') return createUnit({ ...fields, parentId: unit.id });
      // Only a changed parent is a move; the top unit has no parent to change.
      const moved = v.parentId !== undefined && v.parentId !== unit.parentId;
      return updateUnit(unit.id, moved ? { ...fields, parentId: v.parentId } : fields);
    },
    {
      // The header's scope counts the units too.
      invalidate: [orgKeys.all, platformKeys.me],
      onSaved: (saved) => mode === 'create' && onCreated(saved.id),
    },
  );
  const initialValues: Partial<Values> =
    mode === 'create'
      ? { kind: 'community', sort: 0 }
      : { name: unit.name, kind: unit.kind, code: unit.code ?? undefined, sort: unit.sort, parentId: unit.parentId ?? undefined };

  return (
    <FormModal<Values>
      title={mode === 'create' ? t('org.unit.addChildOf', { name: unit.name }) : t('org.unit.edit')}
      initialValues={initialValues}
      onSubmit={save.mutateAsync}
      onClose={onClose}
      testId="unit-form"
    >
      <Form.Item name="name" label={t('common.name')} rules={rules.name}>
        <Input />
      </Form.Item>
      <Form.Item name="kind" label={t('org.unit.kind')} rules={[rules.required]}>
        <Select options={optionsOf(UNIT_KINDS, UNIT_KIND_LABELS, locale)} />
      </Form.Item>
      {mode === 'edit' && unit.parentId !== null && (
        <Form.Item name="parentId" label={t('org.unit.parent')} rules={[rules.required]} extra={t('org.unit.parentHint')}>
          <UnitTreeSelect excludeSubtreeOf={unit.id} />
        </Form.Item>
      )}
      <Form.Item name="code" label={t('org.unit.code')} rules={rules.unitCode} extra={t('org.unit.codeHint')}>
        <Input />
      </Form.Item>
      <Form.Item name="sort" label={t('common.sort')}>
        <InputNumber precision={0} />
      </Form.Item>
    </FormModal>
  );
}
