import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { ChannelTable } from '../../db/schema.js';

export const channelQuery = (db: Executor) =>
  db
    .selectFrom('channel')
    .innerJoin('unit', 'unit.id', 'channel.unit_id')
    .leftJoin('department', 'department.id', 'channel.owner_department_id')
    .leftJoin('person', 'person.id', 'channel.owner_person_id')
    .selectAll('channel')
    .select(['unit.name as unit_name', 'unit.path as unit_path', 'department.name as owner_department_name', 'person.name as owner_person_name']);

export type ChannelRow = NonNullable<Awaited<ReturnType<ReturnType<typeof channelQuery>['executeTakeFirst']>>>;

export const findChannel = (db: Executor, id: number) => channelQuery(db).where('channel.id', '=', id).executeTakeFirst();

export function listChannels(db: Executor, pathPrefix: string, filter: { unitId?: number; kind?: string; status?: string }) {
  let q = channelQuery(db).where('unit.path', 'like', `${pathPrefix}%`);
  if (filter.unitId !== undefined) q = q.where('channel.unit_id', '=', filter.unitId);
  if (filter.kind) q = q.where('channel.kind', '=', filter.kind);
  if (filter.status) q = q.where('channel.status', '=', filter.status);
  return q.orderBy('unit.path').orderBy('channel.id').execute();
}

export const insertChannel = (db: Executor, values: Insertable<ChannelTable>) => db.insertInto('channel').values(values).returning('id').executeTakeFirstOrThrow();

export const updateChannel = (db: Executor, id: number, values: Updateable<ChannelTable>) =>
  db.updateTable('channel').set({ ...values, updated_at: new Date().toISOString() }).where('id', '=', id).execute();

export const insertReview = (db: Executor, channelId: number, reviewerId: number | null, reviewedAt: string, notes: string | null) =>
  db.insertInto('channel_review').values({ channel_id: channelId, reviewer_id: reviewerId, reviewed_at: reviewedAt, notes }).execute();

export const reviewsOf = (db: Executor, channelId: number) =>
  db
    .selectFrom('channel_review')
    .leftJoin('app_user', 'app_user.id', 'channel_review.reviewer_id')
    .select(['channel_review.id', 'channel_review.reviewed_at', 'channel_review.notes', 'app_user.display_name as reviewer_name'])
    .where('channel_review.channel_id', '=', channelId)
    .orderBy('channel_review.reviewed_at', 'desc')
    .execute();
