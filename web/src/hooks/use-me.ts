import { useQuery } from '@tanstack/react-query';
import type { GrantedPermission } from '@yuqing/common';
import { ApiError } from '../api/client';
import { getMe, platformKeys, type Me } from '../api/platform';

/** The signed-in account, or null when there is no session (a 401 is an answer here, not an error). */
async function fetchMe(): Promise<Me | null> {
  try {
    return await getMe();
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export function useMe() {
  return useQuery({ queryKey: platformKeys.me, queryFn: fetchMe, staleTime: 60_000 });
}

/** Whether the signed-in account may do this; screens hide what it may not. The server checks again. */
export function useCan(permission: GrantedPermission): boolean {
  const { data: me } = useMe();
  return me?.permissions.includes(permission) ?? false;
}
