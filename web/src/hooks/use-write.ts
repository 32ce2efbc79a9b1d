import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { App } from 'antd';
import { useT, type MessageKey } from '../i18n';

/**
 * A write that, once saved, says so and refreshes what it changed. Failures are shown by the
 * app-wide handler (query-provider.tsx), so callers only describe the write.
 */
export function useWrite<Vars, Result>(
  mutationFn: (vars: Vars) => Promise<Result>,
  opts: {
    invalidate: QueryKey[];
    /** What to say once saved; a function when the words depend on the answer ("imported 3"). */
    done?: MessageKey | ((result: Result) => string);
    /** Runs before the refresh, e.g. to leave a deleted unit before its page would refetch it. */
    onSaved?: (result: Result, vars: Vars) => void;
    /** The screen shows the failure itself, next to what failed (an editor's version conflict). */
    ownErrorDisplay?: boolean;
  },
) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    meta: { ownErrorDisplay: opts.ownErrorDisplay },
    onSuccess: async (result, vars) => {
      opts.onSaved?.(result, vars);
      void message.success(typeof opts.done === 'function' ? opts.done(result) : t(opts.done ?? 'common.saved'));
      await Promise.all(opts.invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}
