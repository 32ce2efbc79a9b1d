import { Form, Input, InputNumber, Select, Switch } from 'antd';
import { SOURCE_KINDS, type MediaTier, type SourceKind } from '@yuqing/common';
import { createSource, monitoringKeys, updateSource, type Source, type SourceConfig } from '../../../../api/monitoring';
import { FormModal } from '../../../../components/form-modal';
import { UnitTreeSelect } from '../../../../components/unit-tree-select';
import { useFormRules } from '../../../../hooks/use-form-rules';
import { useWrite } from '../../../../hooks/use-write';
import { useT } from '../../../../i18n';
import { useTierOptions } from '../../components/labels';

interface Values {
  unitId: number;
  name: string;
  kind: SourceKind;
  url?: string;
  mediaTier: MediaTier;
  intervalMinutes: number;
  enabled: boolean;
  internal: boolean;
  selector?: string;
  itemsPath?: string;
  mapping?: string;
}

const POLLED: SourceKind[] = ['feed', 'page', 'api'];

function configOf(v: Values): SourceConfig {
  return {
    ...(v.selector ? { selector: v.selector } : {}),
    ...(v.itemsPath ? { itemsPath: v.itemsPath } : {}),
    ...(v.mapping ? { mapping: JSON.parse(v.mapping) } : {}),
  };
}

/** Adds a source to a unit, or edits one; the kind is fixed once created. */
export function SourceForm({ source, unitId, canSetInternal, onClose }: { source?: Source; unitId: number; canSetInternal: boolean; onClose: () => void }) {
  const t = useT();
  const rules = useFormRules();
  const tiers = useTierOptions();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? source?.kind ?? 'feed';
  const save = useWrite(
    (v: Values) => {
      const common = { name: v.name, mediaTier: v.mediaTier, intervalMinutes: v.intervalMinutes, enabled: v.enabled, config: configOf(v), ...(POLLED.includes(v.kind ?? kind) ? { url: v.url } : {}) };
      const withInternal = canSetInternal ? { ...common, internal: v.internal } : common;
      return source ? updateSource(source.id, withInternal) : createSource({ unitId: v.unitId, kind: v.kind, ...withInternal });
    },
    { invalidate: [monitoringKeys.sources] },
  );
  const initialValues: Partial<Values> = source
    ? {
        unitId: source.unitId,
        name: source.name,
        kind: source.kind,
        url: source.url ?? undefined,
        mediaTier: source.mediaTier,
        intervalMinutes: source.intervalMinutes,
        enabled: source.enabled,
        internal: source.internal,
        selector: source.config.selector,
        itemsPath: source.config.itemsPath,
        mapping: source.config.mapping ? JSON.stringify(source.config.mapping) : undefined,
      }
    : { unitId, kind: 'feed', mediaTier: 'local', intervalMinutes: 30, enabled: true, internal: false };
  const mappingRule = {
    validator: async (_: unknown, value?: string) => {
      if (!value) return;
      const parsed: unknown = JSON.parse(value);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error();
    },
    message: t('monitoring.source.mappingInvalid'),
  };

  return (
    <FormModal<Values> form={form} title={source ? t('monitoring.source.edit') : t('monitoring.source.add')} initialValues={initialValues} onSubmit={save.mutateAsync} onClose={onClose} width={640} testId="source-form">
      <Form.Item name="unitId" label={t('org.person.unit')} rules={[rules.required]}>
        <UnitTreeSelect disabled={source !== undefined} />
      </Form.Item>
      <Form.Item name="kind" label={t('monitoring.source.kind')} rules={[rules.required]}>
        <Select disabled={source !== undefined} options={SOURCE_KINDS.map((k) => ({ value: k, label: t(`monitoring.kinds.${k}`) }))} data-testid="source-kind" />
      </Form.Item>
      <Form.Item name="name" label={t('monitoring.source.name')} rules={rules.name}>
        <Input data-testid="source-name" />
      </Form.Item>
      {POLLED.includes(kind) && (
        <Form.Item name="url" label={t('monitoring.source.url')} rules={[rules.required, { type: 'url', message: t('monitoring.source.url') }]}>
          <Input placeholder="https://" data-testid="source-url" />
        </Form.Item>
      )}
      <Form.Item name="mediaTier" label={t('monitoring.source.tier')} rules={[rules.required]}>
        <Select options={tiers} data-testid="source-tier" />
      </Form.Item>
      {POLLED.includes(kind) && (
        <Form.Item name="intervalMinutes" label={t('monitoring.source.interval')} rules={[rules.required]}>
          <InputNumber min={1} max={10080} />
        </Form.Item>
      )}
      {kind === 'page' && (
        <Form.Item name="selector" label={t('monitoring.source.selector')}>
          <Input placeholder="#content" />
        </Form.Item>
      )}
      {kind === 'api' && (
        <Form.Item name="itemsPath" label={t('monitoring.source.itemsPath')}>
          <Input />
        </Form.Item>
      )}
      {(kind === 'api' || kind === 'push' || kind === 'import') && (
        <Form.Item name="mapping" label={t('monitoring.source.mapping')} rules={[mappingRule]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      )}
      <Form.Item name="enabled" label={t('monitoring.source.enabled')} valuePropName="checked">
        <Switch />
      </Form.Item>
      {canSetInternal && POLLED.includes(kind) && (
        <Form.Item name="internal" label={t('monitoring.source.internal')} valuePropName="checked">
          <Switch />
        </Form.Item>
      )}
    </FormModal>
  );
}
