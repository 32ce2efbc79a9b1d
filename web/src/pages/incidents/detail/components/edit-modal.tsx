import { Form, Input, InputNumber } from 'antd';
import { updateIncident, type IncidentDetail } from '../../../../api/incidents';
import { FormModal } from '../../../../components/form-modal';
import { useT } from '../../../../i18n';
import { useIncidentWrite } from '../../components/use-incident';

type Values = { title: string; summary: string; place?: string; grade: number; gradeReason?: string };

/** The incident's own facts and its grade; a changed grade needs its reason (the server says so on the field). */
export function EditModal({ d, onClose }: { d: IncidentDetail; onClose: () => void }) {
  const t = useT();
  const save = useIncidentWrite(d.id, (v: Values) => updateIncident(d.id, { ...v, place: v.place || null, gradeReason: v.gradeReason || undefined, version: d.version }));
  return (
    <FormModal<Values> title={t('incidents.edit.title')} initialValues={{ title: d.title, summary: d.summary, place: d.place ?? undefined, grade: d.grade }} onSubmit={save.mutateAsync} onClose={onClose} testId="incident-edit">
      <Form.Item name="title" label={t('incidents.openForm.name')} rules={[{ required: true, max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="grade" label={t('incidents.openForm.grade')} rules={[{ required: true }]}>
        <InputNumber min={1} max={4} data-testid="edit-grade" />
      </Form.Item>
      <Form.Item name="gradeReason" label={t('incidents.edit.gradeReason')}>
        <Input.TextArea rows={2} data-testid="edit-grade-reason" />
      </Form.Item>
      <Form.Item name="place" label={t('incidents.openForm.place')}>
        <Input />
      </Form.Item>
      <Form.Item name="summary" label={t('incidents.openForm.summary')}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
