import { DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { EVIDENCE_KINDS, EVIDENCE_KIND_LABELS, MEETING_KIND_LABELS, MEETING_KINDS, RECURRENCE_LABELS, RECURRENCES, type EvidenceKind, type EvidenceRule, type MeetingKind, type Recurrence } from '@yuqing/common';
import { addTask, responsibilityKeys, updateTask, type Task, type TaskInput } from '../../../../api/responsibility';
import { FormModal } from '../../../../components/form-modal';
import { useDepartments, usePeopleOfUnit } from '../../../../hooks/use-org';
import { useWrite } from '../../../../hooks/use-write';
import { useLocale, useT } from '../../../../i18n';
import { optionsOf } from '../../../../lib/format';

interface Values {
  title: string;
  body?: string;
  leadDepartmentIds: number[];
  responsibleDepartmentIds: number[];
  leadNote?: string;
  responsibleNote?: string;
  leaderPersonId?: number | null;
  recurrence: Recurrence;
  dueDate?: Dayjs;
  evidenceKind: EvidenceKind;
  meetingKind?: MeetingKind;
  count?: number;
  progressNote?: string;
}

function evidenceOf(v: Values): EvidenceRule {
  switch (v.evidenceKind) {
    case 'meeting':
      return { kind: 'meeting', meetingKind: v.meetingKind ?? 'central_study', count: v.count ?? 1 };
    case 'submissions':
    case 'channel_review':
      return { kind: v.evidenceKind, count: v.count ?? 1 };
    case 'manual':
      return { kind: 'manual' };
  }
}

/** Adds a task to a plan or edits one: parties of the unit, the leader, the rhythm and what completes each period. */
export function TaskForm({ planId, unitId, task, onClose }: { planId: number; unitId: number; task?: Task; onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const [form] = Form.useForm<Values>();
  const recurrence = Form.useWatch('recurrence', form);
  const evidenceKind = Form.useWatch('evidenceKind', form);
  const { data: departments = [] } = useDepartments(unitId);
  const { data: people = [] } = usePeopleOfUnit(unitId);
  const save = useWrite(
    (v: Values) => {
      const input: TaskInput = {
        title: v.title,
        body: v.body ?? null,
        leadDepartmentIds: v.leadDepartmentIds ?? [],
        responsibleDepartmentIds: v.responsibleDepartmentIds ?? [],
        leadNote: v.leadNote ?? null,
        responsibleNote: v.responsibleNote ?? null,
        leaderPersonId: v.leaderPersonId ?? null,
        recurrence: v.recurrence,
        dueDate: v.recurrence === 'none' && v.dueDate ? v.dueDate.format('YYYY-MM-DD') : null,
        evidence: evidenceOf(v),
        progressNote: v.progressNote ?? null,
      };
      return task ? updateTask(task.id, input) : addTask(planId, input);
    },
    { invalidate: [responsibilityKeys.all] },
  );
  const ev = task?.evidence;
  const deptOptions = departments.map((d) => ({ value: d.id, label: d.name }));

  return (
    <FormModal<Values>
      title={task ? `${task.seq}. ${task.title}` : t('responsibility.task.add')}
      form={form}
      width={760}
      initialValues={{
        title: task?.title,
        body: task?.body ?? undefined,
        leadDepartmentIds: task?.lead.map((d) => d.id) ?? [],
        responsibleDepartmentIds: task?.responsible.map((d) => d.id) ?? [],
        leadNote: task?.leadNote ?? undefined,
        responsibleNote: task?.responsibleNote ?? undefined,
        leaderPersonId: task?.leaderPersonId,
        recurrence: task?.recurrence ?? 'quarterly',
        dueDate: task?.dueDate ? dayjs(task.dueDate) : undefined,
        evidenceKind: ev?.kind ?? 'manual',
        meetingKind: ev?.kind === 'meeting' ? ev.meetingKind : undefined,
        count: ev && 'count' in ev ? ev.count : 1,
        progressNote: task?.progressNote ?? undefined,
      }}
      onSubmit={(v) => save.mutateAsync(v)}
      onClose={onClose}
      testId="task-form"
    >
      <Form.Item name="title" label={t('responsibility.task.title')} rules={[{ required: true, whitespace: true }]}>
        <Input data-testid="task-title" />
      </Form.Item>
      <Form.Item name="body" label={t('responsibility.task.body')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="leadDepartmentIds" label={t('responsibility.task.lead')}>
          <Select mode="multiple" style={{ width: 320 }} options={deptOptions} />
        </Form.Item>
        <Form.Item name="leadNote" label={t('responsibility.task.partiesNote')}>
          <Input style={{ width: 300 }} />
        </Form.Item>
        <Form.Item name="responsibleDepartmentIds" label={t('responsibility.task.responsible')}>
          <Select mode="multiple" style={{ width: 320 }} options={deptOptions} />
        </Form.Item>
        <Form.Item name="responsibleNote" label={t('responsibility.task.partiesNote')}>
          <Input style={{ width: 300 }} />
        </Form.Item>
      </Space>
      <Form.Item name="leaderPersonId" label={t('responsibility.task.leader')}>
        <Select allowClear showSearch optionFilterProp="label" options={people.map((p) => ({ value: p.id, label: `${p.name}${p.title ? `（${p.title}）` : ''}` }))} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="recurrence" label={t('responsibility.task.deadline')} rules={[{ required: true }]}>
          <Select style={{ width: 140 }} options={optionsOf(RECURRENCES, RECURRENCE_LABELS, locale)} />
        </Form.Item>
        {recurrence === 'none' && (
          <Form.Item name="dueDate" label={t('responsibility.task.dueDate')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        )}
        <Form.Item name="evidenceKind" label={t('responsibility.task.evidence')} rules={[{ required: true }]}>
          <Select style={{ width: 160 }} options={optionsOf(EVIDENCE_KINDS, EVIDENCE_KIND_LABELS, locale)} data-testid="task-evidence" />
        </Form.Item>
        {evidenceKind === 'meeting' && (
          <Form.Item name="meetingKind" label={t('responsibility.meeting.kind')} rules={[{ required: true }]}>
            <Select style={{ width: 200 }} options={optionsOf(MEETING_KINDS, MEETING_KIND_LABELS, locale)} data-testid="task-meeting-kind" />
          </Form.Item>
        )}
        {evidenceKind !== 'manual' && (
          <Form.Item name="count" label={t('responsibility.task.count')} rules={[{ required: true }]}>
            <InputNumber min={1} max={100} />
          </Form.Item>
        )}
      </Space>
      <Form.Item name="progressNote" label={t('responsibility.task.progress')}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
