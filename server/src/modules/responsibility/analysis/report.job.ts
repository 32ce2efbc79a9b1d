import { systemCtx } from '../../../core/context.js';
import type { Database } from '../../../db/database.js';
import { beijingDate } from '../periods.js';
import { draftReport } from './report.service.js';

export const DRAFT_REPORTS_QUEUE = 'responsibility.draft-reports';

/** The quarter before the one `today` falls in, such as 2026-Q1 on 2026-04-02. */
export function previousQuarter(today: string): string {
  const year = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}

/**
 * Once a quarter is over, every unit with a plan for its year gets a draft analysis report for it,
 * started from its records, for the office to edit. A unit that already has one is left alone.
 */
export async function draftQuarterlyReports(db: Database, now = new Date()): Promise<number> {
  const period = previousQuarter(beijingDate(now));
  const year = Number(period.slice(0, 4));
  const units = await db.selectFrom('plan').select('unit_id').where('year', '=', year).distinct().execute();
  const existing = new Set((await db.selectFrom('analysis_report').select('unit_id').where('period', '=', period).execute()).map((r) => r.unit_id));
  let drafted = 0;
  for (const { unit_id } of units) {
    if (existing.has(unit_id)) continue;
    await draftReport(systemCtx(db), { unitId: unit_id, period }, now);
    drafted++;
  }
  return drafted;
}
