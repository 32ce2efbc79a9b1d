import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { APPROVAL_STEPS, PUBLICATION_STATUSES, SUBMISSION_KINDS, type Locale } from '@yuqing/common';
import { idParam, optionalText, queryBool, unitIdParam } from '../../core/schemas.js';
import { unitInScope } from '../org/index.js';
import { approvalChainFor, setApprovalChain } from './approval-chain.service.js';
import { listTerms, replaceTerms } from './check-terms.service.js';
import { extractDraft } from './draft-upload.js';
import { presentPublication, presentPublicationDetail, presentSubmission } from './publishing.presenter.js';
import * as pubs from './publication.service.js';
import * as subs from './submission.service.js';

const id = z.number().int().positive();
const title = z.string().trim().min(1).max(200);
/** About 200 pages of Chinese text; the checks stay linear in it. */
const body = z.string().max(300_000);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const submissionBody = z.strictObject({ unitId: id, title, kind: z.enum(SUBMISSION_KINDS), submittedOn: day, adopted: z.boolean().optional(), adoptedBy: optionalText(200), note: optionalText() });

export const publishingRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['publishing'];
  const read = { permission: 'publication.read' } as const;
  const write = { permission: 'publication.write' } as const;
  const detail = async (req: { ctx(): Parameters<typeof pubs.getPublication>[0]; locale: Locale }, pid: number) => presentPublicationDetail(await pubs.getPublication(req.ctx(), pid), req.locale);

  app.get(
    '/api/publications',
    { config: read, schema: { tags, querystring: z.strictObject({ status: z.enum(PUBLICATION_STATUSES).optional(), inbox: queryBool.optional() }) } },
    async (req) => ({ publications: (await pubs.listPublications(req.ctx(), req.query)).map(presentPublication) }),
  );
  app.get('/api/publications/:id', { config: read, schema: { tags, params: idParam } }, async (req) => detail(req, req.params.id));
  app.post('/api/publications', { config: write, schema: { tags, body: z.strictObject({ channelId: id, title, body }) } }, async (req, reply) =>
    reply.status(201).send(await detail(req, await pubs.createPublication(req.ctx(), req.body))),
  );
  app.post('/api/publications/extract', { config: write, schema: { tags, querystring: z.strictObject({ filename: z.string().max(255) }) } }, async (req) =>
    extractDraft(req.body as Buffer, req.query.filename, req.locale),
  );
  app.patch(
    '/api/publications/:id',
    { config: write, schema: { tags, params: idParam, body: z.strictObject({ title: title.optional(), body: body.optional(), version: z.number().int().positive().optional() }) } },
    async (req) => {
      await pubs.updatePublication(req.ctx(), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );
  app.put(
    '/api/publications/:id/findings/:findingId',
    {
      config: write,
      schema: { tags, params: z.strictObject({ id: z.coerce.number().int().positive(), findingId: z.coerce.number().int().positive() }), body: z.strictObject({ justification: z.string().trim().max(500).nullable() }) },
    },
    async (req) => {
      await pubs.justifyFinding(req.ctx(), req.params.id, req.params.findingId, req.body.justification || null);
      return detail(req, req.params.id);
    },
  );
  app.post('/api/publications/:id/submit', { config: write, schema: { tags, params: idParam, body: z.strictObject({ version: z.number().int().positive().optional() }) } }, async (req) => {
    await pubs.submitPublication(req.ctx(), req.params.id, req.body.version);
    return detail(req, req.params.id);
  });
  app.post(
    '/api/publications/:id/decisions',
    {
      // Review or approval: which role may take it depends on the step, checked in the service.
      config: { permission: 'authenticated' },
      schema: { tags, params: idParam, body: z.strictObject({ decision: z.enum(['approved', 'rejected']), contentHash: z.string().length(64), comment: optionalText(1000) }) },
    },
    async (req) => {
      await pubs.decide(req.ctx(), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );
  app.post(
    '/api/publications/:id/records',
    { config: write, schema: { tags, params: idParam, body: z.strictObject({ publishedAt: z.iso.datetime({ offset: true }).optional(), url: z.url({ protocol: /^https?$/ }).max(500).nullish() }) } },
    async (req) => {
      await pubs.recordPublication(req.ctx(), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );

  app.get('/api/units/:unitId/approval-chain', { config: read, schema: { tags, params: unitIdParam } }, async (req) => ({
    steps: await approvalChainFor(req.ctx().db, (await unitInScope(req.ctx(), req.params.unitId)).path),
  }));
  app.put(
    '/api/units/:unitId/approval-chain',
    { config: { permission: 'channel.manage' }, schema: { tags, params: unitIdParam, body: z.strictObject({ steps: z.array(z.enum(APPROVAL_STEPS)).min(1).max(APPROVAL_STEPS.length) }) } },
    async (req) => ({ steps: await setApprovalChain(req.ctx(), req.params.unitId, req.body.steps) }),
  );

  const termsBody = z.strictObject({
    formulations: z.array(z.strictObject({ wrong: z.string().trim().min(1).max(100), right: z.string().trim().min(1).max(100), note: optionalText(200) })).max(2000),
    words: z.array(z.string().trim().min(1).max(50)).max(5000),
  });
  app.get('/api/units/:unitId/check-terms', { config: read, schema: { tags, params: unitIdParam } }, async (req) => listTerms(req.ctx(), req.params.unitId));
  app.put('/api/units/:unitId/check-terms', { config: { permission: 'channel.manage' }, schema: { tags, params: unitIdParam, body: termsBody } }, async (req) => {
    await replaceTerms(req.ctx(), req.params.unitId, req.body);
    return listTerms(req.ctx(), req.params.unitId);
  });

  const sRead = { permission: 'submission.read' } as const;
  const sWrite = { permission: 'submission.write' } as const;
  const year = z.coerce.number().int().min(2000).max(2100);
  app.get(
    '/api/submissions',
    { config: sRead, schema: { tags, querystring: z.strictObject({ unitId: z.coerce.number().int().positive().optional(), year, month: z.coerce.number().int().min(1).max(12).optional() }) } },
    async (req) => ({ submissions: (await subs.listSubmissions(req.ctx(), req.query)).map(presentSubmission) }),
  );
  app.get('/api/submissions/tally', { config: sRead, schema: { tags, querystring: z.strictObject({ year }) } }, async (req) => subs.submissionTally(req.ctx(), req.query.year));
  app.post('/api/submissions', { config: sWrite, schema: { tags, body: submissionBody } }, async (req, reply) => reply.status(201).send(presentSubmission(await subs.createSubmission(req.ctx(), req.body))));
  app.patch('/api/submissions/:id', { config: sWrite, schema: { tags, params: idParam, body: submissionBody.omit({ unitId: true }).partial() } }, async (req) =>
    presentSubmission(await subs.updateSubmission(req.ctx(), req.params.id, req.body)),
  );
  app.delete('/api/submissions/:id', { config: sWrite, schema: { tags, params: idParam } }, async (req, reply) => {
    await subs.deleteSubmission(req.ctx(), req.params.id);
    return reply.status(204).send();
  });
  app.put('/api/units/:unitId/submission-target', { config: sWrite, schema: { tags, params: unitIdParam, body: z.strictObject({ monthlyTarget: z.number().int().min(0).max(100) }) } }, async (req) => {
    await subs.setMonthlyTarget(req.ctx(), req.params.unitId, req.body.monthlyTarget);
    return { monthlyTarget: req.body.monthlyTarget };
  });
};

