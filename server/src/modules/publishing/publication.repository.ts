import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { PublicationFindingTable } from '../../db/schema.js';

export const publicationQuery = (db: Executor) =>
  db
    .selectFrom('publication')
    .innerJoin('unit', 'unit.id', 'publication.unit_id')
    .innerJoin('channel', 'channel.id', 'publication.channel_id')
    .leftJoin('app_user', 'app_user.id', 'publication.author_id')
    .selectAll('publication')
    .select(['unit.name as unit_name', 'unit.path as unit_path', 'channel.name as channel_name', 'channel.kind as channel_kind', 'app_user.display_name as author_name']);

export type PublicationRow = NonNullable<Awaited<ReturnType<ReturnType<typeof publicationQuery>['executeTakeFirst']>>>;

export const findPublication = (db: Executor, id: number) => publicationQuery(db).where('publication.id', '=', id).executeTakeFirst();

export const findingsOf = (db: Executor, id: number) =>
  db.selectFrom('publication_finding').selectAll().where('publication_id', '=', id).orderBy('start').orderBy('id').execute();

export async function replaceFindings(db: Executor, id: number, findings: Omit<Insertable<PublicationFindingTable>, 'publication_id'>[]): Promise<void> {
  await db.deleteFrom('publication_finding').where('publication_id', '=', id).execute();
  for (let i = 0; i < findings.length; i += 200) {
    await db.insertInto('publication_finding').values(findings.slice(i, i + 200).map((f) => ({ ...f, publication_id: id }))).execute();
  }
}

export const approvalsOf = (db: Executor, id: number) =>
  db
    .selectFrom('publication_approval')
    .innerJoin('app_user', 'app_user.id', 'publication_approval.approver_id')
    .selectAll('publication_approval')
    .select('app_user.display_name as approver_name')
    .where('publication_id', '=', id)
    .orderBy('publication_approval.id')
    .execute();

export const recordsOf = (db: Executor, id: number) =>
  db.selectFrom('publication_record').selectAll().where('publication_id', '=', id).orderBy('id').execute();
