import { FetchRefused, safeFetch } from '../../../core/safe-fetch.js';
import { sendMail } from './email.js';
import { describeFailure } from './failure-text.js';
import { absoluteLink, httpRequest, readReply } from './formats.js';
import type { DeliveryConfig, DeliveryFailure, DeliveryResult, DeliveryTarget, OutboundMessage } from './types.js';

const DEFAULT_TIMEOUT_MS = 10_000;
/** Robots answer with a few hundred bytes; anything much larger is not an answer worth reading. */
const MAX_REPLY_BYTES = 64 * 1024;

const failed = (failure: DeliveryFailure, status?: number): DeliveryResult => ({ ok: false, status, error: describeFailure(failure, 'zh-CN'), failure });

function refusal(err: FetchRefused, url: string, timeoutMs: number): DeliveryFailure {
  switch (err.reason) {
    case 'private_address':
      return { code: 'private_address', params: { host: hostOf(url) } };
    case 'timeout':
      return { code: 'timeout', params: { seconds: Math.round(timeoutMs / 100) / 10 } };
    case 'too_large':
    case 'bad_url':
      return { code: err.reason, params: { detail: err.message } };
    case 'too_many_redirects':
      return { code: 'too_many_redirects', params: {} };
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Sends one message to one target now (no queue); used by alerts for latency and by the "send a test" route. */
export async function deliverNow(target: DeliveryTarget, message: OutboundMessage, config: DeliveryConfig): Promise<DeliveryResult> {
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const link = absoluteLink(message.link, config.publicUrl);
  if (target.kind === 'email') {
    if (!config.smtp) return failed({ code: 'smtp_not_configured', params: {} });
    try {
      await sendMail(config.smtp, target.recipients, message, link, timeoutMs);
      return { ok: true };
    } catch (err) {
      return failed({ code: 'smtp_error', params: { detail: err instanceof Error ? err.message : String(err) } });
    }
  }
  if (!target.url) return failed({ code: 'bad_url', params: { detail: '—' } });
  let request;
  try {
    request = httpRequest(target.kind, { url: target.url, secret: target.secret }, message, link, new Date());
  } catch (err) {
    return failed({ code: 'bad_url', params: { detail: err instanceof Error ? err.message : String(err) } });
  }
  try {
    const res = await safeFetch(request.url, { method: 'POST', body: request.body, headers: request.headers, allowPrivate: target.internal, timeoutMs, maxBytes: MAX_REPLY_BYTES });
    const failure = readReply(target.kind, res.status, res.body);
    return failure ? failed(failure, res.status) : { ok: true, status: res.status };
  } catch (err) {
    // The guarded resolver's refusal of a name that points inside arrives as the socket's error, still a FetchRefused.
    if (err instanceof FetchRefused) return failed(refusal(err, request.url, timeoutMs));
    const cause = err as Error & { code?: string };
    return failed({ code: 'network', params: { detail: cause.code ? `${cause.code} ${cause.message}` : cause.message } });
  }
}
