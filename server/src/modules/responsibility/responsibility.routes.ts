import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LIMITS, MEETING_KINDS, OCCURRENCE_STATES, RECURRENCES } from '@yuqing/common';
import { idParam, name, optionalText, page, pageSize, queryBool, unitIdParam } from '../../core/schemas.js';
import { XLSX_MIME } from '../../core/uploads.js';
import { responsibilityDashboard } from './dashboard.service.js';
import { suggestMapping } from './instantiate.js';
import * as meetings from './meeting.service.js';
import * as plans from './plan.service.js';
import { presentMeeting, presentOccurrenceRow, presentPlan, presentTask } from './responsibility.presenter.js';
import { accountabilityRoutes } from './accountability/accountability.routes.js';
import { assessmentRoutes } from './assessment/assessment.routes.js';
import { inspectionRoutes } from './inspections/inspection.routes.js';
import { riskRoutes } from './risks/risk.routes.js';
import { listRisks } from './risks/risk.service.js';
import { listRectifications } from './inspections/inspection.service.js';
import { exportMeetings, exportQuotas } from './meeting-xlsx.js';
import * as notes from './task-note.service.js';
import { exportTasks, importTasks } from './task-xlsx.js';
import { LEADER_ROLES, PLAN_TEMPLATES, findTemplate, templateDepartments } from './templates.js';

const id = z.number().int().positive();
const date = z.iso.date();
const year = z.number().int().min(2000).max(2100);
const queryYear = z.coerce.number().int().min(2000).max(2100);
const queryUnit = z.coerce.number().int().positive();

const evidence = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('meeting'), meetingKind: z.enum(MEETING_KINDS), count: z.number().int().min(1).max(100).default(1) }),
  z.strictObject({ kind: z.literal('submissions'), count: z.number().int().min(1).max(1000) }),
  z.strictObject({ kind: z.literal('channel_review'), count: z.number().int().min(1).max(1000) }),
  z.strictObject({ kind: z.literal('manual') }),
]);
const taskBody = z.strictObject({
  title: name,
  body: optionalText(),
  leadDepartmentIds: z.array(id).max(50).optional(),
  responsibleDepartmentIds: z.array(id).max(50).optional(),
  leadNote: optionalText(200),
  responsibleNote: optionalText(200),
  leaderPersonId: id.nullish(),
  recurrence: z.enum(RECURRENCES),
  dueDate: date.nullish(),
  evidence,
  progressNote: optionalText(),
});
const attendance = z.array(z.strictObject({ personId: id, present: z.boolean(), absenceReason: optionalText(LIMITS.reasonMax) })).max(500);
const meetingBody = z.strictObject({
  unitId: id,
  kind: z.enum(MEETING_KINDS),
  heldOn: date,
  title: z.string().trim().min(1).max(LIMITS.titleMax * 2),
  topics: optionalText(),
  minutes: optionalText(20_000),
  attendance: attendance.optional(),
});

export const responsibilityRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const read = { permission: 'responsibility.read' } as const;
  const manage = { permission: 'responsibility.manage' } as const;
  const tags = ['responsibility'];
  const download = (file: { name: string; data: Buffer }, reply: FastifyReply) =>
    reply.type(XLSX_MIME).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`).send(file.data);
  await app.register(riskRoutes);
  await app.register(inspectionRoutes);
  await app.register(assessmentRoutes);
  await app.register(accountabilityRoutes);

  app.get('/api/responsibility/templates', { config: read, schema: { tags } }, async () => ({
    templates: PLAN_TEMPLATES.map((t) => ({ key: t.key, title: t.title, seed: t.seed, unitKinds: t.unitKinds, departments: templateDepartments(t), collectives: t.collectives, leaderRoles: LEADER_ROLES, tasks: t.tasks })),
  }));
  app.get(
    '/api/units/:unitId/responsibility/template-mapping',
    { config: read, schema: { tags, params: unitIdParam, querystring: z.strictObject({ template: z.string().max(50) }) } },
    async (req) => {
      const template = findTemplate(req.query.template);
      const depts = await plans.departmentsByName(req.ctx(), req.params.unitId);
      const names = template ? templateDepartments(template) : [];
      return { departments: suggestMapping(names, [...depts].map(([n, i]) => ({ id: i, name: n }))) };
    },
  );

  app.get('/api/responsibility/plans', { config: read, schema: { tags, querystring: z.strictObject({ unitId: queryUnit.optional(), year: queryYear.optional() }) } }, async (req) => ({
    plans: (await plans.listPlans(req.ctx(), req.query)).map(presentPlan),
  }));
  app.post(
    '/api/responsibility/plans',
    {
      config: manage,
      schema: {
        tags,
        body: z.strictObject({
          unitId: id,
          year,
          title: optionalText(LIMITS.titleMax * 2),
          templateKey: z.string().max(50).nullish(),
          mapping: z.strictObject({ departments: z.record(z.string().max(LIMITS.nameMax), id.nullable()), leaders: z.partialRecord(z.enum(LEADER_ROLES), id.nullable()) }).optional(),
        }),
      },
    },
    async (req, reply) => {
      const planId = await plans.createPlan(req.ctx(), req.body);
      const plan = await plans.getPlan(req.ctx(), planId);
      return reply.status(201).send({ ...presentPlan(plan), tasks: plan.tasks.map(presentTask) });
    },
  );
  app.get('/api/responsibility/plans/:id', { config: read, schema: { tags, params: idParam } }, async (req) => {
    const plan = await plans.getPlan(req.ctx(), req.params.id);
    return { ...presentPlan(plan), tasks: plan.tasks.map(presentTask) };
  });
  app.patch('/api/responsibility/plans/:id', { config: manage, schema: { tags, params: idParam, body: z.strictObject({ title: z.string().trim().min(1).max(LIMITS.titleMax * 2) }) } }, async (req) => {
    await plans.renamePlan(req.ctx(), req.params.id, req.body.title);
    return presentPlan(await plans.planInScope(req.ctx(), req.params.id));
  });
  app.get('/api/responsibility/plans/:id/export.xlsx', { config: read, schema: { tags, params: idParam } }, async (req, reply) => download(await exportTasks(req.ctx(), req.params.id), reply));
  app.post(
    '/api/responsibility/plans/:id/import',
    { config: manage, schema: { tags, params: idParam, querystring: z.strictObject({ dryRun: queryBool.optional() }) } },
    async (req) => importTasks(req.ctx(), req.params.id, req.body as Buffer, req.query.dryRun ?? false),
  );

  app.post('/api/responsibility/plans/:id/tasks', { config: manage, schema: { tags, params: idParam, body: taskBody } }, async (req, reply) => {
    const taskId = await plans.addTask(req.ctx(), req.params.id, req.body);
    const task = (await plans.getPlan(req.ctx(), req.params.id)).tasks.find((t) => t.id === taskId)!;
    return reply.status(201).send(presentTask(task));
  });
  app.patch('/api/responsibility/tasks/:id', { config: manage, schema: { tags, params: idParam, body: taskBody.partial() } }, async (req) => {
    await plans.updateTask(req.ctx(), req.params.id, req.body);
    const task = await plans.taskInScope(req.ctx(), req.params.id);
    return presentTask((await plans.getPlan(req.ctx(), task.plan_id)).tasks.find((t) => t.id === task.id)!);
  });
  app.delete('/api/responsibility/tasks/:id', { config: manage, schema: { tags, params: idParam } }, async (req, reply) => {
    await plans.deleteTask(req.ctx(), req.params.id);
    return reply.status(204).send();
  });
  app.get('/api/responsibility/tasks/:id/notes', { config: read, schema: { tags, params: idParam } }, async (req) => ({
    notes: (await notes.notesOf(req.ctx(), req.params.id)).map((n) => ({ id: n.id, note: n.note, periodKey: n.period_key, fileName: n.file_name, size: n.size, author: n.author, createdAt: n.created_at })),
  }));
  app.post(
    '/api/responsibility/tasks/:id/notes',
    { config: manage, schema: { tags, params: idParam, body: z.strictObject({ note: z.string().trim().min(1).max(LIMITS.noteMax), occurrenceId: id.nullish() }) } },
    async (req, reply) => reply.status(201).send({ id: await notes.addNote(req.ctx(), req.params.id, req.body) }),
  );
  app.post(
    '/api/responsibility/task-notes/:id/file',
    { config: manage, schema: { tags, params: idParam, querystring: z.strictObject({ name: z.string().trim().min(1).max(200) }) } },
    async (req) => {
      const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      await notes.attachFile(req.ctx(), req.params.id, { name: req.query.name, mime: String(req.headers['content-type'] ?? 'application/octet-stream'), data });
      return { ok: true };
    },
  );
  app.get('/api/responsibility/task-notes/:id/file', { config: read, schema: { tags, params: idParam } }, async (req, reply) => {
    const file = await notes.noteFile(req.ctx(), req.params.id);
    // A download, never shown inline: an uploaded file is untrusted.
    return reply.type(file.mime).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`).header('x-content-type-options', 'nosniff').send(file.data);
  });
  app.post(
    '/api/responsibility/occurrences/:id/complete',
    { config: manage, schema: { tags, params: idParam, body: z.strictObject({ note: z.string().trim().min(1).max(LIMITS.noteMax) }) } },
    async (req) => {
      await plans.completeOccurrence(req.ctx(), req.params.id, req.body.note);
      return { ok: true };
    },
  );
  app.post(
    '/api/responsibility/occurrences/:id/reopen',
    { config: manage, schema: { tags, params: idParam, body: z.strictObject({ reason: z.string().trim().min(1).max(LIMITS.reasonMax) }) } },
    async (req) => {
      await plans.reopenOccurrence(req.ctx(), req.params.id, req.body.reason);
      return { ok: true };
    },
  );
  app.get(
    '/api/responsibility/occurrences',
    {
      config: read,
      schema: {
        tags,
        querystring: z.strictObject({ unitId: queryUnit.optional(), subtree: queryBool.optional(), state: z.enum(OCCURRENCE_STATES).optional(), from: date.optional(), to: date.optional(), page, pageSize }),
      },
    },
    async (req) => {
      const { total, rows } = await plans.listOccurrences(req.ctx(), req.query);
      return { total, occurrences: rows.map(presentOccurrenceRow) };
    },
  );

  app.get(
    '/api/responsibility/meetings',
    { config: read, schema: { tags, querystring: z.strictObject({ unitId: queryUnit.optional(), subtree: queryBool.optional(), kind: z.enum(MEETING_KINDS).optional(), year: queryYear.optional() }) } },
    async (req) => ({ meetings: (await meetings.listMeetings(req.ctx(), req.query)).map(presentMeeting) }),
  );
  const exportQuery = z.strictObject({ unitId: queryUnit, year: queryYear, subtree: queryBool.optional() });
  app.get('/api/responsibility/meetings/export.xlsx', { config: read, schema: { tags, querystring: exportQuery } }, async (req, reply) => download(await exportMeetings(req.ctx(), req.query), reply));
  app.get('/api/responsibility/meeting-quotas/export.xlsx', { config: read, schema: { tags, querystring: exportQuery.omit({ subtree: true }) } }, async (req, reply) =>
    download(await exportQuotas(req.ctx(), req.query), reply),
  );
  app.post('/api/responsibility/meetings', { config: manage, schema: { tags, body: meetingBody } }, async (req, reply) => {
    const meetingId = await meetings.recordMeeting(req.ctx(), req.body);
    return reply.status(201).send(presentMeeting(await meetings.meetingInScope(req.ctx(), meetingId)));
  });
  app.get('/api/responsibility/meetings/:id', { config: read, schema: { tags, params: idParam } }, async (req) => {
    const m = await meetings.getMeeting(req.ctx(), req.params.id);
    return {
      ...presentMeeting(m),
      attendance: m.attendance.map((a) => ({ personId: a.person_id, name: a.name, title: a.title, present: a.present === 1, absenceReason: a.absence_reason })),
      materials: m.materials.map((f) => ({ id: f.id, fileName: f.file_name, mime: f.mime, size: f.size, createdAt: f.created_at })),
    };
  });
  app.patch('/api/responsibility/meetings/:id', { config: manage, schema: { tags, params: idParam, body: meetingBody.omit({ unitId: true }).partial() } }, async (req) => {
    await meetings.updateMeeting(req.ctx(), req.params.id, req.body);
    return presentMeeting(await meetings.meetingInScope(req.ctx(), req.params.id));
  });
  app.delete('/api/responsibility/meetings/:id', { config: manage, schema: { tags, params: idParam } }, async (req, reply) => {
    await meetings.deleteMeeting(req.ctx(), req.params.id);
    return reply.status(204).send();
  });
  app.post(
    '/api/responsibility/meetings/:id/materials',
    { config: manage, schema: { tags, params: idParam, querystring: z.strictObject({ name: z.string().trim().min(1).max(200) }) } },
    async (req, reply) => {
      const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const materialId = await meetings.addMaterial(req.ctx(), req.params.id, { name: req.query.name, mime: String(req.headers['content-type'] ?? 'application/octet-stream'), data });
      return reply.status(201).send({ id: materialId });
    },
  );
  app.get('/api/responsibility/materials/:id', { config: read, schema: { tags, params: idParam } }, async (req, reply) => {
    const file = await meetings.getMaterial(req.ctx(), req.params.id);
    // Served as a download, never rendered inline: uploaded files are untrusted.
    return reply.type(file.mime).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`).header('x-content-type-options', 'nosniff').send(file.data);
  });

  app.get('/api/units/:unitId/meeting-quotas', { config: read, schema: { tags, params: unitIdParam, querystring: z.strictObject({ year: queryYear }) } }, async (req) => ({
    year: req.query.year,
    quotas: await meetings.quotaProgressOf(req.ctx(), req.params.unitId, req.query.year),
  }));
  app.put(
    '/api/units/:unitId/meeting-quotas',
    { config: manage, schema: { tags, params: unitIdParam, body: z.strictObject({ year, targets: z.partialRecord(z.enum(MEETING_KINDS), z.number().int().min(0).max(366)) }) } },
    async (req) => {
      await meetings.setQuotas(req.ctx(), req.params.unitId, req.body.year, req.body.targets);
      return { year: req.body.year, quotas: await meetings.quotaProgressOf(req.ctx(), req.params.unitId, req.body.year) };
    },
  );

  app.get('/api/responsibility/dashboard', { config: read, schema: { tags, querystring: z.strictObject({ unitId: queryUnit.optional(), year: queryYear.optional() }) } }, async (req) =>
    responsibilityDashboard(req.ctx(), req.query),
  );
  app.get(
    '/api/responsibility/calendar',
    { config: read, schema: { tags, querystring: z.strictObject({ unitId: queryUnit.optional(), subtree: queryBool.optional(), from: date, to: date }) } },
    async (req) => {
      const scope = { unitId: req.query.unitId, subtree: req.query.subtree };
      const inRange = (d: string | null) => d !== null && d >= req.query.from && d <= req.query.to;
      const [occ, held, risks, rects] = await Promise.all([
        plans.listOccurrences(req.ctx(), req.query),
        meetings.listMeetings(req.ctx(), { ...scope, from: req.query.from, to: req.query.to }),
        listRisks(req.ctx(), scope),
        listRectifications(req.ctx(), { ...scope, state: 'open' }),
      ]);
      return {
        occurrences: occ.rows.map(presentOccurrenceRow),
        meetings: held.map(presentMeeting),
        riskReviews: risks.filter((r) => r.status !== 'closed' && inRange(r.next_review_on)).map((r) => ({ id: r.id, date: r.next_review_on!, description: r.description, unitName: r.unit_name })),
        rectifications: rects.filter((r) => inRange(r.deadline)).map((r) => ({ id: r.id, date: r.deadline, finding: r.finding, unitName: r.unit_name })),
      };
    },
  );
};
