import type { FastifyPluginAsync } from 'fastify';
import { ping, type DatabaseHandle } from '../../db/database.js';
import { queueStats, recentJobs } from './jobs/index.js';

export interface HealthOptions {
  handle: DatabaseHandle;
  version: string;
  workerRunning: () => boolean;
}

export const healthRoutes: FastifyPluginAsync<HealthOptions> = async (app, opts) => {
  const started = Date.now();
  app.get('/api/health', { config: { permission: 'public' }, schema: { tags: ['system'] } }, async (_req, reply) => {
    const t0 = performance.now();
    let dbOk = true;
    try {
      await ping(opts.handle.db);
    } catch {
      dbOk = false;
    }
    const latencyMs = Math.round((performance.now() - t0) * 100) / 100;
    const counts = dbOk ? await queueStats(opts.handle.db) : null;
    const body = {
      status: dbOk ? 'ok' : 'degraded',
      version: opts.version,
      uptimeSeconds: Math.round((Date.now() - started) / 1000),
      database: { dialect: opts.handle.dialect, ok: dbOk, latencyMs },
      jobs: { ok: dbOk, workerRunning: opts.workerRunning(), ...(counts ?? {}) },
    };
    return reply.status(dbOk ? 200 : 503).send(body);
  });
  app.get('/api/jobs', { config: { permission: 'system.read' }, schema: { tags: ['system'] } }, async () => {
    return { counts: await queueStats(opts.handle.db), recent: await recentJobs(opts.handle.db, 50) };
  });
};
