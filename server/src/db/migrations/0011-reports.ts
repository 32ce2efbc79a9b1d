import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { withId } from './columns.js';

/**
 * Reports drafted from the data: the sections as JSON (the office's text beside read-only figure
 * tables), the approval bound to the content hash it saw, and the trip up the tree.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await withId(db.schema.createTable('report'), dialect)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    /** 2026, 2026H1, 2026Q3: Asia/Shanghai calendar periods. */
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('sections', 'text', (c) => c.notNull())
    /** The figures of every section, flat, kept so a superior can roll its subordinates up. */
    .addColumn('figures', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('approved_hash', 'text')
    .addColumn('approved_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('approved_at', 'text')
    .addColumn('submitted_to', 'integer', (c) => c.references('unit.id'))
    .addColumn('submitted_at', 'text')
    .addColumn('returned_at', 'text')
    .addColumn('return_comment', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('report_unit_idx').on('report').columns(['unit_id', 'kind', 'period']).execute();
  await db.schema.createIndex('report_submitted_idx').on('report').columns(['submitted_to', 'status']).execute();
}
