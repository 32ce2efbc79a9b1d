import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../../db/database.js';
import type { ReportTable } from '../../../db/schema.js';

const reportQuery = (db: Executor) =>
  db
    .selectFrom('report')
    .innerJoin('unit', 'unit.id', 'report.unit_id')
    .leftJoin('unit as superior', 'superior.id', 'unit.parent_id')
    .leftJoin('app_user as approver', 'approver.id', 'report.approved_by')
    .selectAll('report')
    .select(['unit.name as unit_name', 'unit.path as unit_path', 'unit.parent_id as superior_id', 'superior.name as superior_name', 'approver.display_name as approver_name']);

export type ReportRow = NonNullable<Awaited<ReturnType<ReturnType<typeof reportQuery>['executeTakeFirst']>>>;

export const findReport = (db: Executor, id: number) => reportQuery(db).where('report.id', '=', id).executeTakeFirst();

export const listForUnit = (db: Executor, unitId: number) => reportQuery(db).where('report.unit_id', '=', unitId).orderBy('report.created_at', 'desc').orderBy('report.id', 'desc').execute();

/** Reports sent up from anywhere below the unit: its own subordinates' and theirs in turn. */
export const listReceived = (db: Executor, unitPath: string) =>
  reportQuery(db)
    .where('unit.path', 'like', `${unitPath}%`)
    .where('unit.path', '!=', unitPath)
    .where('report.status', 'in', ['submitted', 'returned'])
    .orderBy('report.submitted_at', 'desc')
    .orderBy('report.id', 'desc')
    .execute();

export const existing = (db: Executor, unitId: number, kind: string, period: string) =>
  db.selectFrom('report').select('id').where('unit_id', '=', unitId).where('kind', '=', kind).where('period', '=', period).executeTakeFirst();

export const insertReport = (db: Executor, values: Insertable<ReportTable>) => db.insertInto('report').values(values).returning('id').executeTakeFirstOrThrow();

/** Updates only the version the caller read; zero rows changed means someone else got there first. */
export async function updateReport(db: Executor, id: number, version: number, values: Updateable<ReportTable>): Promise<boolean> {
  const r = await db
    .updateTable('report')
    .set({ ...values, version: version + 1, updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * The quarterly reports of a kind that units under `pathPrefix` have sent up for `year`: one row per
 * report with its quarter (1..4) and when it was last submitted. Other modules count these through
 * this query rather than reading the report table themselves.
 */
export async function submittedQuarterlyReports(db: Executor, q: { kind: string; pathPrefix: string; year: number }) {
  const rows = await db
    .selectFrom('report')
    .innerJoin('unit', 'unit.id', 'report.unit_id')
    .where('unit.path', 'like', `${q.pathPrefix}%`)
    .where('report.kind', '=', q.kind)
    .where('report.period', 'like', `${q.year}Q%`)
    .where('report.submitted_at', 'is not', null)
    .select(['report.unit_id', 'report.period', 'report.submitted_at'])
    .execute();
  return rows.map((r) => ({ unitId: r.unit_id, quarter: Number(r.period.slice(5)), submittedAt: r.submitted_at! }));
}
