import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { withId } from './columns.js';

type AnyDb = Kysely<any>;

/**
 * Alerts (预警) on graded events, each unit's alert settings (quiet hours, daily digest), its watch
 * periods (重要节点) and the digests already sent. Grading rules live in `setting`, inherited down
 * the unit tree like the channel health rules.
 */
export async function up(db: AnyDb, dialect: Dialect): Promise<void> {
  await withId(db.schema.createTable('alert'), dialect)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('event_id', 'integer', (c) => c.notNull().references('event.id').onDelete('cascade'))
    .addColumn('topic_id', 'integer', (c) => c.references('topic.id').onDelete('set null'))
    .addColumn('grade', 'integer', (c) => c.notNull())
    /** Why it was raised: new (a new event at or above the threshold), rise (a graver grade), watch (any grade in a watch period). */
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    /** 1 when quiet hours held it back from outbound delivery; it still shows in the app and the digest. */
    .addColumn('quiet', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('watch_period_id', 'integer')
    /** Outbound delivery outcome as JSON, once tried. */
    .addColumn('delivery', 'text')
    .addColumn('delivered_at', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // One alert per event per grade: a grade reached again after falling back is not announced twice.
  await db.schema.createIndex('alert_event_grade_uq').on('alert').columns(['event_id', 'grade']).unique().execute();
  await db.schema.createIndex('alert_unit_idx').on('alert').columns(['unit_id', 'id']).execute();

  await db.schema
    .createTable('alert_setting')
    .addColumn('unit_id', 'integer', (c) => c.primaryKey().references('unit.id').onDelete('cascade'))
    /** Quiet hours in Beijing time as HH:mm; an interval may wrap past midnight (22:00–07:00). */
    .addColumn('quiet_start', 'text')
    .addColumn('quiet_end', 'text')
    /** The daily digest's time in Beijing time as HH:mm; null sends none. */
    .addColumn('digest_time', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable('watch_period'), dialect)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    /** Beijing calendar days, both included. */
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('watch_period_unit_idx').on('watch_period').columns(['unit_id', 'ends_on']).execute();

  await db.schema
    .createTable('alert_digest')
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id').onDelete('cascade'))
    /** The Beijing day it reports on. */
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('delivery', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('alert_digest_pk', ['unit_id', 'day'])
    .execute();
}
