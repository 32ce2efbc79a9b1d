export type { DeliveryKind, DeliveryPurpose, OutboundMessage, DeliveryTarget, DeliveryResult, DeliveryFailure, DeliveryConfig, SmtpConfig } from './types.js';
export { deliverNow } from './deliver.js';
export { sendToUnit, deliveryJobHandler, recoverStalled, DELIVERY_QUEUE, DELIVERY_RECOVER_QUEUE, type DeliveryJobPayload } from './send-to-unit.js';
export { deliveryRoutes } from './delivery.routes.js';
