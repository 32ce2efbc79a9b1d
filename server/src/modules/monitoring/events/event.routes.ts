import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EVENT_STATUSES } from '@yuqing/common';
import { idParam, unitIdParam } from '../../../core/schemas.js';
import { unitInScope } from '../../org/index.js';
import { presentEvent } from './event.presenter.js';
import * as events from './event.service.js';
import { gradeRulesFor, setGradeRules } from './grade-rules.service.js';
import { GRADE_METRICS, RULE_NAMES, type GradeMetric } from './grading.js';

const ids = z.array(z.number().int().positive()).min(1).max(1000);
const grade = z.coerce.number().int().min(1).max(4);
const ruleSchema = z.strictObject({
  id: z.string().trim().min(1).max(50),
  grade: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  when: z.partialRecord(z.enum(GRADE_METRICS), z.number().min(0).max(1e9)).refine((w) => Object.keys(w).length > 0, { message: 'at least one condition' }),
  label: z.strictObject({ 'zh-CN': z.string().trim().min(1).max(100), en: z.string().trim().min(1).max(100) }).optional(),
});

export const eventRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const read = { permission: 'monitoring.read' } as const;
  const manage = { permission: 'topic.manage' } as const;
  const tags = ['monitoring'];
  const listQuery = z.strictObject({
    unitId: z.coerce.number().int().positive().optional(),
    topicId: z.coerce.number().int().positive().optional(),
    grade: grade.optional(),
    status: z.enum(EVENT_STATUSES).default('open'),
  });

  app.get('/api/events', { config: read, schema: { tags, querystring: listQuery } }, async (req) => ({ events: (await events.listEvents(req.ctx(), req.query)).map(presentEvent) }));
  app.get('/api/events/:id', { config: read, schema: { tags, params: idParam } }, async (req) => {
    const d = await events.eventDetail(req.ctx(), req.params.id);
    return {
      ...presentEvent(d.event),
      timeline: d.timeline,
      sources: d.sources,
      sentiments: d.sentiments,
      items: d.items.slice(0, 200).map((i) => ({ id: i.id, title: i.title, text: i.text.slice(0, 500), url: i.url, at: i.at, mediaTier: i.media_tier, sentiment: i.sentiment, sourceName: i.source_name, engagement: { reposts: i.reposts, comments: i.comments, likes: i.likes, views: i.views } })),
      history: d.history.map((h) => ({ grade: h.grade, reasons: JSON.parse(h.reasons), figures: JSON.parse(h.figures), at: h.created_at })),
    };
  });
  app.post('/api/events/:id/merge', { config: manage, schema: { tags, params: idParam, body: z.strictObject({ eventIds: ids }) } }, async (req) => {
    await events.mergeEvents(req.ctx(), req.params.id, req.body.eventIds);
    return presentEvent(await events.eventInScope(req.ctx(), req.params.id));
  });
  app.post('/api/events/:id/split', { config: manage, schema: { tags, params: idParam, body: z.strictObject({ itemIds: ids }) } }, async (req, reply) => {
    const r = await events.splitEvent(req.ctx(), req.params.id, req.body.itemIds);
    return reply.status(201).send({ kept: presentEvent(await events.eventInScope(req.ctx(), r.kept.id)), split: presentEvent(await events.eventInScope(req.ctx(), r.split.id)) });
  });
  app.get('/api/units/:unitId/grade-rules', { config: read, schema: { tags, params: unitIdParam } }, async (req) => {
    const unit = await unitInScope(req.ctx(), req.params.unitId);
    const { rules, fromUnitId } = await gradeRulesFor(req.ctx().db, unit.path);
    // `own`: the unit set them; otherwise they come from `inheritedFrom`, or from the defaults when that is null.
    return { rules: rules.map((r) => ({ ...r, label: r.label ?? RULE_NAMES[r.id] ?? null })), own: fromUnitId === unit.id, inheritedFrom: fromUnitId === unit.id ? null : fromUnitId, metrics: GRADE_METRICS as readonly GradeMetric[] };
  });
  app.put(
    '/api/units/:unitId/grade-rules',
    { config: { permission: 'alert.manage' }, schema: { tags, params: unitIdParam, body: z.strictObject({ rules: z.array(ruleSchema).max(100).nullable() }) } },
    async (req) => {
      await setGradeRules(req.ctx(), req.params.unitId, req.body.rules);
      return { ok: true };
    },
  );
};
