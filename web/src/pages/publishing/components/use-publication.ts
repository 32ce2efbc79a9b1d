import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getPublication, publicationKeys, type PublicationDetail } from '../../../api/publishing';
import { useWrite } from '../../../hooks/use-write';
import type { MessageKey } from '../../../i18n';

export function usePublication(id: number) {
  return useQuery({ queryKey: publicationKeys.detail(id), queryFn: () => getPublication(id) });
}

/**
 * A write on one publication. The server answers every one with the new detail (text, findings,
 * approvals, version), which replaces the shown one at once; the lists refresh behind it.
 */
export function usePublicationWrite<Vars>(id: number, write: (vars: Vars) => Promise<PublicationDetail>, opts: { done?: MessageKey; ownErrorDisplay?: boolean } = {}) {
  const queryClient = useQueryClient();
  return useWrite(write, {
    invalidate: [publicationKeys.lists],
    done: opts.done,
    ownErrorDisplay: opts.ownErrorDisplay,
    onSaved: (detail) => queryClient.setQueryData(publicationKeys.detail(id), detail),
  });
}
