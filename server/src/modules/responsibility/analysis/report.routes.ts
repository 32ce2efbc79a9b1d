import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LIMITS } from '@yuqing/common';
import { idParam, queryBool } from '../../../core/schemas.js';
import * as reports from './report.service.js';

type Row = Awaited<ReturnType<typeof reports.listReports>>[number];
const present = (r: Omit<Row, 'sections'>) => ({
  id: r.id,
  unitId: r.unit_id,
  unitName: r.unit_name,
  period: r.period,
  title: r.title,
  status: r.status,
  approvedAt: r.approved_at,
  submittedAt: r.submitted_at,
  returnedAt: r.returned_at,
  returnComment: r.return_comment,
});
const section = z.strictObject({ heading: z.string().trim().min(1).max(LIMITS.titleMax), text: z.string().max(20_000) });

export const reportRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const read = { permission: 'responsibility.read' } as const;
  const manage = { permission: 'responsibility.manage' } as const;
  const tags = ['responsibility'];

  app.get(
    '/api/responsibility/analysis-reports',
    { config: read, schema: { tags, querystring: z.strictObject({ unitId: z.coerce.number().int().positive().optional(), received: queryBool.optional() }) } },
    async (req) => ({ reports: (await reports.listReports(req.ctx(), req.query)).map(present) }),
  );
  app.post(
    '/api/responsibility/analysis-reports',
    { config: manage, schema: { tags, body: z.strictObject({ unitId: z.number().int().positive(), period: z.string().regex(/^\d{4}-Q[1-4]$/), title: z.string().max(LIMITS.titleMax * 2).nullish() }) } },
    async (req, reply) => {
      const report = await reports.getReport(req.ctx(), await reports.draftReport(req.ctx(), req.body));
      return reply.status(201).send({ ...present(report), sections: report.sections });
    },
  );
  app.get('/api/responsibility/analysis-reports/:id', { config: read, schema: { tags, params: idParam } }, async (req) => {
    const r = await reports.getReport(req.ctx(), req.params.id);
    return { ...present(r), sections: r.sections };
  });
  app.patch(
    '/api/responsibility/analysis-reports/:id',
    { config: manage, schema: { tags, params: idParam, body: z.strictObject({ title: z.string().trim().min(1).max(LIMITS.titleMax * 2).optional(), sections: z.array(section).max(20).optional() }) } },
    async (req) => {
      await reports.editReport(req.ctx(), req.params.id, req.body);
      const r = await reports.getReport(req.ctx(), req.params.id);
      return { ...present(r), sections: r.sections };
    },
  );
  const step = (path: string, permission: 'analysis.approve' | 'responsibility.manage', run: (req: { ctx: () => Parameters<typeof reports.approveReport>[0]; params: { id: number } }) => Promise<void>) =>
    app.post(`/api/responsibility/analysis-reports/:id/${path}`, { config: { permission }, schema: { tags, params: idParam } }, async (req) => {
      await run(req);
      return present(await reports.getReport(req.ctx(), req.params.id));
    });
  step('approve', 'analysis.approve', (req) => reports.approveReport(req.ctx(), req.params.id));
  step('submit', 'responsibility.manage', (req) => reports.submitReport(req.ctx(), req.params.id));
  app.post(
    '/api/responsibility/analysis-reports/:id/return',
    { config: { permission: 'analysis.return' }, schema: { tags, params: idParam, body: z.strictObject({ comment: z.string().trim().min(1).max(LIMITS.noteMax) }) } },
    async (req) => {
      await reports.returnReport(req.ctx(), req.params.id, req.body.comment);
      return present(await reports.getReport(req.ctx(), req.params.id));
    },
  );
};
