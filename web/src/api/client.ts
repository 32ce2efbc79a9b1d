import { CSRF_COOKIE, CSRF_HEADER } from '@yuqing/common';

/** An error the server answered with `{ error: { code, message, field } }`; the message is already in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** Structured detail some errors carry, such as every problem row of a refused import. */
    readonly details?: unknown,
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

interface Payload {
  body: BodyInit;
  contentType: string;
}

/** One round trip; any answer but 2xx becomes an ApiError with the server's own (localized) message. */
async function send(method: string, path: string, payload?: Payload, query?: QueryParams): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (payload) headers['content-type'] = payload.contentType;
  if (method !== 'GET') {
    // The server set this cookie on the first /api response; echoing it proves the request comes from our own page.
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers[CSRF_HEADER] = csrf;
  }
  const res = await fetch(withQuery(path, query), { method, headers, credentials: 'same-origin', body: payload?.body });
  if (res.ok) return res;

  const data: unknown = await res.json().catch(() => null);
  const err = (data as { error?: { code?: string; message?: string; field?: string; details?: unknown } } | null)?.error;
  // A proxy's HTML error page has no message of ours; the screen then shows a generic one by status.
  const apiError = new ApiError(res.status, err?.code ?? 'http', err?.message ?? '', err?.field, err?.details);
  if (res.status === 401 && (apiError.code === 'unauthenticated' || apiError.code === 'session_expired')) onSessionLost(apiError);
  throw apiError;
}

async function request<T>(method: string, path: string, payload?: Payload, query?: QueryParams): Promise<T> {
  const res = await send(method, path, payload, query);
  if (res.status === 204) return undefined as T;
  return (await res.json().catch(() => null)) as T;
}

const json = (body: unknown): Payload => ({ body: JSON.stringify(body), contentType: 'application/json' });

/** The name the server gave a download (`filename*=UTF-8''…`), or the fallback. */
function filenameOf(res: Response, fallback: string): string {
  const match = /filename\*=UTF-8''([^;]+)/i.exec(res.headers.get('content-disposition') ?? '');
  return match ? decodeURIComponent(match[1]) : fallback;
}

export const api = {
  get: <T>(path: string, query?: QueryParams) => request<T>('GET', path, undefined, query),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, json(body ?? {})),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, json(body)),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, json(body)),
  delete: (path: string) => request<void>('DELETE', path),
  /** A file sent as the raw request body (.xlsx, .docx), as the server's upload parsers expect. */
  upload: <T>(path: string, file: Blob, contentType: string, query?: QueryParams) => request<T>('POST', path, { body: file, contentType }, query),
  download: async (path: string, fallbackName: string, query?: QueryParams) => {
    const res = await send('GET', path, undefined, query);
    return { blob: await res.blob(), filename: filenameOf(res, fallbackName) };
  },
};
