import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MEDIA_TIERS, SENTIMENT_LABELS } from '@yuqing/common';
import { idParam, unitIdParam } from '../../../core/schemas.js';
import { getMonitoringSettings, setMonitoringSettings } from './unit-settings.service.js';
import * as items from './item.service.js';

const positive = z.coerce.number().int().positive();
const listQuery = z.strictObject({
  unitId: positive.optional(),
  sourceId: positive.optional(),
  sentiment: z.enum(SENTIMENT_LABELS).optional(),
  mediaTier: z.enum(MEDIA_TIERS).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  q: z.string().trim().max(100).optional(),
  beforeId: positive.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const itemRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const read = { permission: 'monitoring.read' } as const;
  const tags = ['monitoring'];
  app.get('/api/items', { config: read, schema: { tags, querystring: listQuery } }, async (req) => items.listItems(req.ctx(), req.query));
  app.get('/api/items/:id', { config: read, schema: { tags, params: idParam } }, async (req) => items.getItem(req.ctx(), req.params.id));
  app.put(
    '/api/items/:id/sentiment',
    { config: { permission: 'item.correct' }, schema: { tags, params: idParam, body: z.strictObject({ sentiment: z.enum(SENTIMENT_LABELS) }) } },
    async (req) => items.correctSentiment(req.ctx(), req.params.id, req.body.sentiment),
  );
  app.get('/api/units/:unitId/monitoring-settings', { config: read, schema: { tags, params: unitIdParam } }, async (req) => getMonitoringSettings(req.ctx(), req.params.unitId));
  app.put(
    '/api/units/:unitId/monitoring-settings',
    {
      config: { permission: 'source.manage' },
      schema: { tags, params: unitIdParam, body: z.strictObject({ retentionDays: z.number().int().min(1).max(3650).nullable(), dictionary: z.array(z.string().max(50)).max(5000) }) },
    },
    async (req) => setMonitoringSettings(req.ctx(), req.params.unitId, req.body),
  );
};
