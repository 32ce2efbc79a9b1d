import { Badge, type BadgeProps, Tooltip } from 'antd';
import type { DeliveryAttemptStatus } from '@yuqing/common';
import type { DeliveryAttempt } from '../../../api/delivery';
import { useT } from '../../../i18n';

const BADGES: Record<DeliveryAttemptStatus, BadgeProps['status']> = { sending: 'processing', sent: 'success', retrying: 'warning', failed: 'error' };

/** A send's outcome as a badge; the reason of a failure on hover. The reason is the platform's text, shown as text. */
export function AttemptStatus({ attempt }: { attempt: Pick<DeliveryAttempt, 'status' | 'error'> }) {
  const t = useT();
  const badge = <Badge status={BADGES[attempt.status]} text={t(`delivery.attempt.status.${attempt.status}`)} />;
  return attempt.error ? <Tooltip title={attempt.error}>{badge}</Tooltip> : badge;
}
