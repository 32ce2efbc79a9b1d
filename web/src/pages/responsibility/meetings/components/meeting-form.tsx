import { Checkbox, DatePicker, Form, Input, Select, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { MEETING_KINDS, MEETING_KIND_LABELS, type MeetingKind } from '@yuqing/common';
import { recordMeeting, responsibilityKeys } from '../../../../api/responsibility';
import { FormModal } from '../../../../components/form-modal';
import { UnitTreeSelect } from '../../../../components/unit-tree-select';
import { usePeopleOfUnit } from '../../../../hooks/use-org';
import { useWrite } from '../../../../hooks/use-write';
import { optionsOf } from '../../../../lib/format';
import { useLocale, useT } from '../../../../i18n';

interface Values {
  unitId: number;
  kind: MeetingKind;
  heldOn: Dayjs;
  title: string;
  topics?: string;
  minutes?: string;
  attendance: { personId: number; present: boolean; absenceReason?: string }[];
}

/** Records a meeting or study session with the unit's people marked present or absent (with a reason). */
export function MeetingForm({ unitId: initialUnit, onClose }: { unitId: number; onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const [form] = Form.useForm<Values>();
  const unitId = Form.useWatch('unitId', form) ?? initialUnit;
  const { data: people = [] } = usePeopleOfUnit(unitId);
  const attendance = Form.useWatch('attendance', form) ?? [];
  const save = useWrite(
    (v: Values) =>
      recordMeeting({
        unitId: v.unitId,
        kind: v.kind,
        heldOn: v.heldOn.format('YYYY-MM-DD'),
        title: v.title,
        topics: v.topics ?? null,
        minutes: v.minutes ?? null,
        attendance: (v.attendance ?? []).map((a) => ({ personId: a.personId, present: a.present, absenceReason: a.present ? null : (a.absenceReason ?? null) })),
      }),
    { invalidate: [responsibilityKeys.all], done: 'responsibility.meeting.recorded' },
  );
  // Everyone of the unit is listed, present by default: the office marks who was away and why.
  const rows = people.map((p, i) => ({ ...p, index: i }));

  return (
    <FormModal<Values>
      title={t('responsibility.meeting.record')}
      form={form}
      width={820}
      initialValues={{ unitId: initialUnit, kind: 'central_study', heldOn: dayjs() }}
      onSubmit={(v) => save.mutateAsync(v)}
      onClose={onClose}
      testId="meeting-form"
    >
      <Form.Item name="unitId" label={t('responsibility.unit')} rules={[{ required: true }]}>
        <UnitTreeSelect onChange={() => form.setFieldValue('attendance', [])} />
      </Form.Item>
      <Form.Item name="kind" label={t('responsibility.meeting.kind')} rules={[{ required: true }]}>
        <Select options={optionsOf(MEETING_KINDS, MEETING_KIND_LABELS, locale)} data-testid="meeting-kind" />
      </Form.Item>
      <Form.Item name="heldOn" label={t('responsibility.meeting.heldOn')} rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="title" label={t('responsibility.meeting.title')} rules={[{ required: true, whitespace: true }]}>
        <Input data-testid="meeting-title" />
      </Form.Item>
      <Form.Item name="topics" label={t('responsibility.meeting.topics')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="minutes" label={t('responsibility.meeting.minutes')}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item label={t('responsibility.meeting.attendance')}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: t('common.name'), dataIndex: 'name', width: 120 },
            { title: t('org.person.title'), dataIndex: 'title' },
            {
              title: t('responsibility.meeting.present'),
              key: 'present',
              width: 70,
              render: (_, p) => (
                <>
                  <Form.Item name={['attendance', p.index, 'personId']} initialValue={p.id} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={['attendance', p.index, 'present']} initialValue valuePropName="checked" noStyle>
                    <Checkbox />
                  </Form.Item>
                </>
              ),
            },
            {
              title: t('responsibility.meeting.absenceReason'),
              key: 'reason',
              width: 220,
              render: (_, p) =>
                attendance[p.index]?.present === false && (
                  <Form.Item name={['attendance', p.index, 'absenceReason']} rules={[{ required: true, whitespace: true }]} style={{ margin: 0 }}>
                    <Input size="small" data-testid="absence-reason" />
                  </Form.Item>
                ),
            },
          ]}
        />
      </Form.Item>
    </FormModal>
  );
}
