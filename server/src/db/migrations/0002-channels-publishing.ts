import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { withId } from './columns.js';

type AnyDb = Kysely<any>;

export async function up(db: AnyDb, dialect: Dialect): Promise<void> {
  await withId(db.schema.createTable('channel'), dialect)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text')
    .addColumn('owner_department_id', 'integer', (c) => c.references('department.id'))
    .addColumn('owner_person_id', 'integer', (c) => c.references('person.id'))
    .addColumn('administrators', 'text')
    .addColumn('member_count', 'integer')
    .addColumn('real_name_verified', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('link', 'text')
    .addColumn('feed_url', 'text')
    .addColumn('feed_checked_at', 'text')
    .addColumn('feed_error', 'text')
    .addColumn('review_cycle_days', 'integer', (c) => c.notNull().defaultTo(90))
    .addColumn('last_review_at', 'text')
    .addColumn('last_update_at', 'text')
    .addColumn('last_update_source', 'text')
    .addColumn('oldest_unanswered_at', 'text')
    .addColumn('stalest_column_name', 'text')
    .addColumn('stalest_column_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('status_reason', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('channel_unit_idx').on('channel').column('unit_id').execute();

  await withId(db.schema.createTable('channel_review'), dialect)
    .addColumn('channel_id', 'integer', (c) => c.notNull().references('channel.id').onDelete('cascade'))
    .addColumn('reviewed_at', 'text', (c) => c.notNull())
    .addColumn('reviewer_id', 'integer', (c) => c.references('app_user.id'))
    .addColumn('notes', 'text')
    .execute();

  await withId(db.schema.createTable('publication'), dialect)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('channel_id', 'integer', (c) => c.notNull().references('channel.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('author_id', 'integer', (c) => c.references('app_user.id'))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('publication_unit_idx').on('publication').columns(['unit_id', 'status']).execute();

  await withId(db.schema.createTable('publication_finding'), dialect)
    .addColumn('publication_id', 'integer', (c) => c.notNull().references('publication.id').onDelete('cascade'))
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('suggestion', 'text')
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('detail', 'text')
    .addColumn('justification', 'text')
    .execute();

  await withId(db.schema.createTable('publication_approval'), dialect)
    .addColumn('publication_id', 'integer', (c) => c.notNull().references('publication.id').onDelete('cascade'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('approver_id', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addColumn('voided_at', 'text')
    .execute();

  await withId(db.schema.createTable('publication_record'), dialect)
    .addColumn('publication_id', 'integer', (c) => c.notNull().references('publication.id').onDelete('cascade'))
    .addColumn('channel_id', 'integer', (c) => c.notNull().references('channel.id'))
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'integer', (c) => c.references('app_user.id'))
    .execute();

  await withId(db.schema.createTable('submission'), dialect)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('submitted_on', 'text', (c) => c.notNull())
    .addColumn('adopted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('adopted_by', 'text')
    .addColumn('note', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('submission_unit_idx').on('submission').columns(['unit_id', 'submitted_on']).execute();

  await withId(db.schema.createTable('check_term'), dialect)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('list', 'text', (c) => c.notNull())
    .addColumn('wrong', 'text', (c) => c.notNull())
    .addColumn('right', 'text')
    .addColumn('note', 'text')
    .addUniqueConstraint('check_term_uq', ['unit_id', 'list', 'wrong'])
    .execute();
}
