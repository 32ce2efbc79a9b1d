import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LIMITS } from '@yuqing/common';
import { idParam, optionalText, unitIdParam } from '../../../core/schemas.js';
import { OUTCOMES, PARTS } from './accountability-rules.js';
import * as cases from './accountability.service.js';

const id = z.number().int().positive();

export const accountabilityRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const read = { permission: 'accountability.read' } as const;
  const manage = { permission: 'accountability.manage' } as const;
  const tags = ['responsibility'];

  app.get('/api/units/:unitId/accountability-clauses', { config: read, schema: { tags, params: unitIdParam } }, async (req) => ({ clauses: await cases.clausesFor(req.ctx(), req.params.unitId) }));
  app.put(
    '/api/units/:unitId/accountability-clauses',
    { config: manage, schema: { tags, params: unitIdParam, body: z.strictObject({ clauses: z.array(z.strictObject({ key: z.string().trim().min(1).max(50), text: z.string().trim().min(1).max(LIMITS.reasonMax), seedRef: z.string().max(100) })).min(1).max(100) }) } },
    async (req) => {
      await cases.setClauses(req.ctx(), req.params.unitId, req.body.clauses);
      return { clauses: await cases.clausesFor(req.ctx(), req.params.unitId) };
    },
  );
  app.get('/api/responsibility/accountability', { config: read, schema: { tags } }, async (req) => ({
    cases: (await cases.listCases(req.ctx())).map((c) => ({ id: c.id, unitId: c.unit_id, unitName: c.unit_name, title: c.title, outcome: c.outcome, responsibility: c.responsibility, decidedOn: c.decided_on })),
  }));
  app.post(
    '/api/responsibility/accountability',
    {
      config: manage,
      schema: {
        tags,
        body: z.strictObject({
          unitId: id,
          title: z.string().trim().min(1).max(LIMITS.titleMax * 2),
          facts: z.string().trim().min(1).max(LIMITS.noteMax),
          clauses: z.array(z.string().max(50)).min(1).max(20),
          responsibility: z.enum(['collective', 'individual']),
          outcome: z.enum(OUTCOMES),
          decisionDocument: optionalText(200),
          decidedOn: z.iso.date(),
          people: z.array(z.strictObject({ personId: id, part: z.enum(PARTS), dissent: z.boolean() })).max(50),
        }),
      },
    },
    async (req, reply) => reply.status(201).send({ id: await cases.recordCase(req.ctx(), req.body) }),
  );
  app.get('/api/responsibility/accountability/:id', { config: read, schema: { tags, params: idParam } }, async (req) => {
    const c = await cases.getCase(req.ctx(), req.params.id);
    return {
      id: c.id,
      unitId: c.unit_id,
      unitName: c.unit_name,
      title: c.title,
      facts: c.facts,
      clauses: JSON.parse(c.clauses) as string[],
      responsibility: c.responsibility,
      outcome: c.outcome,
      decisionDocument: c.decision_document,
      decidedOn: c.decided_on,
      people: c.people.map((p) => ({ personId: p.person_id, name: p.name, title: p.title, part: p.part, dissent: p.dissent === 1, bears: p.bears })),
    };
  });
};
