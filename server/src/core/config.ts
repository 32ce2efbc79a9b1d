import path from 'node:path';
import type { DeliveryConfig } from '../modules/platform/delivery/index.js';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  demo: boolean;
  logLevel: string;
  /** Idle and absolute session lifetimes. */
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Mark cookies Secure; on by default when behind an HTTPS proxy (X-Forwarded-Proto). */
  trustProxy: boolean;
  /** Serve the built web app from this folder when it exists. */
  webDist: string;
  /** Outbound mail and the address links in robot messages point to. */
  delivery: DeliveryConfig;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  const demoDefault = databaseUrl ? false : true;
  return {
    port: intOf(env.PORT, 8080, 'PORT'),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.YUQING_DATA_DIR ?? './data'),
    databaseUrl,
    demo: env.YUQING_DEMO === undefined || env.YUQING_DEMO === '' ? demoDefault : env.YUQING_DEMO === '1',
    logLevel: env.LOG_LEVEL ?? 'info',
    sessionIdleMinutes: intOf(env.YUQING_SESSION_IDLE_MINUTES, 120, 'YUQING_SESSION_IDLE_MINUTES'),
    sessionAbsoluteHours: intOf(env.YUQING_SESSION_ABSOLUTE_HOURS, 12, 'YUQING_SESSION_ABSOLUTE_HOURS'),
    trustProxy: env.YUQING_TRUST_PROXY === '1',
    webDist: path.resolve(env.YUQING_WEB_DIST ?? path.join(import.meta.dirname, '../../../web/dist')),
    delivery: { smtp: smtpOf(env.YUQING_SMTP_URL, env.YUQING_SMTP_FROM), publicUrl: env.YUQING_PUBLIC_URL?.trim() || undefined },
  };
}

/** `smtp://user:pass@host:587` (STARTTLS when the server offers it) or `smtps://…:465` (TLS from the start). */
export function smtpOf(url: string | undefined, from: string | undefined): DeliveryConfig['smtp'] {
  if (!url?.trim()) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    throw new Error(`YUQING_SMTP_URL must look like smtp://user:password@host:587, got "${url}"`);
  }
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:') throw new Error(`YUQING_SMTP_URL must start with smtp:// or smtps://, got "${u.protocol}"`);
  const secure = u.protocol === 'smtps:';
  const user = u.username ? decodeURIComponent(u.username) : undefined;
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    user,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    from: from?.trim() || (user?.includes('@') ? user : `yuqing@${u.hostname}`),
  };
}

function intOf(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
}
