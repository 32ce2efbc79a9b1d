import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getIncident, incidentKeys, type IncidentDetail } from '../../../api/incidents';
import { useWrite } from '../../../hooks/use-write';
import type { MessageKey } from '../../../i18n';

export function useIncident(id: number) {
  // The incident changes under the actor's eyes (items arrive, the superior answers): refreshed every half minute.
  return useQuery({ queryKey: incidentKeys.detail(id), queryFn: () => getIncident(id), refetchInterval: 30_000 });
}

/** A write on one incident; the server answers with the incident as it now stands, shown at once. */
export function useIncidentWrite<Vars>(id: number, write: (vars: Vars) => Promise<IncidentDetail>, done?: MessageKey) {
  const queryClient = useQueryClient();
  return useWrite(write, { invalidate: [incidentKeys.all], done, onSaved: (detail) => queryClient.setQueryData(incidentKeys.detail(id), detail) });
}
