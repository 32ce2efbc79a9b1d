import { Form, Input } from 'antd';
import { returnReport, reportKeys, type Report } from '../../../api/reports';
import { FormModal } from '../../../components/form-modal';
import { useQueryClient } from '@tanstack/react-query';
import { useT } from '../../../i18n';

/** The superior sends a received report back to its unit with comments. */
export function ReturnDialog({ report, onClose }: { report: Pick<Report, 'id' | 'title'>; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  return (
    <FormModal<{ comment: string }>
      title={`${t('documents.returnAction')}：${report.title}`}
      okText={t('documents.returnAction')}
      testId="return-report"
      onClose={onClose}
      onSubmit={async (v) => {
        await returnReport(report.id, v.comment);
        await qc.invalidateQueries({ queryKey: reportKeys.all });
      }}
    >
      <Form.Item name="comment" label={t('documents.returnComment')} rules={[{ required: true, whitespace: true, message: t('common.rules.required') }, { max: 2000, message: t('common.rules.max', { max: 2000 }) }]}>
        <Input.TextArea rows={4} maxLength={2000} data-testid="return-comment" />
      </Form.Item>
    </FormModal>
  );
}
