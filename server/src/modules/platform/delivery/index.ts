export type { DeliveryKind, DeliveryPurpose, OutboundMessage, DeliveryTarget, DeliveryResult, DeliveryFailure, DeliveryConfig, SmtpConfig } from './types.js';
export { deliverNow } from './deliver.js';
export { sendToUnit, runDeliveryJob, deliveryJobHandler, DELIVERY_QUEUE, type DeliveryJobPayload } from './send-to-unit.js';
export { deliveryRoutes } from './delivery.routes.js';
