import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { withId } from './columns.js';

type AnyDb = Kysely<any>;

/**
 * Sources → items → topics → events → grades. Items carry no author column on purpose:
 * DESIGN.md says we watch topics and the unit's own channels, never persons.
 */
export async function up(db: AnyDb, dialect: Dialect): Promise<void> {
  await withId(db.schema.createTable('source'), dialect)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    /** Kind-specific settings as JSON: CSS selector, API field mapping, import column mapping. */
    .addColumn('config', 'text')
    .addColumn('media_tier', 'text', (c) => c.notNull())
    .addColumn('interval_minutes', 'integer', (c) => c.notNull().defaultTo(30))
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    /** Set by an admin only: lets the fetcher reach private and loopback addresses for this source. */
    .addColumn('internal', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('push_token', 'text', (c) => c.unique())
    .addColumn('push_secret', 'text')
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('content_hash', 'text')
    .addColumn('next_poll_at', 'text')
    .addColumn('failure_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_success_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('last_error_at', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('source_unit_idx').on('source').column('unit_id').execute();
  await db.schema.createIndex('source_due_idx').on('source').columns(['enabled', 'next_poll_at']).execute();

  await withId(db.schema.createTable('item'), dialect)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('source_id', 'integer', (c) => c.references('source.id').onDelete('set null'))
    .addColumn('media_tier', 'text', (c) => c.notNull())
    /** Identity within a unit: the canonical URL, a feed guid, or a hash of the text when neither exists. */
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('published_at', 'text')
    .addColumn('fetched_at', 'text', (c) => c.notNull())
    /** SimHash of the canonical text as 16 hex digits. */
    .addColumn('simhash', 'text', (c) => c.notNull())
    .addColumn('duplicate_of', 'integer')
    .addColumn('keywords', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('sentiment', 'text', (c) => c.notNull())
    .addColumn('sentiment_score', 'real', (c) => c.notNull())
    /** The sentiment a staff member set by hand; training reads these as corrections. */
    .addColumn('sentiment_corrected_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('reposts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('comments', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('likes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('views', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('item_key_uq').on('item').columns(['unit_id', 'item_key']).unique().execute();
  await db.schema.createIndex('item_unit_time_idx').on('item').columns(['unit_id', 'fetched_at']).execute();
  await db.schema.createIndex('item_source_idx').on('item').column('source_id').execute();

  await withId(db.schema.createTable('item_count'), dialect)
    .addColumn('item_id', 'integer', (c) => c.notNull().references('item.id').onDelete('cascade'))
    .addColumn('observed_at', 'text', (c) => c.notNull())
    .addColumn('reposts', 'integer', (c) => c.notNull())
    .addColumn('comments', 'integer', (c) => c.notNull())
    .addColumn('likes', 'integer', (c) => c.notNull())
    .addColumn('views', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('item_count_item_idx').on('item_count').columns(['item_id', 'observed_at']).execute();

  /** Input the pipeline could not take, kept with its reason so nothing is silently lost. */
  await withId(db.schema.createTable('item_failure'), dialect)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('source_id', 'integer', (c) => c.references('source.id').onDelete('cascade'))
    .addColumn('position', 'text')
    .addColumn('raw', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('item_failure_source_idx').on('item_failure').columns(['source_id', 'created_at']).execute();

  await withId(db.schema.createTable('topic'), dialect)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    /** The 地域词/主体词/事件词/排除词 groups the rule was compiled from, as JSON, when staff used them. */
    .addColumn('word_groups', 'text')
    /** 1 ordinary, 2 sensitive, 3 highly sensitive: one of the grading inputs. */
    .addColumn('sensitivity', 'integer', (c) => c.notNull().defaultTo(1))
    /** Alert on new events at this grade or graver (4 = every grade). */
    .addColumn('alert_grade', 'integer', (c) => c.notNull().defaultTo(3))
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('topic_unit_idx').on('topic').column('unit_id').execute();

  await db.schema
    .createTable('item_topic')
    .addColumn('item_id', 'integer', (c) => c.notNull().references('item.id').onDelete('cascade'))
    .addColumn('topic_id', 'integer', (c) => c.notNull().references('topic.id').onDelete('cascade'))
    .addColumn('matched_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('item_topic_pk', ['item_id', 'topic_id'])
    .execute();
  await db.schema.createIndex('item_topic_topic_idx').on('item_topic').columns(['topic_id', 'item_id']).execute();

  await withId(db.schema.createTable('event'), dialect)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('topic_id', 'integer', (c) => c.references('topic.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('keywords', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('merged_into', 'integer')
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('item_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source_count', 'integer', (c) => c.notNull().defaultTo(0))
    /** Items per media tier as JSON, and the highest tier seen. */
    .addColumn('tiers', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('highest_tier', 'text')
    .addColumn('reposts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('comments', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('likes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('views', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('negative_count', 'integer', (c) => c.notNull().defaultTo(0))
    /** Items in the last hour, the hourly baseline before it, and the busiest hour. */
    .addColumn('velocity', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('baseline_per_hour', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('peak_per_hour', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('peak_at', 'text')
    .addColumn('grade', 'integer')
    /** The grading reasons that fired, as JSON, shown beside the grade. */
    .addColumn('grade_reasons', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('graded_at', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('event_unit_idx').on('event').columns(['unit_id', 'status', 'last_seen_at']).execute();

  await db.schema
    .createTable('event_item')
    .addColumn('event_id', 'integer', (c) => c.notNull().references('event.id').onDelete('cascade'))
    .addColumn('item_id', 'integer', (c) => c.notNull().references('item.id').onDelete('cascade'))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_item_pk', ['event_id', 'item_id'])
    .execute();
  await db.schema.createIndex('event_item_item_idx').on('event_item').column('item_id').execute();

  await withId(db.schema.createTable('event_grade'), dialect)
    .addColumn('event_id', 'integer', (c) => c.notNull().references('event.id').onDelete('cascade'))
    .addColumn('grade', 'integer')
    .addColumn('reasons', 'text', (c) => c.notNull())
    /** The figures the rules read at that moment, so a past grade can be explained later. */
    .addColumn('figures', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('event_grade_event_idx').on('event_grade').columns(['event_id', 'id']).execute();
}
