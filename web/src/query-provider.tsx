import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { ApiError, setSessionLostListener } from './api/client';
import { platformKeys } from './api/platform';
import { useT } from './i18n';
import { errorText } from './lib/error-text';
import { forgetSession } from './lib/session';

declare module '@tanstack/react-query' {
  interface Register {
    /** `ownErrorDisplay`: the screen shows this error itself (the login form's alert), so no toast. */
    queryMeta: { ownErrorDisplay?: boolean };
    mutationMeta: { ownErrorDisplay?: boolean };
  }
}

/**
 * One place shows every failed request: the server's message is already in the user's language.
 * Toasts share a key per error code, so ten queries failing on one lost session show one message.
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  const { message } = App.useApp();
  const t = useT();
  // The client lives for the whole app; the ref hands it the current language's texts.
  const tRef = useRef(t);
  tRef.current = t;

  const notify = useCallback(
    (err: Error) => void message.open({ type: 'error', content: errorText(err, tRef.current), key: err instanceof ApiError ? err.code : 'network', duration: 6 }),
    [message],
  );
  const [queryClient] = useState(() => {
    const show = (err: Error, meta: { ownErrorDisplay?: boolean } | undefined) => {
      if (!meta?.ownErrorDisplay) notify(err);
    };
    return new QueryClient({
      queryCache: new QueryCache({ onError: (err, query) => show(err, query.meta) }),
      mutationCache: new MutationCache({ onError: (err, _vars, _ctx, mutation) => show(err, mutation.meta) }),
      defaultOptions: {
        queries: {
          // The server's answers (403, 404, 409) do not change on retry; only the network may.
          retry: (count, err) => !(err instanceof ApiError) && count < 2,
          refetchOnWindowFocus: false,
        },
      },
    });
  });

  useEffect(
    () =>
      setSessionLostListener((err) => {
        // Only a session that existed can be lost; the first /api/auth/me of a visitor answers 401 too.
        if (!queryClient.getQueryData(platformKeys.me)) return;
        // Said here: forgetting the session cancels the very query that failed, and with it its error report.
        notify(err);
        forgetSession(queryClient);
      }),
    [queryClient, notify],
  );

  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
