import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { withId } from './columns.js';

/** Outbound delivery: a unit's targets (robots, email, webhooks) and every send to them. */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await withId(db.schema.createTable('delivery_target'), dialect)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('secret', 'text')
    /** JSON array of email addresses. */
    .addColumn('recipients', 'text', (c) => c.notNull().defaultTo('[]'))
    /** JSON array of purposes: alert, incident, digest. */
    .addColumn('purposes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    /** Set by an admin only: lets the sender reach private and loopback addresses for this target. */
    .addColumn('internal', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('delivery_target_unit_idx').on('delivery_target').column('unit_id').execute();

  await withId(db.schema.createTable('delivery_attempt'), dialect)
    .addColumn('target_id', 'integer', (c) => c.notNull().references('delivery_target.id').onDelete('cascade'))
    /** The caller's name for the message (alert:event:12:grade:2): a target gets each key at most once. */
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    /** The message itself, so a retry sends exactly what the first try did. */
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('http_status', 'integer')
    .addColumn('error_code', 'text')
    /** The failure in words (zh-CN), with the platform's own message. */
    .addColumn('error', 'text')
    /** Parameters of the failure, JSON, to tell it again in the reader's language. */
    .addColumn('error_params', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addUniqueConstraint('delivery_attempt_target_key_uq', ['target_id', 'key'])
    .execute();
  await db.schema.createIndex('delivery_attempt_recent_idx').on('delivery_attempt').columns(['target_id', 'created_at']).execute();
}
