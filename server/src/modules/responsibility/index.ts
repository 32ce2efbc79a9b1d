export { responsibilityRoutes } from './responsibility.routes.js';
export { createPlan, addTask } from './plan.service.js';
export { recordMeeting, setQuotas } from './meeting.service.js';
export { reconcile } from './evidence.service.js';
export { flagOverdue, OVERDUE_QUEUE } from './overdue.job.js';
export { responsibilityDashboard } from './dashboard.service.js';
export { createRisk } from './risks/risk.service.js';
export { recordInspection } from './inspections/inspection.service.js';
export { draftQuarterlyReports, DRAFT_REPORTS_QUEUE } from './analysis/report.job.js';
