import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam, name } from '../../../core/schemas.js';
import { RULE_LIMITS } from './limits.js';
import { presentTopic } from './topic.presenter.js';
import * as topics from './topic.service.js';

const id = z.number().int().positive();
const words = z.array(z.string().trim().min(1).max(50)).max(50);
export const wordGroupsSchema = z.strictObject({ region: words, subject: words, event: words, exclude: words });
const ruleOrGroups = { rule: z.string().max(RULE_LIMITS.ruleMax).optional(), wordGroups: wordGroupsSchema.optional() };
const topicBody = z.strictObject({
  unitId: id,
  name,
  ...ruleOrGroups,
  /** 1 ordinary, 2 sensitive, 3 highly sensitive. */
  sensitivity: z.number().int().min(1).max(3).default(1),
  /** Alert on new events at this grade or graver: 4 (IV, every event) … 1 (I only). */
  alertGrade: z.number().int().min(1).max(4).default(3),
  enabled: z.boolean().default(true),
});
const patchBody = z.strictObject({
  name: name.optional(),
  ...ruleOrGroups,
  sensitivity: z.number().int().min(1).max(3).optional(),
  alertGrade: z.number().int().min(1).max(4).optional(),
  enabled: z.boolean().optional(),
});

export const topicRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const read = { permission: 'monitoring.read' } as const;
  const manage = { permission: 'topic.manage' } as const;
  const tags = ['monitoring'];

  app.get('/api/topics', { config: read, schema: { tags, querystring: z.strictObject({ unitId: z.coerce.number().int().positive().optional() }) } }, async (req) => ({
    topics: (await topics.listTopics(req.ctx(), req.query)).map((t) => presentTopic(t, req.locale)),
  }));
  app.get('/api/topics/:id', { config: read, schema: { tags, params: idParam } }, async (req) => presentTopic(await topics.topicInScope(req.ctx(), req.params.id), req.locale));
  app.post('/api/topics', { config: manage, schema: { tags, body: topicBody } }, async (req, reply) => reply.status(201).send(presentTopic(await topics.createTopic(req.ctx(), req.body), req.locale)));
  app.patch('/api/topics/:id', { config: manage, schema: { tags, params: idParam, body: patchBody } }, async (req) => presentTopic(await topics.updateTopic(req.ctx(), req.params.id, req.body), req.locale));
  app.delete('/api/topics/:id', { config: manage, schema: { tags, params: idParam } }, async (req, reply) => {
    await topics.deleteTopic(req.ctx(), req.params.id);
    return reply.status(204).send();
  });
  /** The editor's preview: what the rule (or word groups) would have matched over the unit's last 7 days. Changes nothing. */
  app.post('/api/topics/preview', { config: manage, schema: { tags, body: z.strictObject({ unitId: id, ...ruleOrGroups }) } }, async (req) => topics.previewTopic(req.ctx(), req.body));
};
