import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { INCIDENT_STATES } from '@yuqing/common';
import { idParam, page, pageSize, queryBool, unitIdParam } from '../../core/schemas.js';
import { DOCX_MIME } from '../../core/uploads.js';
import { renderDocx, type DocumentSpec } from '../documents/index.js';
import { unitInScope } from '../org/index.js';
import { completeTask, recordConsultation } from './consultation.service.js';
import { resolveLimits, PRESETS } from './deadlines.js';
import { incidentFigures } from './figures.service.js';
import { fileFlashReport, flashReport } from './flash-report.service.js';
import { inbox, respond } from './inbox.service.js';
import { candidateEvents, fullTimeline, getIncident, incidentItems, listIncidents } from './incident-detail.service.js';
import { openIncident, transition, updateIncident } from './incident.service.js';
import * as s from './incident.schema.js';
import { policyFor, setPolicy } from './policy.service.js';
import { attachItems, recordReply, writeReview } from './reply.service.js';
import { decideStatement, saveStatement, statementDiff } from './statement.service.js';

const pid = z.coerce.number().int().positive();

export const incidentRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['incidents'];
  const read = { permission: 'incident.read' } as const;
  const write = { permission: 'incident.write' } as const;
  // Every change answers with the incident page as it now stands, so a screen never shows a stale version.
  const after = async (req: { ctx(): Parameters<typeof getIncident>[0] }, id: number) => getIncident(req.ctx(), id);

  app.get('/api/incidents', { config: read, schema: { tags, querystring: z.strictObject({ state: z.enum(INCIDENT_STATES).optional(), grade: z.coerce.number().int().min(1).max(4).optional(), open: queryBool.optional() }) } }, async (req) => ({
    incidents: await listIncidents(req.ctx(), req.query),
  }));
  app.get('/api/incidents/candidate-events', { config: read, schema: { tags } }, async (req) => ({ events: await candidateEvents(req.ctx()) }));
  app.post('/api/incidents', { config: write, schema: { tags, body: s.openBody } }, async (req, reply) => reply.status(201).send(await after(req, await openIncident(req.ctx(), req.body))));
  app.get('/api/incidents/:id', { config: read, schema: { tags, params: idParam } }, async (req) => after(req, req.params.id));
  app.patch('/api/incidents/:id', { config: write, schema: { tags, params: idParam, body: s.updateBody } }, async (req) => {
    await updateIncident(req.ctx(), req.params.id, req.body);
    return after(req, req.params.id);
  });
  app.post('/api/incidents/:id/transitions', { config: write, schema: { tags, params: idParam, body: s.transitionBody } }, async (req) => {
    await transition(req.ctx(), req.params.id, req.body);
    return after(req, req.params.id);
  });
  app.get('/api/incidents/:id/items', { config: read, schema: { tags, params: idParam, querystring: z.strictObject({ page, pageSize }) } }, async (req) => incidentItems(req.ctx(), req.params.id, req.query.page, req.query.pageSize));
  app.post('/api/incidents/:id/items', { config: write, schema: { tags, params: idParam, body: z.strictObject({ itemIds: z.array(z.number().int().positive()).min(1).max(500) }) } }, async (req) => {
    await attachItems(req.ctx(), req.params.id, req.body.itemIds);
    return after(req, req.params.id);
  });
  app.get('/api/incidents/:id/timeline', { config: read, schema: { tags, params: idParam, querystring: z.strictObject({ offset: z.coerce.number().int().min(0).default(0), limit: z.coerce.number().int().min(1).max(1000).default(200) }) } }, async (req) =>
    fullTimeline(req.ctx(), req.params.id, req.query.offset, req.query.limit),
  );

  app.post('/api/incidents/:id/flash-reports', { config: write, schema: { tags, params: idParam, body: s.flashReportBody } }, async (req) => {
    await fileFlashReport(req.ctx(), req.params.id, req.body);
    return after(req, req.params.id);
  });
  app.get('/api/incidents/:id/flash-reports/:reportId', { config: read, schema: { tags, params: z.strictObject({ id: pid, reportId: pid }) } }, async (req) => {
    const r = await flashReport(req.ctx(), req.params.id, req.params.reportId);
    return { id: r.id, grade: r.grade, filedAt: r.filed_at, spec: JSON.parse(r.spec) as unknown };
  });

  app.get('/api/incidents/:id/flash-reports/:reportId/docx', { config: read, schema: { tags, params: z.strictObject({ id: pid, reportId: pid }) } }, async (req, reply) => {
    const r = await flashReport(req.ctx(), req.params.id, req.params.reportId);
    const spec = JSON.parse(r.spec) as DocumentSpec;
    // The file carries the report's date, not today's: it reads as it was sent.
    const file = await renderDocx(spec, { now: new Date(r.filed_at) });
    const name = `快报-${spec.title.slice(0, 60)}.docx`;
    return reply.type(DOCX_MIME).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`).send(file);
  });

  app.get('/api/incident-inbox', { config: { permission: 'incident.inbox' }, schema: { tags, querystring: z.strictObject({ pending: queryBool.optional() }) } }, async (req) => ({
    reports: (await inbox(req.ctx(), req.query)).map((r) => ({
      recipientId: r.id,
      reportId: r.report_id,
      targets: JSON.parse(r.targets) as string[],
      recipientUnitName: r.recipient_unit_name,
      acknowledgedAt: r.acknowledged_at,
      acknowledgedBy: r.acknowledged_name,
      incidentId: r.incident_id,
      title: r.title,
      grade: r.grade,
      state: r.state,
      unitName: r.unit_name,
      filedAt: r.filed_at,
    })),
  }));
  app.post('/api/incident-inbox/:id', { config: { permission: 'incident.inbox' }, schema: { tags, params: idParam, body: s.inboxBody } }, async (req) => {
    await respond(req.ctx(), req.params.id, req.body);
    return { ok: true };
  });

  app.post('/api/incidents/:id/consultations', { config: write, schema: { tags, params: idParam, body: s.consultationBody } }, async (req) => {
    await recordConsultation(req.ctx(), req.params.id, req.body);
    return after(req, req.params.id);
  });
  app.post('/api/incidents/:id/tasks/:taskId', { config: write, schema: { tags, params: z.strictObject({ id: pid, taskId: pid }), body: z.strictObject({ done: z.boolean() }) } }, async (req) => {
    await completeTask(req.ctx(), req.params.id, req.params.taskId, req.body.done);
    return after(req, req.params.id);
  });
  app.post('/api/incidents/:id/statements', { config: write, schema: { tags, params: idParam, body: s.statementBody } }, async (req) => {
    await saveStatement(req.ctx(), req.params.id, req.body);
    return after(req, req.params.id);
  });
  app.get('/api/incidents/:id/statements/diff', { config: read, schema: { tags, params: idParam, querystring: z.strictObject({ from: z.coerce.number().int().positive(), to: z.coerce.number().int().positive() }) } }, async (req) =>
    statementDiff(req.ctx(), req.params.id, req.query.from, req.query.to),
  );
  app.post('/api/incidents/:id/approvals', { config: { permission: 'incident.approve' }, schema: { tags, params: idParam, body: s.approvalBody } }, async (req) => {
    await decideStatement(req.ctx(), req.params.id, req.body);
    return after(req, req.params.id);
  });
  app.post('/api/incidents/:id/replies', { config: write, schema: { tags, params: idParam, body: s.replyBody } }, async (req) => {
    await recordReply(req.ctx(), req.params.id, req.body);
    return after(req, req.params.id);
  });
  app.put('/api/incidents/:id/review', { config: write, schema: { tags, params: idParam, body: s.reviewBody } }, async (req) => {
    await writeReview(req.ctx(), req.params.id, req.body);
    return after(req, req.params.id);
  });

  app.get('/api/incident-figures', { config: read, schema: { tags, querystring: z.strictObject({ from: z.iso.datetime({ offset: true }).optional(), to: z.iso.datetime({ offset: true }).optional() }) } }, async (req) => incidentFigures(req.ctx(), req.query));

  const presentPolicy = (policy: Awaited<ReturnType<typeof policyFor>>) => ({ ...policy, limits: resolveLimits(policy.preset, policy.tighten).limits, presets: PRESETS });
  app.get('/api/units/:unitId/incident-policy', { config: read, schema: { tags, params: unitIdParam } }, async (req) => presentPolicy(await policyFor(req.ctx().db, (await unitInScope(req.ctx(), req.params.unitId)).path)));
  app.put('/api/units/:unitId/incident-policy', { config: { permission: 'incident.manage' }, schema: { tags, params: unitIdParam, body: s.policyBody } }, async (req) => presentPolicy(await setPolicy(req.ctx(), req.params.unitId, req.body)));
};
