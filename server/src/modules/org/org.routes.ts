import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { GROUP_POSITIONS, LIMITS, UNIT_KINDS } from '@yuqing/common';
import { idParam, name, optionalText, page, pageSize, queryBool, unitIdParam } from '../../core/schemas.js';
import * as departments from './department.service.js';
import * as groups from './leading-group.service.js';
import * as people from './person.service.js';
import * as units from './unit.service.js';
import { presentDepartment, presentLeadingGroup, presentMove, presentPerson, presentUnit } from './org.presenter.js';

const id = z.number().int().positive();
const unitBody = z.strictObject({
  parentId: id,
  name,
  kind: z.enum(UNIT_KINDS),
  code: z.string().max(LIMITS.unitCodeMax).nullish(),
  sort: z.number().int().optional(),
});
const departmentBody = z.strictObject({ unitId: id, name, duties: optionalText(), sort: z.number().int().optional() });
const personBody = z.strictObject({
  unitId: id,
  departmentId: id.nullish(),
  name,
  title: z.string().max(LIMITS.titleMax).nullish(),
  active: z.boolean().optional(),
  oversees: z.array(id).max(100).optional(),
});
const memberBody = z.strictObject({ personId: id, position: z.enum(GROUP_POSITIONS), duty: optionalText(LIMITS.dutyMax) });
const groupBody = z.strictObject({
  unitId: id,
  name,
  officeDepartmentId: id.nullish(),
  duties: optionalText(),
  members: z.array(memberBody).max(200),
});
const reason = { reason: optionalText(LIMITS.reasonMax) };

export const orgRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const read = { permission: 'org.read' } as const;
  const manage = { permission: 'org.manage' } as const;
  const tags = ['org'];

  app.get('/api/units/tree', { config: read, schema: { tags } }, async (req, reply) =>
    reply.type('application/json; charset=utf-8').send(await units.unitTreeJson(req.ctx())),
  );
  app.get('/api/units/:id', { config: read, schema: { tags, params: idParam } }, async (req) => {
    const r = await units.getUnit(req.ctx(), req.params.id);
    return { unit: presentUnit(r.unit), ancestry: r.ancestry };
  });
  app.post('/api/units', { config: { permission: 'unit.manage' }, schema: { tags, body: unitBody } }, async (req, reply) =>
    reply.status(201).send(presentUnit(await units.createUnit(req.ctx(), req.body))),
  );
  app.patch('/api/units/:id', { config: { permission: 'unit.manage' }, schema: { tags, params: idParam, body: unitBody.partial() } }, async (req) =>
    presentUnit(await units.updateUnit(req.ctx(), req.params.id, req.body)),
  );
  app.delete('/api/units/:id', { config: { permission: 'unit.manage' }, schema: { tags, params: idParam } }, async (req, reply) => {
    await units.deleteUnit(req.ctx(), req.params.id);
    return reply.status(204).send();
  });

  app.get('/api/units/:unitId/departments', { config: read, schema: { tags, params: unitIdParam } }, async (req) => ({
    departments: (await departments.listDepartments(req.ctx(), req.params.unitId)).map(presentDepartment),
  }));
  app.post('/api/departments', { config: manage, schema: { tags, body: departmentBody } }, async (req, reply) =>
    reply.status(201).send(presentDepartment(await departments.createDepartment(req.ctx(), req.body))),
  );
  app.patch('/api/departments/:id', { config: manage, schema: { tags, params: idParam, body: departmentBody.partial().extend(reason) } }, async (req) =>
    presentDepartment(await departments.updateDepartment(req.ctx(), req.params.id, req.body)),
  );
  app.delete('/api/departments/:id', { config: manage, schema: { tags, params: idParam } }, async (req, reply) => {
    await departments.deleteDepartment(req.ctx(), req.params.id);
    return reply.status(204).send();
  });
  app.get('/api/departments/:id/history', { config: read, schema: { tags, params: idParam } }, async (req) => ({
    moves: (await departments.departmentHistory(req.ctx(), req.params.id)).map(presentMove),
  }));

  const peopleQuery = z.strictObject({
    unitId: z.coerce.number().int().positive().optional(),
    departmentId: z.coerce.number().int().positive().optional(),
    q: z.string().max(LIMITS.nameMax).optional(),
    includeSubunits: queryBool.optional(),
    includeInactive: queryBool.optional(),
    page,
    pageSize,
  });
  app.get('/api/people', { config: read, schema: { tags, querystring: peopleQuery } }, async (req) => {
    const r = await people.listPeople(req.ctx(), req.query);
    return { people: r.rows.map(presentPerson), total: r.total };
  });
  app.get('/api/people/:id', { config: read, schema: { tags, params: idParam } }, async (req) => {
    const r = await people.getPerson(req.ctx(), req.params.id);
    return { person: presentPerson(r.person), oversees: r.oversees.map((d) => ({ id: d.id, name: d.name, unitId: d.unit_id })), history: r.history.map(presentMove), account: r.account };
  });
  app.post('/api/people', { config: manage, schema: { tags, body: personBody } }, async (req, reply) =>
    reply.status(201).send(presentPerson(await people.createPerson(req.ctx(), req.body))),
  );
  app.patch('/api/people/:id', { config: manage, schema: { tags, params: idParam, body: personBody.partial().extend(reason) } }, async (req) =>
    presentPerson(await people.updatePerson(req.ctx(), req.params.id, req.body)),
  );
  app.delete('/api/people/:id', { config: manage, schema: { tags, params: idParam } }, async (req, reply) => {
    await people.deletePerson(req.ctx(), req.params.id);
    return reply.status(204).send();
  });

  app.get('/api/units/:unitId/leading-groups', { config: read, schema: { tags, params: unitIdParam } }, async (req) => ({
    groups: (await groups.listLeadingGroups(req.ctx(), req.params.unitId)).map(presentLeadingGroup),
  }));
  app.post('/api/leading-groups', { config: manage, schema: { tags, body: groupBody } }, async (req, reply) =>
    reply.status(201).send(presentLeadingGroup(await groups.createLeadingGroup(req.ctx(), req.body))),
  );
  app.patch('/api/leading-groups/:id', { config: manage, schema: { tags, params: idParam, body: groupBody.omit({ unitId: true }).partial() } }, async (req) =>
    presentLeadingGroup(await groups.updateLeadingGroup(req.ctx(), req.params.id, req.body)),
  );
  app.delete('/api/leading-groups/:id', { config: manage, schema: { tags, params: idParam } }, async (req, reply) => {
    await groups.deleteLeadingGroup(req.ctx(), req.params.id);
    return reply.status(204).send();
  });
};
