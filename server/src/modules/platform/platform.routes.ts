import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LIMITS, LOCALES, ROLES, SESSION_COOKIE, UNIT_KINDS } from '@yuqing/common';
import { AppError } from '../../core/errors.js';
import { idParam, name, queryBool } from '../../core/schemas.js';
import { sessionCookieOptions } from '../../core/security.js';
import type { Database } from '../../db/database.js';
import * as accounts from './account.service.js';
import { listAudit } from './audit.repository.js';
import { verifyAudit } from './audit.service.js';
import { changePassword, login } from './auth.service.js';
import { LoginThrottle } from './login-throttle.js';
import { markRead, myNotifications } from './notification.service.js';
import { revokeSession, type SessionPolicy } from './session.service.js';
import { setupFirstAdmin, setupNeeded } from './setup.service.js';

const username = z.string().trim().min(LIMITS.usernameMin).max(LIMITS.usernameMax).regex(new RegExp(LIMITS.usernamePattern));
const password = z.string().min(1).max(LIMITS.passwordMax);

export interface PlatformOptions {
  db: Database;
  policy: SessionPolicy;
}

const presentAccount = (a: accounts.AccountView) => ({
  id: a.id,
  username: a.username,
  displayName: a.display_name,
  unitId: a.unit_id,
  unitName: a.unit_name,
  personId: a.person_id,
  roles: a.roles,
  disabled: a.disabled === 1,
  lockedUntil: a.locked_until,
  lastLoginAt: a.last_login_at,
  isDemo: a.is_demo === 1,
});

export const platformRoutes: FastifyPluginAsync<PlatformOptions> = async (base, opts) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const throttle = new LoginThrottle();
  const maxAge = opts.policy.absoluteHours * 3600;

  app.get('/api/setup', { config: { permission: 'public' }, schema: { tags: ['auth'] } }, async () => ({ needed: await setupNeeded(opts.db) }));
  app.post(
    '/api/setup',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['auth'],
        body: z.strictObject({ unitName: name, unitKind: z.enum(UNIT_KINDS), username, password, displayName: name }),
      },
    },
    async (req, reply) => {
      const account = await setupFirstAdmin(req.ctx(), req.body);
      return reply.status(201).send({ ok: true, username: account.username });
    },
  );

  app.post(
    '/api/auth/login',
    { config: { permission: 'public' }, schema: { tags: ['auth'], body: z.strictObject({ username: z.string().trim().min(1).max(LIMITS.usernameMax), password }) } },
    async (req, reply) => {
      const wait = throttle.take(req.ip);
      if (wait > 0) throw new AppError(429, 'throttled', { seconds: wait });
      const session = await login(req.ctx(), { ...req.body, userAgent: req.headers['user-agent'] ?? null }, opts.policy);
      reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(req, maxAge));
      return { user: await accounts.describeMe(opts.db, session.userId) };
    },
  );
  app.post('/api/auth/logout', { config: { permission: 'authenticated' }, schema: { tags: ['auth'] } }, async (req, reply) => {
    if (req.sessionHash) await revokeSession(opts.db, req.sessionHash);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });
  app.get('/api/auth/me', { config: { permission: 'authenticated' }, schema: { tags: ['auth'] } }, async (req) => accounts.describeMe(opts.db, req.actor!.userId));
  app.patch(
    '/api/auth/me',
    { config: { permission: 'authenticated' }, schema: { tags: ['auth'], body: z.strictObject({ locale: z.enum(LOCALES) }) } },
    async (req) => {
      await accounts.setLocale(req.ctx(), req.body.locale);
      return accounts.describeMe(opts.db, req.actor!.userId);
    },
  );
  app.post(
    '/api/auth/password',
    {
      config: { permission: 'authenticated' },
      schema: { tags: ['auth'], body: z.strictObject({ currentPassword: password, newPassword: z.string().max(LIMITS.passwordMax) }) },
    },
    async (req, reply) => {
      await changePassword(req.ctx(), req.body.currentPassword, req.body.newPassword, req.sessionHash);
      return reply.status(204).send();
    },
  );

  const roles = z.array(z.enum(ROLES)).max(ROLES.length);
  app.get(
    '/api/accounts',
    {
      config: { permission: 'account.read' },
      schema: { tags: ['accounts'], querystring: z.strictObject({ unitId: z.coerce.number().int().positive().optional(), includeSubunits: queryBool.optional() }) },
    },
    async (req) => ({ accounts: (await accounts.listAccounts(req.ctx(), req.query)).map(presentAccount) }),
  );
  app.post(
    '/api/accounts',
    {
      config: { permission: 'account.manage' },
      schema: {
        tags: ['accounts'],
        body: z.strictObject({ username, password: z.string().max(LIMITS.passwordMax), displayName: name, unitId: z.number().int().positive(), personId: z.number().int().positive().nullish(), roles }),
      },
    },
    async (req, reply) => reply.status(201).send(presentAccount(await accounts.createAccount(req.ctx(), req.body))),
  );
  app.patch(
    '/api/accounts/:id',
    {
      config: { permission: 'account.manage' },
      schema: {
        tags: ['accounts'],
        params: idParam,
        body: z.strictObject({
          displayName: name.optional(),
          roles: roles.optional(),
          disabled: z.boolean().optional(),
          password: z.string().max(LIMITS.passwordMax).optional(),
          unlock: z.literal(true).optional(),
          personId: z.number().int().positive().nullable().optional(),
        }),
      },
    },
    async (req) => presentAccount(await accounts.updateAccount(req.ctx(), req.params.id, req.body)),
  );

  app.get(
    '/api/audit',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags: ['audit'],
        querystring: z.strictObject({
          objectType: z.string().max(50).optional(),
          objectId: z.string().max(50).optional(),
          action: z.string().max(80).optional(),
          beforeId: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(50),
        }),
      },
    },
    async (req) => {
      const rows = await listAudit(opts.db, { ...req.query, unitPath: req.actor!.unitPath });
      return {
        entries: rows.map((r) => ({
          id: r.id,
          at: r.at,
          actorName: r.actor_name,
          action: r.action,
          objectType: r.object_type,
          objectId: r.object_id,
          unitId: r.unit_id,
          unitName: r.unit_name,
          summary: JSON.parse(r.summary) as unknown,
          ip: r.ip,
        })),
      };
    },
  );
  app.get(
    '/api/notifications',
    { config: { permission: 'authenticated' }, schema: { tags: ['notifications'], querystring: z.strictObject({ unreadOnly: queryBool.optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }) } },
    async (req) => myNotifications(req.ctx(), req.query),
  );
  app.post(
    '/api/notifications/read',
    { config: { permission: 'authenticated' }, schema: { tags: ['notifications'], body: z.strictObject({ id: z.number().int().positive().optional() }) } },
    async (req, reply) => {
      await markRead(req.ctx(), req.body.id);
      return reply.status(204).send();
    },
  );
  app.get('/api/audit/verify', { config: { permission: 'audit.read' }, schema: { tags: ['audit'] } }, async () => verifyAudit(opts.db));
  app.get('/api/accounts/:id', { config: { permission: 'account.read' }, schema: { tags: ['accounts'], params: idParam } }, async (req) =>
    presentAccount(await accounts.accountInScope(req.ctx(), req.params.id)),
  );
};
