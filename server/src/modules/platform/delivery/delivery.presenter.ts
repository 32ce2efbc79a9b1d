import type { DeliveryFailureCode, Locale } from '@yuqing/common';
import { targetOf, type AttemptRow, type RecentAttemptRow, type TargetRow } from './delivery.repository.js';
import { describeFailure } from './failure-text.js';

/*
 * Secrets never leave the server in full. A robot's address is a credential too: WeCom's `key`,
 * DingTalk's `access_token` and Feishu's hook id each let anyone post to the group.
 */

const maskValue = (v: string) => (v.length <= 8 ? '****' : `${v.slice(0, 4)}****`);

export function maskUrl(raw: string | null): string | null {
  if (!raw) return raw;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return maskValue(raw);
  }
  if (u.username) u.username = '****';
  if (u.password) u.password = '****';
  for (const [k, v] of [...u.searchParams]) u.searchParams.set(k, maskValue(v));
  // Long path segments are tokens (Feishu's /hook/<uuid>); short ones are the route (/robot/send).
  u.pathname = u.pathname
    .split('/')
    .map((seg) => (seg.length >= 16 ? maskValue(seg) : seg))
    .join('/');
  return u.toString();
}

export const maskSecret = (secret: string | null) => (secret === null ? null : secret.length >= 12 ? `****${secret.slice(-4)}` : '****');

function errorText(row: Pick<AttemptRow, 'error_code' | 'error_params' | 'error'>, locale: Locale): string | null {
  if (!row.error_code) return row.error;
  return describeFailure({ code: row.error_code as DeliveryFailureCode, params: JSON.parse(row.error_params ?? '{}') as Record<string, string> }, locale);
}

export const presentAttempt = (a: AttemptRow, locale: Locale) => ({
  id: a.id,
  targetId: a.target_id,
  key: a.key,
  purpose: a.purpose,
  title: a.title,
  status: a.status,
  attempts: a.attempts,
  httpStatus: a.http_status,
  error: errorText(a, locale),
  createdAt: a.created_at,
  updatedAt: a.updated_at,
  sentAt: a.sent_at,
});

export const presentRecentAttempt = (a: RecentAttemptRow, locale: Locale) => ({
  ...presentAttempt(a, locale),
  targetName: a.target_name,
  targetKind: a.target_kind,
  unitId: a.unit_id,
  unitName: a.unit_name,
});

/** What the audit log keeps of a target: the same masking as the API. */
export function auditedTarget(row: TargetRow) {
  const t = targetOf(row);
  return { name: t.name, kind: t.kind, url: maskUrl(t.url), secret: maskSecret(t.secret), recipients: t.recipients, purposes: t.purposes, enabled: t.enabled, internal: t.internal };
}

export function presentTarget(row: TargetRow, last: AttemptRow | undefined, locale: Locale) {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    ...auditedTarget(row),
    hasSecret: row.secret !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastAttempt: last ? presentAttempt(last, locale) : null,
  };
}
