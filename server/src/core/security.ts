import crypto from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_COOKIE, CSRF_HEADER, LOCALE_COOKIE, pickLocale, roleHasPermission, SESSION_COOKIE, type Permission } from '@yuqing/common';
import type { Database } from '../db/database.js';
import { resolveSession, type SessionPolicy } from '../modules/platform/session.service.js';
import { AppError } from './errors.js';

export interface RegisteredRoute {
  method: string;
  url: string;
  permission: Permission | undefined;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Authentication, CSRF and permission checks for every route in one place. Each route's
 * `config.permission` is recorded at registration; a route without one is refused at run time
 * and reported by the route-permission test.
 */
export function registerSecurity(app: FastifyInstance, db: Database, policy: SessionPolicy): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      // Read late: a plugin's own onRoute hook (the docs plugin) may still set the permission after this one runs.
      routes.push({ method, url: route.url, get permission() { return route.config?.permission; } });
    }
  });

  app.decorateRequest('locale', 'zh-CN');
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionHash', null);
  app.decorateRequest('ctx', function (this: FastifyRequest) {
    return { db, actor: this.actor, ip: this.ip, locale: this.locale };
  });

  app.addHook('onRequest', async (request, reply) => {
    request.locale = pickLocale(request.cookies[LOCALE_COOKIE] ?? request.headers['accept-language']);
    if (!request.url.startsWith('/api')) return;
    ensureCsrfCookie(request, reply);

    const permission = request.routeOptions.config?.permission;
    if (!request.routeOptions.url) return; // 404 handler
    if (permission === undefined) throw new AppError(403, 'forbidden', { permission: 'undeclared' });

    if (!SAFE_METHODS.has(request.method) && request.routeOptions.config?.csrf !== false) {
      const header = request.headers[CSRF_HEADER];
      const cookie = request.cookies[CSRF_COOKIE];
      if (!cookie || typeof header !== 'string' || !timingSafeEqual(header, cookie)) throw new AppError(403, 'csrf');
    }

    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const found = await resolveSession(db, token, policy);
      if (found && 'actor' in found) {
        request.actor = found.actor;
        request.sessionHash = found.hash;
      } else if (permission !== 'public') {
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        throw new AppError(401, found ? 'session_expired' : 'unauthenticated');
      }
    }
    if (permission === 'public') return;
    if (!request.actor) throw new AppError(401, 'unauthenticated');
    if (!roleHasPermission(request.actor.roles, permission)) throw new AppError(403, 'forbidden', { permission });
  });
  return routes;
}

/** Cookies are Secure when the request came over HTTPS (directly or, with YUQING_TRUST_PROXY=1, through a proxy). */
export const isSecure = (request: FastifyRequest) => request.protocol === 'https';

function ensureCsrfCookie(request: FastifyRequest, reply: FastifyReply): void {
  if (request.cookies[CSRF_COOKIE]) return;
  const value = crypto.randomBytes(24).toString('base64url');
  // The client reads this cookie and echoes it in a header; a cross-site form cannot.
  reply.setCookie(CSRF_COOKIE, value, { path: '/', sameSite: 'strict', httpOnly: false, secure: isSecure(request) });
}

function timingSafeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

export function sessionCookieOptions(request: FastifyRequest, maxAgeSeconds: number) {
  return { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: isSecure(request), maxAge: maxAgeSeconds };
}
