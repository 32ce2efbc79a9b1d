import { formatDateTime, GRADE_NAMES, type Grade } from '@yuqing/common';
import type { Database } from '../../../db/database.js';
import { sendToUnit, type DeliveryConfig, type OutboundMessage } from '../../platform/delivery/index.js';
import type { LiveAlert } from './alert-bus.js';
import * as repo from './alert.repository.js';

const TRIGGER_ZH: Record<string, string> = { new: '新事件', rise: '级别升高', watch: '重要节点期间' };

/** An alert as the robots, the mail and the webhook carry it: Chinese, as the office forwards it. */
export function alertMessage(a: LiveAlert): OutboundMessage {
  const grade = GRADE_NAMES[a.grade as Grade];
  const lines = [
    `级别：${grade['zh-CN']}（${grade.roman}级）`,
    `触发：${TRIGGER_ZH[a.trigger] ?? a.trigger}${a.watchPeriodName ? `「${a.watchPeriodName}」` : ''}`,
    `单位：${a.unitName}`,
    ...(a.topicName ? [`主题：${a.topicName}`] : []),
    `时间：${formatDateTime(a.createdAt)}`,
  ];
  return { title: `【${grade.roman}级预警】${a.title}`, text: lines.join('\n'), link: `/monitoring/events/${a.eventId}` };
}

/**
 * Sends the alerts to the unit's targets for alerts (robots, mail, webhook), once per alert; those
 * held by quiet hours stay in the app and the digest. The outcome is kept on the alert. Never
 * throws: a robot that is down must not undo the alert, and the delivery module retries by itself.
 */
export async function deliverAlerts(db: Database, alerts: readonly LiveAlert[], config: DeliveryConfig): Promise<void> {
  await Promise.all(
    alerts
      .filter((a) => !a.quiet)
      .map(async (a) => {
        const outcome = await sendToUnit(db, a.unitId, 'alert', alertMessage(a), `alert:${a.id}`, config).catch((err: Error) => [{ error: err.message }]);
        await repo.setDelivery(db, a.id, outcome, new Date().toISOString());
      }),
  );
}
