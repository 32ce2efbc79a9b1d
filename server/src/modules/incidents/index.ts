export { incidentRoutes } from './incident.routes.js';
export { checkBreaches, BREACH_QUEUE, type Deliver } from './tasks/breach-checker.js';
export { breachJobHandler, deliverToUnit } from './tasks/breach-job.js';
export { incidentFigures } from './figures.service.js';
export { openIncident } from './incident.service.js';
export { plantEvent } from './planted-event.js';
export { heldItemIds } from './incident.repository.js';
export { getIncident } from './incident-detail.service.js';
