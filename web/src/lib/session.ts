import type { QueryClient } from '@tanstack/react-query';
import { platformKeys } from '../api/platform';

/**
 * After logout or a lost session nothing of the previous account may linger in the cache.
 * The signed-out state is set first: its observers (the layout) then leave for /login, while
 * queryClient.clear() would drop the queries without telling anyone watching them.
 */
export function forgetSession(queryClient: QueryClient): void {
  queryClient.setQueryData(platformKeys.me, null);
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== platformKeys.me[0] });
}
