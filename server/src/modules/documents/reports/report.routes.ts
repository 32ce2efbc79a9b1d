import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam } from '../../../core/schemas.js';
import { REPORT_KINDS } from './kinds.js';
import { REPORT_FORMATS, REPORT_MIME } from './render.js';
import { presentReport, presentReportDetail } from './report.presenter.js';
import * as reports from './report.service.js';

const id = z.number().int().positive();
const TEXT_MAX = 20_000;

export const reportRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const read = { permission: 'document.read' } as const;
  const write = { permission: 'document.write' } as const;
  const tags = ['reports'];

  app.get('/api/reports', { config: read, schema: { tags, querystring: z.strictObject({ unitId: z.coerce.number().int().positive().optional() }) } }, async (req) => ({
    reports: (await reports.listReports(req.ctx(), req.query.unitId)).map(presentReport),
  }));
  app.get('/api/reports/received', { config: read, schema: { tags } }, async (req) => ({
    reports: (await reports.receivedReports(req.ctx())).map(presentReport),
  }));
  app.get('/api/reports/:id', { config: read, schema: { tags, params: idParam } }, async (req) => presentReportDetail(await reports.getReport(req.ctx(), req.params.id)));
  app.get(
    '/api/reports/:id/file',
    { config: read, schema: { tags, params: idParam, querystring: z.strictObject({ format: z.enum(REPORT_FORMATS) }) } },
    async (req, reply) => {
      const { file, name } = await reports.downloadReport(req.ctx(), req.params.id, req.query.format);
      const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
      return reply
        .type(REPORT_MIME[req.query.format])
        .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`)
        .send(file);
    },
  );
  app.post(
    '/api/reports',
    { config: write, schema: { tags, body: z.strictObject({ kind: z.enum(REPORT_KINDS), period: z.string().max(10), unitId: id.optional() }) } },
    async (req, reply) => {
      const created = await reports.createReport(req.ctx(), req.body);
      return reply.status(201).send(presentReportDetail(await reports.getReport(req.ctx(), created)));
    },
  );
  app.patch(
    '/api/reports/:id',
    {
      config: write,
      schema: {
        tags,
        params: idParam,
        body: z.strictObject({
          version: z.number().int().positive(),
          title: z.string().trim().min(1).max(200).optional(),
          sections: z.array(z.strictObject({ key: z.string().min(1).max(40), text: z.string().max(TEXT_MAX) })).max(50),
        }),
      },
    },
    async (req) => {
      await reports.editReport(req.ctx(), req.params.id, req.body);
      return presentReportDetail(await reports.getReport(req.ctx(), req.params.id));
    },
  );
  app.post(
    '/api/reports/:id/approve',
    { config: { permission: 'document.approve' }, schema: { tags, params: idParam, body: z.strictObject({ contentHash: z.string().regex(/^[0-9a-f]{64}$/) }) } },
    async (req) => {
      await reports.approveReport(req.ctx(), req.params.id, req.body);
      return presentReportDetail(await reports.getReport(req.ctx(), req.params.id));
    },
  );
  app.post('/api/reports/:id/submit', { config: write, schema: { tags, params: idParam } }, async (req) => {
    await reports.submitReport(req.ctx(), req.params.id);
    return presentReportDetail(await reports.getReport(req.ctx(), req.params.id));
  });
  app.post(
    '/api/reports/:id/return',
    { config: { permission: 'document.return' }, schema: { tags, params: idParam, body: z.strictObject({ comment: z.string().trim().min(1).max(2000) }) } },
    async (req) => {
      await reports.returnReport(req.ctx(), req.params.id, req.body);
      return presentReport(await reports.getReport(req.ctx(), req.params.id));
    },
  );
};
