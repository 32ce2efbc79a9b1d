import { Checkbox, Col, Form, Input, Row, Select, Switch } from 'antd';
import { DELIVERY_KIND_LABELS, DELIVERY_KINDS, DELIVERY_LIMITS, DELIVERY_PURPOSE_LABELS, DELIVERY_PURPOSES, type DeliveryKind, type DeliveryPurpose } from '@yuqing/common';
import { createTarget, deliveryKeys, updateTarget, type DeliveryTarget, type DeliveryTargetInput } from '../../../api/delivery';
import { FormModal } from '../../../components/form-modal';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useFormRules } from '../../../hooks/use-form-rules';
import { useMe } from '../../../hooks/use-me';
import { useWrite } from '../../../hooks/use-write';
import { useLocale, useT } from '../../../i18n';
import { optionsOf } from '../../../lib/format';

interface Values {
  unitId: number;
  name: string;
  kind: DeliveryKind;
  purposes: DeliveryPurpose[];
  url?: string;
  secret?: string;
  clearSecret?: boolean;
  recipients?: string[];
  enabled: boolean;
  internal: boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The address and the secret come back from the server only masked, so the edit form starts them
 * empty: left empty they stay as saved, typed they replace it.
 */
function inputOf(v: Values, target: DeliveryTarget | undefined, isAdmin: boolean): DeliveryTargetInput {
  const email = v.kind === 'email';
  const secret = v.secret?.trim() ? v.secret.trim() : v.clearSecret ? null : undefined;
  return {
    unitId: v.unitId,
    name: v.name,
    kind: v.kind,
    purposes: v.purposes,
    enabled: v.enabled,
    recipients: email ? (v.recipients ?? []) : [],
    url: email ? null : v.url?.trim() || (target ? undefined : null),
    secret: email ? null : target ? secret : (secret ?? null),
    // Only an administrator may set it; the server refuses it from anyone else.
    internal: isAdmin ? v.internal : undefined,
  };
}

/** Adds a delivery target to a unit, or edits one when `target` is given. */
export function TargetForm({ target, unitId, onClose }: { target?: DeliveryTarget; unitId: number; onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const rules = useFormRules();
  const { data: me } = useMe();
  const isAdmin = me?.roles.includes('admin') ?? false;
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? target?.kind ?? 'wecom';
  const save = useWrite(
    (v: Values) => {
      const { unitId: unit, ...patch } = inputOf(v, target, isAdmin);
      return target ? updateTarget(target.id, patch) : createTarget({ unitId: unit, ...patch });
    },
    { invalidate: [deliveryKeys.all] },
  );
  const initialValues: Partial<Values> = target
    ? { unitId: target.unitId, name: target.name, kind: target.kind, purposes: target.purposes, recipients: target.recipients, enabled: target.enabled, internal: target.internal }
    : { unitId, kind: 'wecom', purposes: ['alert', 'incident'], enabled: true, internal: false };
  const needsSecret = kind === 'webhook' && !target?.hasSecret;

  return (
    <FormModal<Values> form={form} title={target ? t('delivery.edit') : t('delivery.add')} initialValues={initialValues} onSubmit={save.mutateAsync} onClose={onClose} width={680} testId="delivery-form">
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="unitId" label={t('org.person.unit')} rules={[rules.required]}>
            <UnitTreeSelect disabled={target !== undefined} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="kind" label={t('delivery.kind')} rules={[rules.required]}>
            <Select options={optionsOf(DELIVERY_KINDS, DELIVERY_KIND_LABELS, locale)} data-testid="delivery-kind" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="name" label={t('common.name')} rules={rules.name}>
            <Input data-testid="delivery-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="purposes" label={t('delivery.purposes')} rules={[{ ...rules.required, type: 'array', min: 1 }]}>
            <Checkbox.Group options={optionsOf(DELIVERY_PURPOSES, DELIVERY_PURPOSE_LABELS, locale)} />
          </Form.Item>
        </Col>
        {kind === 'email' ? (
          <Col span={24}>
            <Form.Item
              name="recipients"
              label={t('delivery.recipients')}
              extra={t('delivery.recipientsHint')}
              rules={[
                { ...rules.required, type: 'array', min: 1 },
                { validator: (_, list?: string[]) => ((list ?? []).every((a) => EMAIL.test(a)) ? Promise.resolve() : Promise.reject(new Error(t('delivery.recipientsHint')))) },
              ]}
            >
              <Select mode="tags" open={false} tokenSeparators={[',', '，', ';', ' ']} maxCount={DELIVERY_LIMITS.recipientsMax} data-testid="delivery-recipients" />
            </Form.Item>
          </Col>
        ) : (
          <>
            <Col span={24}>
              <Form.Item
                name="url"
                label={t('delivery.url')}
                extra={target?.url ? t('delivery.urlKeep', { url: target.url }) : t('delivery.urlHint')}
                rules={[{ ...rules.required, required: !target }, ...rules.url.slice(0, 1), rules.max(DELIVERY_LIMITS.urlMax)]}
              >
                <Input placeholder="https://" data-testid="delivery-url" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="secret"
                label={t('delivery.secret')}
                extra={target?.secret ? t('delivery.secretKeep', { secret: target.secret }) : t('delivery.secretHint')}
                rules={[{ ...rules.required, required: needsSecret }, rules.max(DELIVERY_LIMITS.secretMax)]}
              >
                <Input.Password autoComplete="new-password" data-testid="delivery-secret" />
              </Form.Item>
            </Col>
            {target?.hasSecret && kind !== 'webhook' && (
              <Col xs={24} md={12}>
                <Form.Item name="clearSecret" valuePropName="checked" label=" ">
                  <Checkbox>{t('delivery.clearSecret')}</Checkbox>
                </Form.Item>
              </Col>
            )}
          </>
        )}
        <Col xs={12} md={6}>
          <Form.Item name="enabled" label={t('delivery.enabled')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        {kind !== 'email' && (
          <Col xs={12} md={18}>
            <Form.Item name="internal" label={t('delivery.internal')} valuePropName="checked" extra={t('delivery.internalHint')}>
              <Switch disabled={!isAdmin} data-testid="delivery-internal" />
            </Form.Item>
          </Col>
        )}
      </Row>
    </FormModal>
  );
}
