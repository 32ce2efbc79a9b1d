import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { LIMITS } from '@yuqing/common';
import type { Config } from './core/config.js';
import { registerErrorHandler } from './core/error-handler.js';
import { registerSecurity, type RegisteredRoute } from './core/security.js';
import { registerUploadParsers } from './core/uploads.js';
import './core/fastify-types.js';
import type { DatabaseHandle } from './db/database.js';
import { channelRoutes } from './modules/channels/index.js';
import { dashboardRoutes } from './modules/dashboard/index.js';
import { orgRoutes } from './modules/org/index.js';
import { publishingRoutes } from './modules/publishing/index.js';
import { healthRoutes, platformRoutes } from './modules/platform/index.js';
import { reportRoutes } from './modules/documents/reports/index.js';
import { deliveryRoutes, type DeliveryConfig } from './modules/platform/delivery/index.js';
import { sourceRoutes } from './modules/monitoring/sources/index.js';
import { itemRoutes } from './modules/monitoring/items/index.js';
import { responsibilityRoutes } from './modules/responsibility/index.js';
import { incidentRoutes } from './modules/incidents/index.js';
import { topicRoutes } from './modules/monitoring/topics/index.js';
import { eventRoutes } from './modules/monitoring/events/index.js';
import { alertRoutes } from './modules/monitoring/alerts/index.js';

export const VERSION = '0.1.0';

export interface AppOptions {
  handle: DatabaseHandle;
  config: Pick<Config, 'sessionIdleMinutes' | 'sessionAbsoluteHours' | 'trustProxy' | 'webDist' | 'logLevel'>;
  /** Reports whether the in-process job worker runs, for /api/health. */
  workerRunning?: () => boolean;
  logger?: boolean;
  /** Outbound mail settings and the public URL, for the "send a test message" route; default: no mail server. */
  delivery?: DeliveryConfig;
}

export type App = FastifyInstance & { registeredRoutes: RegisteredRoute[] };

/** Builds the whole HTTP application without listening, so tests drive it through inject(). */
export async function buildApp(opts: AppOptions): Promise<App> {
  const app = Fastify({
    logger: opts.logger === false ? false : { level: opts.config.logLevel },
    bodyLimit: LIMITS.bodyBytes,
    trustProxy: opts.config.trustProxy,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: false,
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Yuqing 舆情 API', version: VERSION, description: '错误格式 / errors: { "error": { "code", "message", "field" } }' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'yq_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(async (docs) => {
    // The API reference is public, like the OpenAPI document it renders.
    docs.addHook('onRoute', (route) => {
      route.config = { ...route.config, permission: 'public' };
    });
    await docs.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
  });

  registerErrorHandler(app);
  registerUploadParsers(app);
  const registeredRoutes = registerSecurity(app, opts.handle.db, { idleMinutes: opts.config.sessionIdleMinutes, absoluteHours: opts.config.sessionAbsoluteHours });

  app.get('/api/openapi.json', { config: { permission: 'public' }, schema: { hide: true } }, async () => app.swagger());
  await app.register(healthRoutes, { handle: opts.handle, version: VERSION, workerRunning: opts.workerRunning ?? (() => false) });
  await app.register(platformRoutes, { db: opts.handle.db, policy: { idleMinutes: opts.config.sessionIdleMinutes, absoluteHours: opts.config.sessionAbsoluteHours } });
  await app.register(orgRoutes);
  await app.register(channelRoutes);
  await app.register(publishingRoutes);
  await app.register(dashboardRoutes);
  await app.register(reportRoutes);
  await app.register(deliveryRoutes, { config: opts.delivery ?? { smtp: null } });
  await app.register(sourceRoutes);
  await app.register(itemRoutes);
  await app.register(responsibilityRoutes);
  await app.register(incidentRoutes);
  await app.register(topicRoutes);
  await app.register(eventRoutes);
  await app.register(alertRoutes, { db: opts.handle.db });

  if (fs.existsSync(path.join(opts.config.webDist, 'index.html'))) {
    await app.register(fastifyStatic, { root: opts.config.webDist, wildcard: false, index: 'index.html' });
    // Client-side routes (/org/units …) get the app shell; unknown /api paths still get a JSON 404.
    app.get('/*', { config: { permission: 'public' }, schema: { hide: true } }, (req, reply) => {
      // A missing file (an asset of another build, a typo) is a 404, never the app shell with a 200.
      if (req.url.startsWith('/api') || /\.[a-z0-9]+$/i.test(req.url.split('?')[0])) return reply.callNotFound();
      return reply.sendFile('index.html');
    });
  }
  return Object.assign(app as FastifyInstance, { registeredRoutes });
}
