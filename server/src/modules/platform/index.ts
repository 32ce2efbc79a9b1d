export { platformRoutes } from './platform.routes.js';
export { healthRoutes } from './health.routes.js';
export { recordAudit, verifyAudit, pick } from './audit.service.js';
export { createAccount, updateAccount, describeMe } from './account.service.js';
export { setupNeeded, setupFirstAdmin } from './setup.service.js';
export { hashPassword } from './password.js';
