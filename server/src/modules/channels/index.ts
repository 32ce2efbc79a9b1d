export { channelRoutes } from './channel.routes.js';
export { createChannel, channelInScope, getChannel, listChannels, type ChannelInput } from './channel.service.js';
export { evaluateHealth, DEFAULT_HEALTH_RULES } from './health.js';
export { notifyFlagged, refreshFromFeeds } from './channel-jobs.js';
