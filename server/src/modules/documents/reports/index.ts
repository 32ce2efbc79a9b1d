/** Report kinds over the document engine: drafted from the records, edited, approved, sent up the tree. */
export { reportRoutes } from './report.routes.js';
export { draftContent } from './kinds.js';
export { renderReport } from './render.js';
export { parsePeriod, beijingDate, type Period } from './period.js';
export { createReport, draftDue, periodFor } from './report.service.js';
export { dueOn } from './schedule.js';
export { submittedQuarterlyReports } from './report.repository.js';
export { reportCommand } from './report-command.js';
