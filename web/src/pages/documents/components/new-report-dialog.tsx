import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, Select } from 'antd';
import { REPORT_KINDS, REPORT_PERIOD_PATTERN, type ReportKind } from '@yuqing/common';
import { createReport, reportKeys, type ReportDetail } from '../../../api/reports';
import { FormModal } from '../../../components/form-modal';
import { useT } from '../../../i18n';

interface Values {
  kind: ReportKind;
  period: string;
}

/** The half under way is rarely the one reported on: the default is the last complete half-year. */
function lastHalf(now = new Date()): string {
  const y = now.getFullYear();
  return now.getMonth() < 6 ? `${y - 1}H2` : `${y}H1`;
}

export function NewReportDialog({ onCreated, onClose }: { onCreated: (r: ReportDetail) => void; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  return (
    <FormModal<Values>
      title={t('documents.newReport')}
      okText={t('documents.create')}
      testId="new-report"
      initialValues={{ kind: 'summary', period: lastHalf() }}
      onClose={onClose}
      onSubmit={async (v) => {
        const r = await createReport({ kind: v.kind, period: v.period.trim().toUpperCase() });
        void qc.invalidateQueries({ queryKey: reportKeys.all });
        onCreated(r);
      }}
    >
      <Form.Item name="kind" label={t('documents.kindLabel')} rules={[{ required: true, message: t('common.rules.required') }]}>
        <Select data-testid="new-report-kind" options={REPORT_KINDS.map((k) => ({ value: k, label: t(`documents.kind.${k}`) }))} />
      </Form.Item>
      <Form.Item
        name="period"
        label={t('documents.period')}
        extra={t('documents.periodHelp')}
        rules={[{ required: true, message: t('common.rules.required') }, { pattern: REPORT_PERIOD_PATTERN, transform: (v: string) => v?.trim().toUpperCase(), message: t('documents.periodInvalid') }]}
      >
        <Input data-testid="new-report-period" maxLength={10} />
      </Form.Item>
    </FormModal>
  );
}
