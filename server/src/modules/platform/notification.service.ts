import { fillTemplate, NOTICE_TITLES, type NoticeTitle } from '@yuqing/common';
import type { Ctx } from '../../core/context.js';
import type { Executor } from '../../db/database.js';

export interface NoticeInput {
  userIds: number[];
  kind: string;
  title: { key: NoticeTitle; params: Record<string, string> };
  body?: string | null;
  link?: string | null;
  dedupKey?: string | null;
}

/** In-app notices. A notice with a dedup key is not repeated to a user who has not read the last one. */
export async function notify(db: Executor, n: NoticeInput): Promise<number> {
  let sent = 0;
  const now = new Date().toISOString();
  for (const userId of new Set(n.userIds)) {
    if (n.dedupKey) {
      const open = await db.selectFrom('notification').select('id').where('user_id', '=', userId).where('dedup_key', '=', n.dedupKey).where('read_at', 'is', null).executeTakeFirst();
      if (open) continue;
    }
    const title = fillTemplate(NOTICE_TITLES[n.title.key], 'zh-CN', n.title.params);
    await db.insertInto('notification').values({ user_id: userId, kind: n.kind, title, title_key: n.title.key, title_params: JSON.stringify(n.title.params), body: n.body ?? null, link: n.link ?? null, dedup_key: n.dedupKey ?? null, created_at: now, read_at: null }).execute();
    sent++;
  }
  return sent;
}

export async function myNotifications(ctx: Ctx, opts: { unreadOnly?: boolean; limit: number }) {
  let q = ctx.db.selectFrom('notification').selectAll().where('user_id', '=', ctx.actor!.userId).orderBy('id', 'desc').limit(opts.limit);
  if (opts.unreadOnly) q = q.where('read_at', 'is', null);
  const [rows, unread] = await Promise.all([
    q.execute(),
    ctx.db.selectFrom('notification').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', ctx.actor!.userId).where('read_at', 'is', null).executeTakeFirstOrThrow(),
  ]);
  const titleOf = (r: (typeof rows)[number]) =>
    r.title_key && r.title_key in NOTICE_TITLES ? fillTemplate(NOTICE_TITLES[r.title_key as NoticeTitle], ctx.locale, JSON.parse(r.title_params ?? '{}') as Record<string, string>) : r.title;
  return { notifications: rows.map((r) => ({ id: r.id, kind: r.kind, title: titleOf(r), body: r.body, link: r.link, createdAt: r.created_at, read: r.read_at !== null })), unread: Number(unread.n) };
}

/** Marks one (or, without an id, every) notice of the actor read. Reading is not audited: it changes nothing of record. */
export async function markRead(ctx: Ctx, id?: number): Promise<void> {
  let q = ctx.db.updateTable('notification').set({ read_at: new Date().toISOString() }).where('user_id', '=', ctx.actor!.userId).where('read_at', 'is', null);
  if (id !== undefined) q = q.where('id', '=', id);
  await q.execute();
}

/** Accounts linked to these people, and the group-office accounts of the unit, who answer for a unit's channels. */
export async function accountsFor(db: Executor, unitId: number, personIds: (number | null)[], roles: string[]): Promise<number[]> {
  const ids = personIds.filter((p): p is number => p !== null);
  const byPerson = ids.length ? await db.selectFrom('app_user').select('id').where('person_id', 'in', ids).where('disabled', '=', 0).execute() : [];
  const byRole = await db
    .selectFrom('app_user')
    .innerJoin('user_role', 'user_role.user_id', 'app_user.id')
    .select('app_user.id')
    .where('app_user.unit_id', '=', unitId)
    .where('app_user.disabled', '=', 0)
    .where('user_role.role', 'in', roles)
    .execute();
  return [...new Set([...byPerson, ...byRole].map((r) => r.id))];
}
