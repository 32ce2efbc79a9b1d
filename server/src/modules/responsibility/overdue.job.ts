import { systemCtx } from '../../core/context.js';
import type { Database } from '../../db/database.js';
import { notify, accountsFor } from '../platform/notification.service.js';
import { recordAudit } from '../platform/index.js';
import { transact } from '../../core/context.js';
import { reconcile } from './evidence.service.js';
import * as repo from './plan.repository.js';
import { beijingDate } from './periods.js';

export const OVERDUE_QUEUE = 'responsibility.flag-overdue';

/**
 * Submissions and channel reviews are recorded by other modules, which do not call back here; the
 * hourly run brings every unit's occurrences of this year in line with them before flagging.
 */
async function reconcileAll(db: Database, now: Date): Promise<void> {
  const ctx = systemCtx(db);
  const year = Number(beijingDate(now).slice(0, 4));
  const units = new Set((await repo.listPlans(db, '/', { year })).map((p) => p.unit_id));
  for (const unitId of units) await reconcile(ctx, unitId, year, now);
}

/**
 * Flags occurrences past their due date and tells the responsible leader, the heads of the lead
 * departments and the unit's group office, once per occurrence. Safe to run again: flagged ones are skipped.
 */
export async function flagOverdue(db: Database, now = new Date()): Promise<{ flagged: number; notices: number }> {
  const ctx = systemCtx(db);
  await reconcileAll(db, now);
  const today = beijingDate(now);
  const rows = (await repo.listOccurrences(db, { pathPrefix: '/', completed: false, dueBefore: today, limit: 100_000 })).filter((o) => o.overdue_notified_at === null);
  let notices = 0;
  for (const o of rows) {
    const leads = (await repo.departmentsOfTasks(db, [o.task_id])).filter((d) => d.role === 'lead').map((d) => d.id);
    // Department heads answer for their department's tasks; the accounts tell who holds that role.
    const heads = leads.length
      ? await db
          .selectFrom('person')
          .innerJoin('app_user', 'app_user.person_id', 'person.id')
          .innerJoin('user_role', 'user_role.user_id', 'app_user.id')
          .select('person.id')
          .where('person.department_id', 'in', leads)
          .where('user_role.role', '=', 'department_head')
          .execute()
      : [];
    const users = await accountsFor(db, o.unit_id, [o.leader_person_id, ...heads.map((h) => h.id)], ['group_office']);
    await transact(ctx, async (tx) => {
      notices += await notify(tx.db, {
        userIds: users,
        kind: 'responsibility.overdue',
        title: { key: 'responsibility.overdue', params: { title: o.title, period: o.period_key } },
        body: `完成时限 ${o.due_date}`,
        link: `/responsibility/plans/${o.plan_id}?task=${o.task_id}`,
        dedupKey: `occurrence:${o.id}:overdue`,
      });
      await repo.updateOccurrence(tx.db, o.id, { overdue_notified_at: now.toISOString() });
      await recordAudit(tx, { action: 'task_occurrence.overdue', objectType: 'task_occurrence', objectId: o.id, unitId: o.unit_id, after: { period: o.period_key, due: o.due_date, notified: users.length } });
    });
  }
  return { flagged: rows.length, notices };
}
