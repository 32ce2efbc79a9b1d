/** Report kinds over the document engine: drafted from the records, edited, approved, sent up the tree. */
export { reportRoutes } from './report.routes.js';
export { REPORT_KINDS, draftContent, type ReportKind } from './kinds.js';
export { REPORT_FORMATS, renderReport, type ReportFormat } from './render.js';
export { parsePeriod, beijingDate, type Period } from './period.js';
export { createReport, draftDue, periodFor } from './report.service.js';
export { dueOn } from './schedule.js';
export { reportCommand } from './report-command.js';
