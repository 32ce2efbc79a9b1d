import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LIMITS, MEETING_KINDS } from '@yuqing/common';
import { idParam } from '../../../core/schemas.js';
import * as assessment from './assessment.service.js';

const rule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('quota'), meetingKind: z.enum(MEETING_KINDS) }),
  z.strictObject({ kind: z.literal('tasks_done') }),
  z.strictObject({ kind: z.literal('overdue_penalty'), perItem: z.number().min(0).max(100) }),
  z.strictObject({ kind: z.literal('rectification_penalty'), perItem: z.number().min(0).max(100) }),
  z.strictObject({ kind: z.literal('reports_on_time') }),
  z.strictObject({ kind: z.literal('manual') }),
]);
const indicator = z.strictObject({ key: z.string().trim().min(1).max(50), name: z.string().trim().min(1).max(LIMITS.titleMax), weight: z.number().min(0).max(1000), rule });

export const assessmentRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const read = { permission: 'responsibility.read' } as const;
  const manage = { permission: 'assessment.manage' } as const;
  const tags = ['responsibility'];

  app.get('/api/responsibility/assessment-schemes', { config: read, schema: { tags, querystring: z.strictObject({ unitId: z.coerce.number().int().positive().optional() }) } }, async (req) => ({
    schemes: (await assessment.listSchemes(req.ctx(), req.query.unitId)).map((s) => ({ id: s.id, unitId: s.unit_id, unitName: s.unit_name, year: s.year, title: s.title })),
  }));
  app.post(
    '/api/responsibility/assessment-schemes',
    { config: manage, schema: { tags, body: z.strictObject({ unitId: z.number().int().positive(), year: z.number().int().min(2000).max(2100), title: z.string().trim().min(1).max(LIMITS.titleMax * 2), indicators: z.array(indicator).min(1).max(50).optional() }) } },
    async (req, reply) => reply.status(201).send(await assessment.schemeScores(req.ctx(), await assessment.createScheme(req.ctx(), req.body))),
  );
  app.get('/api/responsibility/assessment-schemes/:id/scores', { config: read, schema: { tags, params: idParam } }, async (req) => assessment.schemeScores(req.ctx(), req.params.id));
  app.put(
    '/api/responsibility/assessment-schemes/:id/scores',
    { config: manage, schema: { tags, params: idParam, body: z.strictObject({ unitId: z.number().int().positive(), indicatorKey: z.string().max(50), score: z.number().min(0).max(1000), comment: z.string().trim().min(1).max(LIMITS.noteMax) }) } },
    async (req) => {
      await assessment.setManualScore(req.ctx(), req.params.id, req.body);
      return assessment.schemeScores(req.ctx(), req.params.id);
    },
  );
};
