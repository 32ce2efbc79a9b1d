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

/** Department heads answer for their department's tasks; the accounts tell who holds that role. */
async function departmentHeads(db: Database, taskId: number) {
  const leads = (await repo.departmentsOfTasks(db, [taskId])).filter((d) => d.role === 'lead').map((d) => d.id);
  if (!leads.length) return [];
  return db
    .selectFrom('person')
    .innerJoin('app_user', 'app_user.person_id', 'person.id')
    .innerJoin('user_role', 'user_role.user_id', 'app_user.id')
    .select('person.id')
    .where('person.department_id', 'in', leads)
    .where('user_role.role', '=', 'department_head')
    .execute();
}

/**
 * Flags occurrences past their due date and tells the responsible leader, the heads of the lead
 * departments and the unit's group office. Each person gets one notice per unit and run, listing
 * what newly fell overdue, so a plan instantiated mid-year does not bury the bell. Safe to run
 * again: occurrences already flagged are skipped.
 */
export async function flagOverdue(db: Database, now = new Date()): Promise<{ flagged: number; notices: number }> {
  const ctx = systemCtx(db);
  await reconcileAll(db, now);
  const today = beijingDate(now);
  const rows = await repo.listOccurrences(db, { pathPrefix: '/', state: 'overdue', today, unflagged: true });
  // recipient → unit → occurrences
  const digests = new Map<number, Map<number, typeof rows>>();
  const headsOf = new Map<number, { id: number }[]>();
  for (const o of rows) {
    if (!headsOf.has(o.task_id)) headsOf.set(o.task_id, await departmentHeads(db, o.task_id));
    for (const user of await accountsFor(db, o.unit_id, [o.leader_person_id, ...headsOf.get(o.task_id)!.map((h) => h.id)], ['group_office'])) {

      const byUnit = digests.get(user) ?? new Map<number, typeof rows>();
      byUnit.set(o.unit_id, [...(byUnit.get(o.unit_id) ?? []), o]);
      digests.set(user, byUnit);
    }
  }
  let notices = 0;
  await transact(ctx, async (tx) => {
    for (const [user, byUnit] of digests) {
      for (const [unitId, list] of byUnit) {
        notices += await notify(tx.db, {
          userIds: [user],
          kind: 'responsibility.overdue',
          title: { key: 'responsibility.overdue', params: { unit: list[0].unit_name, count: String(list.length) } },
          body: list.slice(0, 5).map((o) => `${o.title}（${o.period_key}，时限 ${o.due_date}）`).join('；'),
          link: `/responsibility/tasks?unitId=${unitId}&state=overdue`,
        });
      }
    }
    for (const o of rows) {
      await repo.updateOccurrence(tx.db, o.id, { overdue_notified_at: now.toISOString() });
      await recordAudit(tx, { action: 'task_occurrence.overdue', objectType: 'task_occurrence', objectId: o.id, unitId: o.unit_id, after: { period: o.period_key, due: o.due_date } });
    }
  });
  return { flagged: rows.length, notices };
}
