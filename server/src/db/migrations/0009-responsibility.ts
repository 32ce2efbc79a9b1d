import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { withId } from './columns.js';

type AnyDb = Kysely<any>;

/**
 * Responsibility system: yearly plans and their tasks, the tasks' occurrences, meetings with attendance, yearly meeting
 * quotas; risk points with their reviews; inspections and self-inspections with rectifications; assessment schemes
 * and hand scores; accountability cases; analysis reports.
 */
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

  await withId(db.schema.createTable('risk'), dialect)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('area', 'text', (c) => c.notNull())
    .addColumn('likelihood', 'integer', (c) => c.notNull())
    .addColumn('impact', 'integer', (c) => c.notNull())
    .addColumn('measures', 'text')
    .addColumn('owner_person_id', 'integer', (c) => c.references('person.id'))
    .addColumn('next_review_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('risk_unit_idx').on('risk').column('unit_id').execute();

  await withId(db.schema.createTable('risk_review'), dialect)
    .addColumn('risk_id', 'integer', (c) => c.notNull().references('risk.id').onDelete('cascade'))
    .addColumn('reviewed_on', 'text', (c) => c.notNull())
    .addColumn('likelihood', 'integer', (c) => c.notNull())
    .addColumn('impact', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('reviewer_id', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable('inspection'), dialect)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('department_id', 'integer', (c) => c.references('department.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('checklist_key', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('inspected_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('inspection_unit_idx').on('inspection').columns(['unit_id', 'inspected_on']).execute();

  await withId(db.schema.createTable('inspection_item'), dialect)
    .addColumn('inspection_id', 'integer', (c) => c.notNull().references('inspection.id').onDelete('cascade'))
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('evidence', 'text')
    .execute();

  await withId(db.schema.createTable('rectification'), dialect)
    .addColumn('inspection_id', 'integer', (c) => c.notNull().references('inspection.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('finding', 'text', (c) => c.notNull())
    .addColumn('owner_person_id', 'integer', (c) => c.references('person.id'))
    .addColumn('owner_department_id', 'integer', (c) => c.references('department.id'))
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('closing_evidence', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rectification_unit_idx').on('rectification').columns(['unit_id', 'status']).execute();

  await withId(db.schema.createTable('assessment_scheme'), dialect)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('indicators', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable('assessment_score'), dialect)
    .addColumn('scheme_id', 'integer', (c) => c.notNull().references('assessment_scheme.id').onDelete('cascade'))
    .addColumn('indicator_key', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('scored_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('scored_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('assessment_score_key').on('assessment_score').columns(['scheme_id', 'indicator_key', 'unit_id']).unique().execute();

  await withId(db.schema.createTable('accountability_case'), dialect)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('clauses', 'text', (c) => c.notNull())
    .addColumn('responsibility', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('decision_document', 'text')
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('accountability_person')
    .addColumn('case_id', 'integer', (c) => c.notNull().references('accountability_case.id').onDelete('cascade'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('person.id'))
    .addColumn('part', 'text', (c) => c.notNull())
    .addColumn('dissent', 'integer', (c) => c.notNull())
    .addColumn('bears', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('accountability_person_pk', ['case_id', 'person_id'])
    .execute();

  await withId(db.schema.createTable('analysis_report'), dialect)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('approved_at', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('returned_at', 'text')
    .addColumn('return_comment', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('analysis_report_unit_idx').on('analysis_report').columns(['unit_id', 'period']).execute();

  await withId(db.schema.createTable('task_note'), dialect)
    .addColumn('task_id', 'integer', (c) => c.notNull().references('plan_task.id').onDelete('cascade'))
    .addColumn('occurrence_id', 'integer', (c) => c.references('task_occurrence.id').onDelete('set null'))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('mime', 'text')
    .addColumn('size', 'integer')
    .addColumn('content_base64', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('task_note_task_idx').on('task_note').column('task_id').execute();
}
