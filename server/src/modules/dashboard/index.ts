import type { FastifyPluginAsync } from 'fastify';
import { dashboard } from './dashboard.service.js';

export const dashboardRoutes: FastifyPluginAsync = async (app) => {
  app.get('/api/dashboard', { config: { permission: 'authenticated' }, schema: { tags: ['dashboard'] } }, async (req) => dashboard(req.ctx()));
};
