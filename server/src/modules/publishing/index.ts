export { publishingRoutes } from './publishing.routes.js';
export { listPublications } from './publication.service.js';
export { submissionTally } from './submission.service.js';
