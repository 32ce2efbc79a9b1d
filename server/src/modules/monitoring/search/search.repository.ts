import { sql } from 'kysely';
import { dialectOf, type Executor } from '../../../db/database.js';
import { fts5Document, fts5Query, tsqueryLiteral, tsvectorLiteral, type QueryPart } from './bigrams.js';

/** The one place where the two databases differ for search: SQLite's FTS5 table, PostgreSQL's tsvector column. */

export async function indexItem(db: Executor, id: number, text: string): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`UPDATE item SET search_doc = ${tsvectorLiteral(text)}::tsvector WHERE id = ${id}`.execute(db);
  } else {
    await sql`INSERT INTO item_fts (rowid, doc) VALUES (${id}, ${fts5Document(text)})`.execute(db);
  }
}

/** Items leave the FTS5 table with them; PostgreSQL's column goes with its row. */
export async function unindexItems(db: Executor, ids: readonly number[]): Promise<void> {
  if (ids.length === 0 || dialectOf(db) === 'postgres') return;
  await sql`DELETE FROM item_fts WHERE rowid IN (${sql.join(ids)})`.execute(db);
}

/**
 * A condition on `item.id` for a WHERE clause: the item matches every part. On SQLite it is a
 * subquery over FTS5 (which walks its postings in rowid order); on PostgreSQL a GIN lookup.
 */
export function matchesQuery(db: Executor, parts: QueryPart[]) {
  return dialectOf(db) === 'postgres'
    ? sql<boolean>`item.search_doc @@ ${tsqueryLiteral(parts)}::tsquery`
    : sql<boolean>`item.id IN (SELECT rowid FROM item_fts WHERE item_fts MATCH ${fts5Query(parts)})`;
}
