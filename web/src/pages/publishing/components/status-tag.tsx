import { Tag } from 'antd';
import type { PublicationStatus } from '@yuqing/common';
import { useT } from '../../../i18n';

const COLORS: Record<PublicationStatus, string> = { draft: 'default', in_review: 'processing', approved: 'cyan', published: 'green', rejected: 'red' };

export function PublicationStatusTag({ status }: { status: PublicationStatus }) {
  const t = useT();
  return (
    <Tag color={COLORS[status]} data-testid="publication-status">
      {t(`publishing.status.${status}`)}
    </Tag>
  );
}
