/**
 * Events (事件): matching items to topics, clustering them into events, the events' figures and
 * grades (分级), and the routes that show, merge and split them.
 */
export { processStoredItems, type ProcessDeps, type ProcessResult } from './process.js';
export { DEFAULT_GRADE_RULES, gradeEvent, GRADE_METRICS, TIER_RANK, type GradeFigures, type GradeReason, type GradeRule, type Grading } from './grading.js';
export { Clusterer, CLUSTER_DEFAULTS, type ClusterItem, type ClusterOptions } from './cluster.js';
export { eventRoutes } from './event.routes.js';
export { computeFigures, gradeFigures, type EventFigures, type FigureItem } from './figures.js';
