export * from './roles.js';
export * from './permissions.js';
export * from './limits.js';
export * from './locale.js';
export * from './messages.js';
export * from './time.js';
export * from './channels.js';
export * from './jobs.js';
