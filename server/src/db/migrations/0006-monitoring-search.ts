import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';

type AnyDb = Kysely<any>;

/**
 * Chinese full-text search over items, and the poll time a source's health record shows.
 *
 * Neither database segments Chinese out of the box, and a segmenter's index misses substrings
 * (拆迁 inside 强拆迁户) and two-character words it split differently. So every item is indexed as
 * its overlapping character bigrams plus the last character of each run (search/bigrams.ts): a
 * query of two or more characters is a phrase of bigrams, one character a prefix. SQLite keeps
 * them in a contentless FTS5 table keyed by the item id; PostgreSQL in a tsvector column built
 * from the tsvector input syntax (never the text parser, whose idea of a letter depends on the
 * database locale: CI creates its databases with C.UTF-8) under a GIN index.
 */
export async function up(db: AnyDb, dialect: Dialect): Promise<void> {
  await db.schema.alterTable('source').addColumn('last_polled_at', 'text').execute();
  if (dialect === 'postgres') {
    await sql`ALTER TABLE item ADD COLUMN search_doc tsvector`.execute(db);
    await sql`CREATE INDEX item_search_idx ON item USING gin (search_doc)`.execute(db);
  } else {
    await sql`CREATE VIRTUAL TABLE item_fts USING fts5(doc, content='', contentless_delete=1, tokenize='unicode61')`.execute(db);
  }
  await db.schema.createIndex('item_unit_id_idx').on('item').columns(['unit_id', 'id']).execute();
  await db.schema.createIndex('item_fetched_idx').on('item').column('fetched_at').execute();
}
