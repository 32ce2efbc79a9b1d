import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { withId } from './columns.js';

type AnyDb = Kysely<any>;

/** Responsibility system: yearly plans and their tasks, the tasks' occurrences, meetings with attendance, yearly meeting quotas. */
export async function up(db: AnyDb, dialect: Dialect): Promise<void> {
  await withId(db.schema.createTable('plan'), dialect)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('template_key', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('plan_unit_idx').on('plan').columns(['unit_id', 'year']).execute();

  await withId(db.schema.createTable('plan_task'), dialect)
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text')
    .addColumn('seed_ref', 'text')
    .addColumn('lead_note', 'text')
    .addColumn('responsible_note', 'text')
    .addColumn('leader_person_id', 'integer', (c) => c.references('person.id'))
    .addColumn('recurrence', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('progress_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('plan_task_plan_idx').on('plan_task').columns(['plan_id', 'seq']).execute();

  await db.schema
    .createTable('plan_task_department')
    .addColumn('task_id', 'integer', (c) => c.notNull().references('plan_task.id').onDelete('cascade'))
    .addColumn('department_id', 'integer', (c) => c.notNull().references('department.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_task_department_pk', ['task_id', 'department_id', 'role'])
    .execute();

  await withId(db.schema.createTable('task_occurrence'), dialect)
    .addColumn('task_id', 'integer', (c) => c.notNull().references('plan_task.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('period_key', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .addColumn('completed_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('evidence_note', 'text')
    .addColumn('overdue_notified_at', 'text')
    .execute();
  await db.schema.createIndex('task_occurrence_task_idx').on('task_occurrence').columns(['task_id', 'period_key']).unique().execute();
  await db.schema.createIndex('task_occurrence_unit_due_idx').on('task_occurrence').columns(['unit_id', 'due_date']).execute();

  await withId(db.schema.createTable('meeting'), dialect)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('topics', 'text')
    .addColumn('minutes', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_unit_idx').on('meeting').columns(['unit_id', 'held_on']).execute();

  await db.schema
    .createTable('meeting_attendance')
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('person.id'))
    .addColumn('present', 'integer', (c) => c.notNull())
    .addColumn('absence_reason', 'text')
    .addPrimaryKeyConstraint('meeting_attendance_pk', ['meeting_id', 'person_id'])
    .execute();

  await withId(db.schema.createTable('meeting_material'), dialect)
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content_base64', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable('meeting_quota'), dialect)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('target', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_quota_key').on('meeting_quota').columns(['unit_id', 'year', 'kind']).unique().execute();
}
