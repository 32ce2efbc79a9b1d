import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam, name, unitIdParam } from '../../../core/schemas.js';
import { inScope } from '../../../core/context.js';
import type { Database } from '../../../db/database.js';
import { alertBus, type AlertBus } from './alert-bus.js';
import { startAlertRelay } from './alert-relay.js';
import { presentAlert, presentLiveAlert } from './alert.presenter.js';
import * as alerts from './alert.service.js';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'HH:mm' });
const day = z.iso.date();
const settingsBody = z.strictObject({ quietStart: hhmm.nullable(), quietEnd: hhmm.nullable(), digestTime: hhmm.nullable() });
const periodBody = z.strictObject({ name, startsOn: day, endsOn: day });
/** A comment line now and then keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 25_000;

export const alertRoutes: FastifyPluginAsync<{ db: Database; bus?: AlertBus }> = async (base, opts) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const bus = opts.bus ?? alertBus;
  const read = { permission: 'monitoring.read' } as const;
  const manage = { permission: 'alert.manage' } as const;
  const tags = ['alerts'];
  const stopRelay = startAlertRelay(opts.db, bus);
  app.addHook('onClose', () => stopRelay());

  app.get(
    '/api/alerts',
    { config: read, schema: { tags, querystring: z.strictObject({ unitId: z.coerce.number().int().positive().optional(), afterId: z.coerce.number().int().min(0).optional(), limit: z.coerce.number().int().min(1).max(500).optional() }) } },
    async (req) => ({ alerts: (await alerts.listAlerts(req.ctx(), req.query)).map(presentAlert) }),
  );

  /**
   * The live feed: Server-Sent Events of the alerts of the account's unit subtree. A client that
   * reconnects with Last-Event-ID first gets what it missed. Asked without `text/event-stream`, it
   * answers the latest alerts as JSON, like /api/alerts.
   */
  app.get('/api/alerts/stream', { config: read, schema: { tags } }, async (req, reply) => {
    const ctx = req.ctx();
    if (!String(req.headers.accept ?? '').includes('text/event-stream')) return { alerts: (await alerts.listAlerts(ctx, {})).map(presentAlert) };
    const lastId = Number(req.headers['last-event-id']);
    const missed = Number.isInteger(lastId) && lastId > 0 ? (await alerts.listAlerts(ctx, { afterId: lastId, limit: 500 })).reverse() : [];
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    const send = (a: { id: number }) => res.write(`id: ${a.id}\nevent: alert\ndata: ${JSON.stringify(a)}\n\n`);
    res.write('retry: 3000\n\n');
    for (const a of missed) send(presentAlert(a));
    const unsubscribe = bus.subscribe((a) => {
      if (inScope(ctx.actor, a.unitPath)) send(presentLiveAlert(a));
    });
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    req.raw.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  });

  app.get('/api/units/:unitId/alert-settings', { config: read, schema: { tags, params: unitIdParam } }, async (req) => alerts.alertSettings(req.ctx(), req.params.unitId));
  app.put('/api/units/:unitId/alert-settings', { config: manage, schema: { tags, params: unitIdParam, body: settingsBody } }, async (req) => {
    await alerts.setAlertSettings(req.ctx(), req.params.unitId, req.body);
    return alerts.alertSettings(req.ctx(), req.params.unitId);
  });
  app.post('/api/units/:unitId/watch-periods', { config: manage, schema: { tags, params: unitIdParam, body: periodBody } }, async (req, reply) => {
    const id = await alerts.createWatchPeriod(req.ctx(), req.params.unitId, req.body);
    return reply.status(201).send({ id, ...req.body });
  });
  app.patch('/api/watch-periods/:id', { config: manage, schema: { tags, params: idParam, body: periodBody } }, async (req) => {
    await alerts.updateWatchPeriod(req.ctx(), req.params.id, req.body);
    return { id: req.params.id, ...req.body };
  });
  app.delete('/api/watch-periods/:id', { config: manage, schema: { tags, params: idParam } }, async (req, reply) => {
    await alerts.deleteWatchPeriod(req.ctx(), req.params.id);
    return reply.status(204).send();
  });
};
