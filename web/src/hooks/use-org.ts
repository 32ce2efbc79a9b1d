import { useQuery } from '@tanstack/react-query';
import { LIMITS } from '@yuqing/common';
import { getUnitTree, listDepartments, listPeople, orgKeys } from '../api/org';

export function useUnitTree() {
  return useQuery({ queryKey: orgKeys.tree, queryFn: getUnitTree, select: (r) => r.units });
}

export function useDepartments(unitId: number | undefined) {
  return useQuery({
    queryKey: orgKeys.departments(unitId ?? 0),
    queryFn: () => listDepartments(unitId!),
    enabled: unitId !== undefined,
    select: (r) => r.departments,
  });
}

/** Active people of one unit for pickers (group members, an account's person): one page of the largest size is the whole unit. */
export function usePeopleOfUnit(unitId: number | undefined) {
  const query = { unitId, page: 1, pageSize: LIMITS.pageSizeMax };
  return useQuery({
    queryKey: orgKeys.people(query),
    queryFn: () => listPeople(query),
    enabled: unitId !== undefined,
    select: (r) => r.people,
  });
}
