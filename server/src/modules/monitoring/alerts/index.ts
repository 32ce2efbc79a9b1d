/**
 * Alerts (预警): the rules that decide them, their records, the live feed over Server-Sent Events,
 * each unit's quiet hours, watch periods (重要节点) and daily digest (日报), and their outbound delivery.
 */
export { alertBus, AlertBus, type LiveAlert } from './alert-bus.js';
export { raiseAlerts } from './raise-alerts.js';
export { alertRoutes } from './alert.routes.js';
export { deliverAlerts } from './outbound.js';
export { runDigestJob, DIGEST_QUEUE } from './digest.js';
