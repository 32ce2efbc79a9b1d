import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LIMITS } from '@yuqing/common';
import { idParam, optionalText, queryBool } from '../../../core/schemas.js';
import { RISK_AREAS, RISK_STATUSES } from './risk-rules.js';
import * as risks from './risk.service.js';

const scale = z.number().int().min(1).max(5);

const present = (r: Awaited<ReturnType<typeof risks.listRisks>>[number]) => ({
  id: r.id,
  unitId: r.unit_id,
  unitName: r.unit_name,
  description: r.description,
  area: r.area,
  likelihood: r.likelihood,
  impact: r.impact,
  level: r.level,
  measures: r.measures,
  ownerPersonId: r.owner_person_id,
  ownerName: r.owner_name,
  nextReviewOn: r.next_review_on,
  reviewOverdue: r.reviewOverdue,
  status: r.status,
});

export const riskRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const read = { permission: 'responsibility.read' } as const;
  const manage = { permission: 'responsibility.manage' } as const;
  const tags = ['responsibility'];

  app.get(
    '/api/responsibility/risks',
    { config: read, schema: { tags, querystring: z.strictObject({ unitId: z.coerce.number().int().positive().optional(), subtree: queryBool.optional(), status: z.enum(RISK_STATUSES).optional() }) } },
    async (req) => ({ risks: (await risks.listRisks(req.ctx(), req.query)).map(present) }),
  );
  app.post(
    '/api/responsibility/risks',
    {
      config: manage,
      schema: {
        tags,
        body: z.strictObject({
          unitId: z.number().int().positive(),
          description: z.string().trim().min(1).max(LIMITS.noteMax),
          area: z.enum(RISK_AREAS),
          likelihood: scale,
          impact: scale,
          measures: optionalText(),
          ownerPersonId: z.number().int().positive().nullish(),
          nextReviewOn: z.iso.date().nullish(),
        }),
      },
    },
    async (req, reply) => reply.status(201).send(present(await risks.getRisk(req.ctx(), await risks.createRisk(req.ctx(), req.body)))),
  );
  app.get('/api/responsibility/risks/:id', { config: read, schema: { tags, params: idParam } }, async (req) => {
    const r = await risks.getRisk(req.ctx(), req.params.id);
    return { ...present(r), reviews: r.reviews.map((v) => ({ id: v.id, reviewedOn: v.reviewed_on, likelihood: v.likelihood, impact: v.impact, level: v.level, status: v.status, note: v.note, reviewerName: v.reviewer_name })) };
  });
  app.post(
    '/api/responsibility/risks/:id/reviews',
    { config: manage, schema: { tags, params: idParam, body: z.strictObject({ likelihood: scale, impact: scale, status: z.enum(RISK_STATUSES), note: optionalText(), measures: optionalText() }) } },
    async (req, reply) => {
      await risks.reviewRisk(req.ctx(), req.params.id, req.body);
      return reply.status(201).send(present(await risks.getRisk(req.ctx(), req.params.id)));
    },
  );
};
