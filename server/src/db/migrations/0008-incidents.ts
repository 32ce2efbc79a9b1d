import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { withId } from './columns.js';

type AnyDb = Kysely<any>;

/**
 * Incidents (舆情处置): the seven steps of 篇四 with their documents, deadlines and timeline. Items stay
 * in monitoring's tables: an incident links its event by id (so the event's new items keep attaching)
 * and keeps only the items staff attached by hand.
 */
export async function up(db: AnyDb, dialect: Dialect): Promise<void> {
  await withId(db.schema.createTable('incident'), dialect)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    /** The unit handling it: its own unit, or the superior after 上级接管. */
    .addColumn('handling_unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('event_id', 'integer', (c) => c.references('event.id').onDelete('set null'))
    .addColumn('topic_id', 'integer', (c) => c.references('topic.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('place', 'text')
    .addColumn('occurred_at', 'text')
    .addColumn('grade', 'integer', (c) => c.notNull())
    /** The event's grade when opened from one, kept so an override shows what it overrode. */
    .addColumn('event_grade', 'integer')
    .addColumn('grade_reasons', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('grade_override_reason', 'text')
    .addColumn('handler_id', 'integer', (c) => c.references('app_user.id'))
    .addColumn('leader_id', 'integer', (c) => c.references('app_user.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('opened_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('state_at', 'text', (c) => c.notNull())
    .addColumn('taken_over_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('incident_unit_idx').on('incident').columns(['unit_id', 'state']).execute();
  await db.schema.createIndex('incident_handling_idx').on('incident').columns(['handling_unit_id', 'state']).execute();
  await db.schema.createIndex('incident_event_idx').on('incident').column('event_id').execute();

  await db.schema
    .createTable('incident_department')
    .addColumn('incident_id', 'integer', (c) => c.notNull().references('incident.id').onDelete('cascade'))
    .addColumn('department_id', 'integer', (c) => c.notNull().references('department.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('incident_department_pk', ['incident_id', 'department_id'])
    .execute();

  await db.schema
    .createTable('incident_item')
    .addColumn('incident_id', 'integer', (c) => c.notNull().references('incident.id').onDelete('cascade'))
    .addColumn('item_id', 'integer', (c) => c.notNull().references('item.id').onDelete('cascade'))
    .addColumn('attached_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('attached_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('incident_item_pk', ['incident_id', 'item_id'])
    .execute();
  await db.schema.createIndex('incident_item_item_idx').on('incident_item').column('item_id').execute();

  /** Every step, document version, approval, notification, breach and hand-attached item, with actor and time. */
  await withId(db.schema.createTable('incident_timeline'), dialect)
    .addColumn('incident_id', 'integer', (c) => c.notNull().references('incident.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer', (c) => c.references('app_user.id'))
    .addColumn('actor_name', 'text')
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('incident_timeline_idx').on('incident_timeline').columns(['incident_id', 'at']).execute();

  await withId(db.schema.createTable('incident_deadline'), dialect)
    .addColumn('incident_id', 'integer', (c) => c.notNull().references('incident.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('limit_minutes', 'integer', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('met_at', 'text')
    /** Levels of the escalation ladder already notified (0: none; 1 handler … 4 superior). */
    .addColumn('level', 'integer', (c) => c.notNull().defaultTo(0))
    /** When the breach checker next looks at it: the due time, then each further escalation. Null once met. */
    .addColumn('next_check_at', 'text')
    .addUniqueConstraint('incident_deadline_uq', ['incident_id', 'kind'])
    .execute();
  await db.schema.createIndex('incident_deadline_check_idx').on('incident_deadline').column('next_check_at').execute();

  await withId(db.schema.createTable('incident_breach'), dialect)
    .addColumn('incident_id', 'integer', (c) => c.notNull().references('incident.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('notified', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('incident_breach_idx').on('incident_breach').columns(['incident_id', 'at']).execute();

  await withId(db.schema.createTable('incident_flash_report'), dialect)
    .addColumn('incident_id', 'integer', (c) => c.notNull().references('incident.id').onDelete('cascade'))
    .addColumn('grade', 'integer', (c) => c.notNull())
    /** The DocumentSpec as filed, so the report reads tomorrow as it was sent today. */
    .addColumn('spec', 'text', (c) => c.notNull())
    .addColumn('filed_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('filed_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable('incident_recipient'), dialect)
    .addColumn('report_id', 'integer', (c) => c.notNull().references('incident_flash_report.id').onDelete('cascade'))
    .addColumn('incident_id', 'integer', (c) => c.notNull().references('incident.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    /** The matrix's targets that live in this unit, as a JSON array: one row, one acknowledgement per unit. */
    .addColumn('targets', 'text', (c) => c.notNull())
    .addColumn('acknowledged_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('acknowledged_at', 'text')
    .execute();
  await db.schema.createIndex('incident_recipient_unit_idx').on('incident_recipient').columns(['unit_id', 'acknowledged_at']).execute();
  await db.schema.createIndex('incident_recipient_incident_idx').on('incident_recipient').column('incident_id').execute();

  /** What the superior said on a report: comment, ask for more, take over. */
  await withId(db.schema.createTable('incident_response'), dialect)
    .addColumn('incident_id', 'integer', (c) => c.notNull().references('incident.id').onDelete('cascade'))
    .addColumn('report_id', 'integer', (c) => c.references('incident_flash_report.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('text', 'text')
    .addColumn('actor_id', 'integer', (c) => c.references('app_user.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable('incident_consultation'), dialect)
    .addColumn('incident_id', 'integer', (c) => c.notNull().references('incident.id').onDelete('cascade'))
    .addColumn('held_at', 'text', (c) => c.notNull())
    /** [{ name, unitId }]: names as the minutes write them, from both units when the superior joins. */
    .addColumn('participants', 'text', (c) => c.notNull())
    .addColumn('opinions', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable('incident_task'), dialect)
    .addColumn('incident_id', 'integer', (c) => c.notNull().references('incident.id').onDelete('cascade'))
    .addColumn('consultation_id', 'integer', (c) => c.references('incident_consultation.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'integer', (c) => c.references('app_user.id'))
    .addColumn('department_id', 'integer', (c) => c.references('department.id'))
    .addColumn('due_at', 'text')
    .addColumn('done_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable('incident_statement'), dialect)
    .addColumn('incident_id', 'integer', (c) => c.notNull().references('incident.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('findings', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('author_id', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('incident_statement_uq', ['incident_id', 'version'])
    .execute();

  await withId(db.schema.createTable('incident_approval'), dialect)
    .addColumn('incident_id', 'integer', (c) => c.notNull().references('incident.id').onDelete('cascade'))
    .addColumn('statement_id', 'integer', (c) => c.notNull().references('incident_statement.id').onDelete('cascade'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('approver_id', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addColumn('voided_at', 'text')
    .execute();
  await db.schema.createIndex('incident_approval_idx').on('incident_approval').column('incident_id').execute();

  await withId(db.schema.createTable('incident_reply'), dialect)
    .addColumn('incident_id', 'integer', (c) => c.notNull().references('incident.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('content_hash', 'text')
    .addColumn('recorded_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('incident_review')
    .addColumn('incident_id', 'integer', (c) => c.primaryKey().references('incident.id').onDelete('cascade'))
    .addColumn('cause', 'text', (c) => c.notNull())
    .addColumn('handling', 'text', (c) => c.notNull())
    .addColumn('went_well', 'text', (c) => c.notNull())
    .addColumn('went_badly', 'text', (c) => c.notNull())
    /** [{ text, asTask }]: improvements, the ones marked to become responsibility tasks. */
    .addColumn('improvements', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('author_id', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
