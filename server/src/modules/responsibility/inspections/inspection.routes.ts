import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LIMITS } from '@yuqing/common';
import { idParam, optionalText, queryBool } from '../../../core/schemas.js';
import { CHECKLISTS } from './checklists.js';
import * as inspections from './inspection.service.js';

const id = z.number().int().positive();
type Rect = Awaited<ReturnType<typeof inspections.listRectifications>>[number];
const presentRect = (r: Omit<Rect, 'overdue'> & { overdue?: boolean }) => ({
  id: r.id,
  inspectionId: r.inspection_id,
  inspectionTitle: r.inspection_title,
  unitId: r.unit_id,
  unitName: r.unit_name,
  finding: r.finding,
  ownerName: r.owner_name,
  ownerDepartmentName: r.owner_department_name,
  deadline: r.deadline,
  status: r.status,
  overdue: r.overdue ?? false,
  closedAt: r.closed_at,
  closingEvidence: r.closing_evidence,
});

export const inspectionRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const read = { permission: 'responsibility.read' } as const;
  const manage = { permission: 'responsibility.manage' } as const;
  const tags = ['responsibility'];

  app.get('/api/responsibility/checklists', { config: read, schema: { tags } }, async () => ({ checklists: CHECKLISTS }));
  app.get(
    '/api/responsibility/inspections',
    { config: read, schema: { tags, querystring: z.strictObject({ unitId: z.coerce.number().int().positive().optional(), subtree: queryBool.optional() }) } },
    async (req) => ({
      inspections: (await inspections.listInspections(req.ctx(), req.query)).map((i) => ({ id: i.id, unitId: i.unit_id, unitName: i.unit_name, kind: i.kind, checklistKey: i.checklist_key, title: i.title, inspectedOn: i.inspected_on })),
    }),
  );
  app.post(
    '/api/responsibility/inspections',
    {
      config: manage,
      schema: {
        tags,
        body: z.strictObject({
          unitId: id,
          departmentId: id.nullish(),
          title: z.string().trim().min(1).max(LIMITS.titleMax * 2),
          inspectedOn: z.iso.date(),
          note: optionalText(),
          findings: z.array(z.strictObject({ finding: z.string().trim().min(1).max(LIMITS.noteMax), ownerPersonId: id.nullish(), ownerDepartmentId: id.nullish(), deadline: z.iso.date() })).max(100),
        }),
      },
    },
    async (req, reply) => reply.status(201).send({ id: await inspections.recordInspection(req.ctx(), req.body) }),
  );
  app.post(
    '/api/responsibility/self-checks',
    {
      config: manage,
      schema: {
        tags,
        body: z.strictObject({
          unitId: id,
          checklistKey: z.string().max(50),
          inspectedOn: z.iso.date(),
          answers: z.array(z.strictObject({ key: z.string().max(50), passed: z.boolean(), evidence: optionalText() })).max(100),
          ownerPersonId: id.nullish(),
          deadline: z.iso.date().nullish(),
        }),
      },
    },
    async (req, reply) => reply.status(201).send({ id: await inspections.runSelfCheck(req.ctx(), req.body) }),
  );
  app.get('/api/responsibility/inspections/:id', { config: read, schema: { tags, params: idParam } }, async (req) => {
    const i = await inspections.getInspection(req.ctx(), req.params.id);
    return {
      id: i.id,
      unitId: i.unit_id,
      unitName: i.unit_name,
      kind: i.kind,
      checklistKey: i.checklist_key,
      title: i.title,
      inspectedOn: i.inspected_on,
      note: i.note,
      items: i.items.map((x) => ({ key: x.item_key, text: x.text, passed: x.passed === 1, evidence: x.evidence })),
      rectifications: i.rectifications.map(presentRect),
    };
  });
  app.get(
    '/api/responsibility/rectifications',
    {
      config: read,
      schema: { tags, querystring: z.strictObject({ unitId: z.coerce.number().int().positive().optional(), subtree: queryBool.optional(), state: z.enum(['open', 'overdue', 'closed']).optional() }) },
    },
    async (req) => ({ rectifications: (await inspections.listRectifications(req.ctx(), req.query)).map(presentRect) }),
  );
  app.post(
    '/api/responsibility/rectifications/:id/close',
    { config: manage, schema: { tags, params: idParam, body: z.strictObject({ evidence: z.string().trim().min(1).max(LIMITS.noteMax) }) } },
    async (req) => {
      await inspections.closeRectification(req.ctx(), req.params.id, req.body.evidence);
      return { ok: true };
    },
  );
};
