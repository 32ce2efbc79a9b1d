export { publishingRoutes } from './publishing.routes.js';
export { listPublications } from './publication.service.js';
export { createSubmission, listSubmissions, submissionTally } from './submission.service.js';
export { LINK_CHECK_QUEUE, runLinkCheck, type LinkCheckPayload } from './link-check.job.js';
