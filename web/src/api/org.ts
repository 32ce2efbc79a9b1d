import type { QueryKey } from '@tanstack/react-query';
import type { GroupPosition, UnitKind } from '@yuqing/common';
import { api } from './client';

// Response shapes of the org routes (server/src/modules/org/org.presenter.ts); they move to common/ as the server exports them from there.

export interface UnitNode {
  id: number;
  parentId: number | null;
  name: string;
  kind: UnitKind;
  code: string | null;
  isDemo: boolean;
  departmentCount: number;
  peopleCount: number;
  peopleTotal: number;
  children: UnitNode[];
}

export interface Unit {
  id: number;
  parentId: number | null;
  name: string;
  kind: UnitKind;
  code: string | null;
  sort: number;
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface UnitInput {
  parentId: number;
  name: string;
  kind: UnitKind;
  code?: string | null;
  sort?: number;
}

export interface Department {
  id: number;
  unitId: number;
  name: string;
  duties: string | null;
  sort: number;
  peopleCount: number;
  isDemo: boolean;
}

export interface DepartmentInput {
  unitId: number;
  name: string;
  duties?: string | null;
  sort?: number;
}

export interface Move {
  id: number;
  movedAt: string;
  reason: string | null;
  fromUnitId: number | null;
  fromUnitName: string | null;
  toUnitId: number | null;
  toUnitName: string | null;
  fromDepartmentId: number | null;
  fromDepartmentName: string | null;
  toDepartmentId: number | null;
  toDepartmentName: string | null;
  movedByName: string | null;
}

export interface PersonRow {
  id: number;
  unitId: number;
  unitName: string | null;
  departmentId: number | null;
  departmentName: string | null;
  name: string;
  title: string | null;
  active: boolean;
  isDemo: boolean;
}

export interface PersonDetail {
  person: PersonRow;
  oversees: { id: number; name: string; unitId: number }[];
  history: Move[];
  account: { id: number; username: string } | null;
}

export interface PeopleQuery {
  unitId?: number;
  departmentId?: number;
  q?: string;
  includeSubunits?: boolean;
  includeInactive?: boolean;
  page: number;
  pageSize: number;
}

export interface PersonInput {
  unitId: number;
  departmentId?: number | null;
  name: string;
  title?: string | null;
  active?: boolean;
  oversees?: number[];
}

export interface GroupMember {
  personId: number;
  name: string;
  title: string | null;
  position: GroupPosition;
  duty: string | null;
  sort: number;
}

export interface LeadingGroup {
  id: number;
  unitId: number;
  name: string;
  officeDepartmentId: number | null;
  officeDepartmentName: string | null;
  duties: string | null;
  isDemo: boolean;
  members: GroupMember[];
}

export interface LeadingGroupInput {
  unitId: number;
  name: string;
  officeDepartmentId?: number | null;
  duties?: string | null;
  members: { personId: number; position: GroupPosition; duty?: string | null }[];
}

export const getUnitTree = () => api.get<{ units: UnitNode[] }>('/api/units/tree');
export const getUnit = (id: number) => api.get<{ unit: Unit; ancestry: { id: number; name: string }[] }>(`/api/units/${id}`);
export const createUnit = (input: UnitInput) => api.post<Unit>('/api/units', input);
export const updateUnit = (id: number, patch: Partial<UnitInput>) => api.patch<Unit>(`/api/units/${id}`, patch);
export const deleteUnit = (id: number) => api.delete(`/api/units/${id}`);

export const listDepartments = (unitId: number) => api.get<{ departments: Department[] }>(`/api/units/${unitId}/departments`);
export const createDepartment = (input: DepartmentInput) => api.post<Department>('/api/departments', input);
export const updateDepartment = (id: number, patch: Partial<DepartmentInput> & { reason?: string }) =>
  api.patch<Department>(`/api/departments/${id}`, patch);
export const deleteDepartment = (id: number) => api.delete(`/api/departments/${id}`);
export const getDepartmentHistory = (id: number) => api.get<{ moves: Move[] }>(`/api/departments/${id}/history`);

export const listPeople = (query: PeopleQuery) => api.get<{ people: PersonRow[]; total: number }>('/api/people', { ...query });
export const getPerson = (id: number) => api.get<PersonDetail>(`/api/people/${id}`);
export const createPerson = (input: PersonInput) => api.post<PersonRow>('/api/people', input);
export const updatePerson = (id: number, patch: Partial<PersonInput> & { reason?: string }) =>
  api.patch<PersonRow>(`/api/people/${id}`, patch);
export const deletePerson = (id: number) => api.delete(`/api/people/${id}`);

export const listLeadingGroups = (unitId: number) => api.get<{ groups: LeadingGroup[] }>(`/api/units/${unitId}/leading-groups`);
export const createLeadingGroup = (input: LeadingGroupInput) => api.post<LeadingGroup>('/api/leading-groups', input);
export const updateLeadingGroup = (id: number, patch: Partial<Omit<LeadingGroupInput, 'unitId'>>) =>
  api.patch<LeadingGroup>(`/api/leading-groups/${id}`, patch);
export const deleteLeadingGroup = (id: number) => api.delete(`/api/leading-groups/${id}`);

/**
 * Every org query starts with 'org', so invalidating ['org'] after any org write refreshes the
 * tree's head counts, the lists and the details together: org writes are rare, reads are cheap.
 */
export const orgKeys = {
  all: ['org'] as const,
  tree: ['org', 'tree'] as const,
  unit: (id: number) => ['org', 'unit', id] as const,
  departments: (unitId: number) => ['org', 'departments', unitId] as const,
  departmentHistory: (id: number) => ['org', 'department-history', id] as const,
  people: (query: PeopleQuery) => ['org', 'people', query] as const,
  person: (id: number) => ['org', 'person', id] as const,
  groups: (unitId: number) => ['org', 'groups', unitId] as const,
};

/** Whether a query holds data of one unit (its record, departments, groups, people), e.g. to drop them once it is deleted. */
export function isUnitQuery(key: QueryKey, unitId: number): boolean {
  const [scope, kind, arg] = key;
  if (scope !== 'org') return false;
  if (kind === 'people') return (arg as PeopleQuery).unitId === unitId;
  return (kind === 'unit' || kind === 'departments' || kind === 'groups') && arg === unitId;
}
