import type { Kysely } from 'kysely';

/**
 * Analysis reports live in the documents module's `report` table (kind `analysis`); responsibility's
 * own table from 0009 gave each unit a second draft per quarter. Its daily drafting job goes too, or
 * the scheduler would keep enqueuing work no worker claims.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('recurring_job').where('queue', '=', 'responsibility.draft-reports').execute();
  await db.deleteFrom('job').where('queue', '=', 'responsibility.draft-reports').execute();
  await db.schema.dropTable('analysis_report').ifExists().execute();
}
