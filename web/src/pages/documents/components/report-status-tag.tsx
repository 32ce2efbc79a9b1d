import { Tag } from 'antd';
import type { ReportStatus } from '@yuqing/common';
import { useT } from '../../../i18n';

const COLORS: Record<ReportStatus, string> = { draft: 'default', edited: 'processing', approved: 'cyan', submitted: 'green', returned: 'red' };

export function ReportStatusTag({ status }: { status: ReportStatus }) {
  const t = useT();
  return (
    <Tag color={COLORS[status]} data-testid="report-status">
      {t(`documents.status.${status}`)}
    </Tag>
  );
}
