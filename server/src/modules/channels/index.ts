export { channelRoutes } from './channel.routes.js';
export { createChannel, channelInScope, listChannels } from './channel.service.js';
export { evaluateHealth, DEFAULT_HEALTH_RULES } from './health.js';
