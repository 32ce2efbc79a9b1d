import type { Locale, Permission } from '@yuqing/common';
import type { Actor, Ctx } from './context.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required on every route: the permission the caller needs (see common/src/permissions.ts). */
    permission?: Permission;
    /** State-changing routes check the CSRF token unless this is false (machine-to-machine pushes). */
    csrf?: boolean;
  }
  interface FastifyRequest {
    locale: Locale;
    actor: Actor | null;
    sessionHash: string | null;
    ctx(): Ctx;
  }
}
