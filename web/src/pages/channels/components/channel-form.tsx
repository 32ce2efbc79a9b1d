import { Col, DatePicker, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { CHANNEL_KIND_LABELS, CHANNEL_KINDS, CHANNEL_STATUSES, LIMITS, type ChannelKind, type ChannelStatus } from '@yuqing/common';
import { channelKeys, createChannel, updateChannel, type Channel, type ChannelInput } from '../../../api/channels';
import { FormModal } from '../../../components/form-modal';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useFormRules } from '../../../hooks/use-form-rules';
import { useDepartments, usePeopleOfUnit } from '../../../hooks/use-org';
import { useWrite } from '../../../hooks/use-write';
import { useLocale, useT } from '../../../i18n';
import { fromPicker, toPicker } from '../../../lib/dates';
import { optionsOf } from '../../../lib/format';

interface Values {
  unitId: number;
  kind: ChannelKind;
  name: string;
  purpose?: string;
  ownerDepartmentId?: number;
  ownerPersonId?: number;
  administrators?: string;
  memberCount?: number | null;
  realNameVerified: boolean;
  link?: string;
  feedUrl?: string;
  reviewCycleDays: number;
  lastUpdateAt?: Dayjs | null;
  oldestUnansweredAt?: Dayjs | null;
  stalestColumnName?: string;
  stalestColumnAt?: Dayjs | null;
  status: ChannelStatus;
  statusReason?: string;
}

type Fields = Omit<ChannelInput, 'unitId'>;

function valuesOf(c: Channel): Values {
  return {
    unitId: c.unitId,
    kind: c.kind,
    name: c.name,
    purpose: c.purpose ?? undefined,
    ownerDepartmentId: c.ownerDepartmentId ?? undefined,
    ownerPersonId: c.ownerPersonId ?? undefined,
    administrators: c.administrators ?? undefined,
    memberCount: c.memberCount,
    realNameVerified: c.realNameVerified,
    link: c.link ?? undefined,
    feedUrl: c.feedUrl ?? undefined,
    reviewCycleDays: c.reviewCycleDays,
    lastUpdateAt: toPicker(c.lastUpdateAt),
    oldestUnansweredAt: toPicker(c.oldestUnansweredAt),
    stalestColumnName: c.stalestColumnName ?? undefined,
    stalestColumnAt: toPicker(c.stalestColumnAt),
    status: c.status,
    statusReason: c.statusReason ?? undefined,
  };
}

/** Empty inputs clear their field (null), so an edit can remove what was there. */
function fieldsOf(v: Values): Fields {
  return {
    kind: v.kind,
    name: v.name,
    purpose: v.purpose || null,
    ownerDepartmentId: v.ownerDepartmentId ?? null,
    ownerPersonId: v.ownerPersonId ?? null,
    administrators: v.administrators || null,
    memberCount: v.memberCount ?? null,
    realNameVerified: v.realNameVerified,
    link: v.link || null,
    feedUrl: v.feedUrl || null,
    reviewCycleDays: v.reviewCycleDays,
    lastUpdateAt: fromPicker(v.lastUpdateAt),
    oldestUnansweredAt: fromPicker(v.oldestUnansweredAt),
    stalestColumnName: v.stalestColumnName || null,
    stalestColumnAt: fromPicker(v.stalestColumnAt),
    status: v.status,
    statusReason: v.statusReason || null,
  };
}

/**
 * Only what the user changed: re-sending an unchanged last update would mark a date the feed read
 * as typed by hand, and the audit log would list fields nobody touched.
 */
function changedFields(before: Fields, after: Fields): Partial<Fields> {
  const keys = Object.keys(after) as (keyof Fields)[];
  return Object.fromEntries(keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).map((k) => [k, after[k]]));
}

const half = { xs: 24, md: 12 };

/** Registers a channel of a unit, or edits one when `channel` is given. The unit is fixed once registered. */
export function ChannelForm({ channel, unitId, onClose }: { channel?: Channel; unitId: number; onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const rules = useFormRules();
  const [form] = Form.useForm<Values>();
  const chosenUnit = Form.useWatch('unitId', form) ?? channel?.unitId ?? unitId;
  const status = Form.useWatch('status', form);
  const { data: departments = [] } = useDepartments(chosenUnit);
  const { data: people = [] } = usePeopleOfUnit(chosenUnit);
  const save = useWrite(
    (v: Values) => (channel ? updateChannel(channel.id, changedFields(fieldsOf(valuesOf(channel)), fieldsOf(v))) : createChannel({ unitId: v.unitId, ...fieldsOf(v) })),
    { invalidate: [channelKeys.all] },
  );
  const initialValues: Partial<Values> = channel ? valuesOf(channel) : { unitId, kind: 'wechat_group', realNameVerified: false, reviewCycleDays: 90, status: 'active' };

  return (
    <FormModal<Values> form={form} title={channel ? t('channels.edit') : t('channels.add')} initialValues={initialValues} onSubmit={save.mutateAsync} onClose={onClose} width={760} testId="channel-form">
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item name="unitId" label={t('org.person.unit')} rules={[rules.required]}>
            {/* Owner department and person belong to the unit: another unit means choosing them again. */}
            <UnitTreeSelect disabled={channel !== undefined} onChange={() => form.setFieldsValue({ ownerDepartmentId: undefined, ownerPersonId: undefined })} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="kind" label={t('channels.kind')} rules={[rules.required]}>
            <Select options={optionsOf(CHANNEL_KINDS, CHANNEL_KIND_LABELS, locale)} data-testid="channel-kind" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="name" label={t('common.name')} rules={rules.name}>
            <Input data-testid="channel-name" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="purpose" label={t('channels.purpose')} rules={[rules.max(500)]}>
            <Input />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="ownerDepartmentId" label={t('channels.ownerDepartment')} extra={t('channels.ownerHint')}>
            <Select allowClear options={departments.map((d) => ({ value: d.id, label: d.name }))} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="ownerPersonId" label={t('channels.ownerPerson')}>
            <Select allowClear showSearch optionFilterProp="label" options={people.map((p) => ({ value: p.id, label: p.title ? `${p.name}（${p.title}）` : p.name }))} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="administrators" label={t('channels.administrators')} extra={t('channels.administratorsHint')} rules={[rules.max(200)]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="memberCount" label={t('channels.memberCount')}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="channel-members" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="realNameVerified" label={t('channels.realName')} valuePropName="checked" tooltip={t('channels.realNameVerified')}>
            <Switch data-testid="channel-real-name" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="link" label={t('channels.link')} rules={[rules.max(500)]}>
            <Input />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="feedUrl" label={t('channels.feedUrl')} extra={t('channels.feedUrlHint')} rules={rules.url}>
            <Input placeholder="https://" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="reviewCycleDays" label={t('channels.reviewCycleDays')} rules={[rules.required]}>
            <InputNumber min={1} max={3650} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="lastUpdateAt" label={t('channels.lastUpdate')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="oldestUnansweredAt" label={t('channels.oldestUnanswered')} extra={t('channels.oldestUnansweredHint')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="stalestColumnName" label={t('channels.stalestColumn')} rules={[rules.max(LIMITS.nameMax)]}>
            <Input />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="stalestColumnAt" label={t('channels.stalestColumnAt')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="status" label={t('common.status')} rules={[rules.required]}>
            <Select options={CHANNEL_STATUSES.map((s) => ({ value: s, label: t(`channels.status.${s}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            name="statusReason"
            label={t('channels.statusReason')}
            extra={t('channels.statusReasonHint')}
            rules={[{ ...rules.required, required: status === 'closed' }, rules.max(500)]}
          >
            <Input />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
