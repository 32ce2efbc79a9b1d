import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CHANNEL_KINDS, CHANNEL_STATUSES, LIMITS } from '@yuqing/common';
import { idParam, name, optionalText, queryBool, unitIdParam } from '../../core/schemas.js';
import { XLSX_MIME } from '../../core/uploads.js';
import { unitInScope } from '../org/index.js';
import { exportChannels, importChannels } from './channel-xlsx.js';
import { presentChannel } from './channel.presenter.js';
import * as channels from './channel.service.js';

const id = z.number().int().positive();
const isoDate = z.iso.datetime({ offset: true });
const channelBody = z.strictObject({
  unitId: id,
  kind: z.enum(CHANNEL_KINDS),
  name,
  purpose: optionalText(500),
  ownerDepartmentId: id.nullish(),
  ownerPersonId: id.nullish(),
  administrators: optionalText(200),
  memberCount: z.number().int().min(0).max(10_000_000).nullish(),
  realNameVerified: z.boolean().optional(),
  link: z.string().max(500).nullish(),
  feedUrl: z.url({ protocol: /^https?$/ }).max(500).nullish(),
  reviewCycleDays: z.number().int().min(1).max(3650).optional(),
  lastUpdateAt: isoDate.nullish(),
  oldestUnansweredAt: isoDate.nullish(),
  stalestColumnName: z.string().max(LIMITS.nameMax).nullish(),
  stalestColumnAt: isoDate.nullish(),
  status: z.enum(CHANNEL_STATUSES).optional(),
  statusReason: optionalText(500),
});
const rulesBody = z.strictObject({
  staleUpdateDays: z.number().int().min(1).max(365),
  staleColumnDays: z.number().int().min(1).max(3650),
  unansweredFailDays: z.number().int().min(1).max(3650),
  unansweredWarnDays: z.number().int().min(1).max(3650),
});

export const channelRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const read = { permission: 'channel.read' } as const;
  const manage = { permission: 'channel.manage' } as const;
  const tags = ['channels'];
  const listQuery = z.strictObject({
    unitId: z.coerce.number().int().positive().optional(),
    kind: z.enum(CHANNEL_KINDS).optional(),
    status: z.enum(CHANNEL_STATUSES).optional(),
    level: z.enum(['ok', 'warn', 'fail']).optional(),
  });

  app.get('/api/channels', { config: read, schema: { tags, querystring: listQuery } }, async (req) => ({
    channels: (await channels.listChannels(req.ctx(), req.query)).map(presentChannel),
  }));
  app.get('/api/channels/export.xlsx', { config: read, schema: { tags, querystring: z.strictObject({ unitId: z.coerce.number().int().positive().optional() }) } }, async (req, reply) =>
    reply
      .type(XLSX_MIME)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('阵地登记.xlsx')}`)
      .send(await exportChannels(req.ctx(), req.query)),
  );
  app.post(
    '/api/units/:unitId/channels/import',
    { config: manage, schema: { tags, params: unitIdParam, querystring: z.strictObject({ dryRun: queryBool.optional() }) } },
    async (req) => importChannels(req.ctx(), req.params.unitId, req.body as Buffer, req.query.dryRun ?? false),
  );
  app.get('/api/channels/:id', { config: read, schema: { tags, params: idParam } }, async (req) => {
    const c = await channels.getChannel(req.ctx(), req.params.id);
    return { ...presentChannel(c), reviews: c.reviews.map((r) => ({ id: r.id, reviewedAt: r.reviewed_at, notes: r.notes, reviewerName: r.reviewer_name })) };
  });
  app.post('/api/channels', { config: manage, schema: { tags, body: channelBody } }, async (req, reply) => {
    const row = await channels.createChannel(req.ctx(), req.body);
    return reply.status(201).send(presentChannel(await channels.getChannel(req.ctx(), row.id)));
  });
  app.patch('/api/channels/:id', { config: manage, schema: { tags, params: idParam, body: channelBody.omit({ unitId: true }).partial() } }, async (req) => {
    await channels.updateChannel(req.ctx(), req.params.id, req.body);
    return presentChannel(await channels.getChannel(req.ctx(), req.params.id));
  });
  app.post(
    '/api/channels/:id/reviews',
    { config: manage, schema: { tags, params: idParam, body: z.strictObject({ reviewedAt: isoDate.optional(), notes: optionalText() }) } },
    async (req, reply) => {
      await channels.recordReview(req.ctx(), req.params.id, req.body);
      return reply.status(201).send(presentChannel(await channels.getChannel(req.ctx(), req.params.id)));
    },
  );
  app.get('/api/units/:unitId/channel-rules', { config: read, schema: { tags, params: unitIdParam } }, async (req) => {
    const unit = await unitInScope(req.ctx(), req.params.unitId);
    return channels.healthRulesFor(req.ctx().db, unit.path);
  });
  app.put('/api/units/:unitId/channel-rules', { config: manage, schema: { tags, params: unitIdParam, body: rulesBody } }, async (req) => {
    await channels.setHealthRules(req.ctx(), req.params.unitId, req.body);
    return req.body;
  });
};
