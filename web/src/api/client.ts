import { CSRF_COOKIE, CSRF_HEADER } from '@yuqing/common';

/** An error the server answered with `{ error: { code, message, field } }`; the message is already in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Listener = (err: ApiError) => void;
let onSessionLost: Listener = () => undefined;

/** The app decides what losing the session means (clear the user, go to /login); the client only reports it. */
export function setSessionLostListener(listener: Listener): void {
  onSessionLost = listener;
}

function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  return document.cookie
    .split('; ')
    .find((c) => c.startsWith(prefix))
    ?.slice(prefix.length);
}

export type QueryParams = Record<string, string | number | boolean | undefined | null>;

function withQuery(path: string, query?: QueryParams): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function request<T>(method: string, path: string, body?: unknown, query?: QueryParams): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    // The server set this cookie on the first /api response; echoing it proves the request comes from our own page.
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers[CSRF_HEADER] = csrf;
  }
  const res = await fetch(withQuery(path, query), {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 204) return undefined as T;
  const data: unknown = await res.json().catch(() => null);
  if (res.ok) return data as T;

  const err = (data as { error?: { code?: string; message?: string; field?: string } } | null)?.error;
  // A proxy's HTML error page has no message of ours; the screen then shows a generic one by status.
  const apiError = new ApiError(res.status, err?.code ?? 'http', err?.message ?? '', err?.field);
  if (res.status === 401 && (apiError.code === 'unauthenticated' || apiError.code === 'session_expired')) onSessionLost(apiError);
  throw apiError;
}

export const api = {
  get: <T>(path: string, query?: QueryParams) => request<T>('GET', path, undefined, query),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: (path: string) => request<void>('DELETE', path),
};
