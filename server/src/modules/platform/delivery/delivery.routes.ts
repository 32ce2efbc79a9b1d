import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DELIVERY_KINDS, DELIVERY_LIMITS, DELIVERY_PURPOSES } from '@yuqing/common';
import { idParam, name } from '../../../core/schemas.js';
import * as delivery from './delivery.service.js';
import type { DeliveryConfig } from './types.js';

const id = z.number().int().positive();
const targetBody = z.strictObject({
  unitId: id,
  name,
  kind: z.enum(DELIVERY_KINDS),
  url: z.url({ protocol: /^https?$/ }).max(DELIVERY_LIMITS.urlMax).nullish(),
  secret: z.string().trim().min(1).max(DELIVERY_LIMITS.secretMax).nullish(),
  recipients: z.array(z.email().max(DELIVERY_LIMITS.emailMax)).max(DELIVERY_LIMITS.recipientsMax).optional(),
  purposes: z.array(z.enum(DELIVERY_PURPOSES)).min(1),
  enabled: z.boolean().optional(),
  internal: z.boolean().optional(),
});
const positive = z.coerce.number().int().positive();

export const deliveryRoutes: FastifyPluginAsync<{ config: DeliveryConfig }> = async (base, opts) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const read = { permission: 'delivery.read' } as const;
  const manage = { permission: 'delivery.manage' } as const;
  const tags = ['delivery'];

  app.get('/api/delivery-targets', { config: read, schema: { tags, querystring: z.strictObject({ unitId: positive.optional() }) } }, async (req) => ({
    targets: await delivery.listTargets(req.ctx(), req.query),
  }));
  app.get('/api/delivery-targets/:id', { config: read, schema: { tags, params: idParam } }, async (req) => delivery.getTarget(req.ctx(), req.params.id));
  app.post('/api/delivery-targets', { config: manage, schema: { tags, body: targetBody } }, async (req, reply) => {
    const created = await delivery.createTarget(req.ctx(), req.body);
    return reply.status(201).send(await delivery.getTarget(req.ctx(), created));
  });
  app.patch('/api/delivery-targets/:id', { config: manage, schema: { tags, params: idParam, body: targetBody.omit({ unitId: true }).partial() } }, async (req) => {
    await delivery.updateTarget(req.ctx(), req.params.id, req.body);
    return delivery.getTarget(req.ctx(), req.params.id);
  });
  app.delete('/api/delivery-targets/:id', { config: manage, schema: { tags, params: idParam } }, async (req, reply) => {
    await delivery.deleteTarget(req.ctx(), req.params.id);
    return reply.status(204).send();
  });
  app.post('/api/delivery-targets/:id/test', { config: manage, schema: { tags, params: idParam } }, async (req) => delivery.sendTest(req.ctx(), req.params.id, opts.config));
  app.get(
    '/api/delivery-attempts',
    { config: read, schema: { tags, querystring: z.strictObject({ unitId: positive.optional(), targetId: positive.optional(), limit: z.coerce.number().int().min(1).max(200).optional() }) } },
    async (req) => ({ attempts: await delivery.recentAttempts(req.ctx(), req.query) }),
  );
};
