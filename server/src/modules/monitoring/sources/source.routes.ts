import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MEDIA_TIERS, SOURCE_KINDS } from '@yuqing/common';
import { badRequest } from '../../../core/errors.js';
import { idParam, name } from '../../../core/schemas.js';
import { fieldMapping, sourceConfig } from './source-config.js';
import { MAPPING_PRESETS } from './field-mapping.js';
import { IMPORT_FORMATS } from './import-file.js';
import { SIGNATURE_HEADER } from './push-body.js';
import { receivePush } from './push.service.js';
import * as sources from './source.service.js';

const id = z.number().int().positive();
const sourceBody = z.strictObject({
  unitId: id,
  name,
  kind: z.enum(SOURCE_KINDS),
  url: z.url({ protocol: /^https?$/ }).max(1000).nullish(),
  config: sourceConfig.optional(),
  mediaTier: z.enum(MEDIA_TIERS),
  intervalMinutes: z.number().int().min(1).max(7 * 24 * 60).optional(),
  enabled: z.boolean().optional(),
  internal: z.boolean().optional(),
});
const manualItem = z.strictObject({
  title: z.string().trim().max(500).nullish(),
  text: z.string().trim().min(1).max(100_000),
  url: z.url({ protocol: /^https?$/ }).max(1000).nullish(),
  publishedAt: z.iso.datetime({ offset: true }).nullish(),
});
const importQuery = z.strictObject({
  format: z.enum(IMPORT_FORMATS),
  /** A preset name (hotline_12345, wenzheng) or a JSON field mapping; the source's own mapping when absent. */
  mapping: z.string().max(2000).optional(),
});
const PUSH_BODY_LIMIT = 5 * 1024 * 1024;

/** The `mapping` query parameter: a preset's name, or a field mapping as JSON. */
function parseMapping(value: string | undefined) {
  if (value === undefined || value in MAPPING_PRESETS) return value;
  let json: unknown = null;
  try {
    json = JSON.parse(value);
  } catch {
    // Reported below with the other shapes that are no mapping.
  }
  const parsed = fieldMapping.safeParse(json);
  if (!parsed.success) throw badRequest('validation', { field: 'mapping', reason: `预设名（${Object.keys(MAPPING_PRESETS).join('、')}）或字段对应的 JSON 对象 / a preset name or a JSON field mapping` }, 'mapping');
  return parsed.data;
}

export const sourceRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const read = { permission: 'monitoring.read' } as const;
  const manage = { permission: 'source.manage' } as const;
  const tags = ['monitoring'];

  app.get('/api/sources', { config: read, schema: { tags, querystring: z.strictObject({ unitId: z.coerce.number().int().positive().optional(), kind: z.enum(SOURCE_KINDS).optional() }) } }, async (req) => ({
    sources: await sources.listSources(req.ctx(), req.query),
  }));
  app.get('/api/sources/:id', { config: read, schema: { tags, params: idParam } }, async (req) => sources.getSource(req.ctx(), req.params.id));
  app.post('/api/sources', { config: manage, schema: { tags, body: sourceBody } }, async (req, reply) => {
    const row = await sources.createSource(req.ctx(), req.body);
    return reply.status(201).send(await sources.getSource(req.ctx(), row.id));
  });
  app.patch('/api/sources/:id', { config: manage, schema: { tags, params: idParam, body: sourceBody.omit({ unitId: true, kind: true }).partial() } }, async (req) => {
    await sources.updateSource(req.ctx(), req.params.id, req.body);
    return sources.getSource(req.ctx(), req.params.id);
  });
  app.delete('/api/sources/:id', { config: manage, schema: { tags, params: idParam } }, async (req, reply) => {
    await sources.deleteSource(req.ctx(), req.params.id);
    return reply.status(204).send();
  });
  app.post('/api/sources/:id/poll', { config: manage, schema: { tags, params: idParam } }, async (req) => sources.pollNow(req.ctx(), req.params.id));
  app.post('/api/sources/:id/items', { config: manage, schema: { tags, params: idParam, body: manualItem } }, async (req, reply) =>
    reply.status(201).send(await sources.addManualItem(req.ctx(), req.params.id, req.body)),
  );
  app.post('/api/sources/:id/import', { config: manage, schema: { tags, params: idParam, querystring: importQuery } }, async (req) => {
    const mapping = parseMapping(req.query.mapping);
    return sources.importItems(req.ctx(), req.params.id, req.body as Buffer, req.query.format, mapping);
  });

  // Pushes are signed, not sessioned: the raw bytes are needed to check the HMAC, so this scope
  // reads every body as a Buffer.
  await app.register(async (push) => {
    push.removeAllContentTypeParsers();
    push.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: PUSH_BODY_LIMIT }, (_req, body, done) => done(null, body));
    push.post(
      '/api/ingest/:token',
      { config: { permission: 'public', csrf: false }, bodyLimit: PUSH_BODY_LIMIT, schema: { tags, params: z.strictObject({ token: z.string().min(8).max(100) }) } },
      async (req) => {
        const signature = req.headers[SIGNATURE_HEADER];
        return receivePush(req.ctx().db, (req.params as { token: string }).token, req.body as Buffer, Array.isArray(signature) ? signature[0] : signature);
      },
    );
  });
};
