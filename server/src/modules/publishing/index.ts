export { publishingRoutes } from './publishing.routes.js';
