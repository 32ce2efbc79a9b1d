import { useEffect, useState, type ReactNode } from 'react';
import { useQuery, type QueryKey } from '@tanstack/react-query';
import { Form, Spin } from 'antd';
import { useWrite } from '../hooks/use-write';
import { useT } from '../i18n';
import { FormModal } from './form-modal';
import { UnitTreeSelect } from './unit-tree-select';

interface UnitSettingsModalProps<Values> {
  title: ReactNode;
  /** The unit shown first; the picker at the top moves to another. */
  unitId: number;
  /** Said under the unit picker, e.g. that subordinate units inherit the setting. */
  unitHint?: ReactNode;
  queryKey: (unitId: number) => QueryKey;
  load: (unitId: number) => Promise<Values>;
  save: (unitId: number, values: Values) => Promise<unknown>;
  /** Queries beyond the setting itself that depend on it (the register's health after new thresholds). */
  invalidate?: QueryKey[];
  onClose: () => void;
  width?: number;
  testId?: string;
  children: ReactNode;
}

/** A setting kept per unit (health thresholds, check terms): pick the unit, edit its values, save. */
export function UnitSettingsModal<Values extends object>(props: UnitSettingsModalProps<Values>) {
  const t = useT();
  const [unitId, setUnitId] = useState(props.unitId);
  const [form] = Form.useForm<Values>();
  const settings = useQuery({ queryKey: props.queryKey(unitId), queryFn: () => props.load(unitId) });
  const save = useWrite((v: Values) => props.save(unitId, v), { invalidate: [props.queryKey(unitId), ...(props.invalidate ?? [])] });
  // The form shows the chosen unit's values: they replace whatever the previous unit's were.
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data as Parameters<typeof form.setFieldsValue>[0]);
  }, [settings.data, form]);

  return (
    <FormModal<Values>
      form={form}
      title={props.title}
      onSubmit={save.mutateAsync}
      onClose={props.onClose}
      // Until the chosen unit's values are in the form, it still holds the previous unit's.
      okDisabled={!settings.data}
      width={props.width}
      testId={props.testId}
    >
      <Form.Item label={t('org.person.unit')} extra={props.unitHint}>
        <UnitTreeSelect value={unitId} onChange={setUnitId} />
      </Form.Item>
      <Spin spinning={settings.isFetching}>{props.children}</Spin>
    </FormModal>
  );
}
