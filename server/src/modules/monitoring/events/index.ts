/**
 * Events (事件): matching items to topics, clustering them into events, the events' figures and
 * grades (分级), and the routes that show, merge and split them. README.md explains the choices.
 */
export { processStoredItems, type ProcessDeps, type ProcessResult } from './process.js';
export { eventRoutes } from './event.routes.js';
// For the benchmark (bench/events.bench.mjs): the clusterer and the grading it runs in memory.
export { Clusterer } from './cluster.js';
export { computeFigures, gradeFigures } from './figures.js';
export { DEFAULT_GRADE_RULES, gradeEvent } from './grading.js';
