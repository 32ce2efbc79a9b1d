import type { Department, Person, Unit } from '../../db/schema.js';
import type { LeadingGroupView } from './leading-group.service.js';
import type { movesOf } from './org-move.repository.js';

export const presentUnit = (u: Unit) => ({
  id: u.id,
  parentId: u.parent_id,
  name: u.name,
  kind: u.kind,
  code: u.code,
  sort: u.sort,
  isDemo: u.is_demo === 1,
  createdAt: u.created_at,
  updatedAt: u.updated_at,
});

export const presentDepartment = (d: Department & { people_count?: number | string }) => ({
  id: d.id,
  unitId: d.unit_id,
  name: d.name,
  duties: d.duties,
  sort: d.sort,
  peopleCount: Number(d.people_count ?? 0),
  isDemo: d.is_demo === 1,
});

export const presentPerson = (p: Person & { unit_name?: string; department_name?: string | null }) => ({
  id: p.id,
  unitId: p.unit_id,
  unitName: p.unit_name ?? null,
  departmentId: p.department_id,
  departmentName: p.department_name ?? null,
  name: p.name,
  title: p.title,
  active: p.active === 1,
  isDemo: p.is_demo === 1,
});

export const presentMove = (m: Awaited<ReturnType<typeof movesOf>>[number]) => ({
  id: m.id,
  movedAt: m.moved_at,
  reason: m.reason,
  fromUnitId: m.from_unit_id,
  fromUnitName: m.from_unit_name,
  toUnitId: m.to_unit_id,
  toUnitName: m.to_unit_name,
  fromDepartmentId: m.from_department_id,
  fromDepartmentName: m.from_department_name,
  toDepartmentId: m.to_department_id,
  toDepartmentName: m.to_department_name,
  movedByName: m.moved_by_name,
});

export const presentLeadingGroup = (g: LeadingGroupView) => ({
  id: g.id,
  unitId: g.unit_id,
  name: g.name,
  officeDepartmentId: g.office_department_id,
  officeDepartmentName: g.office_department_name,
  duties: g.duties,
  isDemo: g.is_demo === 1,
  members: g.members.map((m) => ({ personId: m.person_id, name: m.name, title: m.title, position: m.position, duty: m.duty, sort: m.sort })),
});
