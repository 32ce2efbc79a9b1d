import { DEADLINE_LABELS, type DeadlineKind } from '@yuqing/common';
import { systemCtx, transact } from '../../../core/context.js';
import type { Executor } from '../../../db/database.js';
import { notify } from '../../platform/notification.service.js';
import { ESCALATION_LEVELS, escalationsDue, type EscalationLevel } from '../deadlines.js';
import { accountsWithRoles } from '../incident.repository.js';
import { policyFor } from '../policy.service.js';
import { record } from '../timeline.js';

export const BREACH_QUEUE = 'incidents.check-deadlines';

/** An escalation leaving Yuqing (a robot webhook, e-mail): given the unit whose channels should carry it. */
export type Deliver = (unitId: number, message: { title: string; text: string; link: string }, key: string) => Promise<void>;

const dueDeadlines = (db: Executor, now: string, limit: number) =>
  db
    .selectFrom('incident_deadline as d')
    .innerJoin('incident as i', 'i.id', 'd.incident_id')
    .innerJoin('unit as hu', 'hu.id', 'i.handling_unit_id')
    .select(['d.id', 'd.incident_id', 'd.kind', 'd.due_at', 'd.level', 'i.title', 'i.unit_id', 'i.handling_unit_id', 'i.handler_id', 'hu.path as handling_path', 'hu.parent_id as superior_id'])
    .where('d.next_check_at', '<=', now)
    .where('d.met_at', 'is', null)
    .orderBy('d.next_check_at')
    .limit(limit)
    .execute();

type Due = Awaited<ReturnType<typeof dueDeadlines>>[number];

/** The accounts each rung reaches: handler → leader in charge → first responsible person → the superior unit's office and leader in charge. */
async function rungAccounts(db: Executor, d: Due, level: EscalationLevel, cache: Map<string, { id: number; display_name: string }[]>) {
  const cached = async (unitId: number, roles: string[]) => {
    const key = `${unitId}:${roles.join(',')}`;
    if (!cache.has(key)) cache.set(key, await accountsWithRoles(db, unitId, roles));
    return cache.get(key)!;
  };
  switch (level) {
    case 'handler':
      if (d.handler_id !== null) return db.selectFrom('app_user').select(['id', 'display_name']).where('id', '=', d.handler_id).execute();
      return cached(d.handling_unit_id, ['group_office']);
    case 'leader_in_charge':
      return cached(d.handling_unit_id, ['direct_responsible']);
    case 'first_responsible':
      return cached(d.handling_unit_id, ['first_responsible']);
    case 'superior':
      return d.superior_id === null ? [] : cached(d.superior_id, ['group_office', 'direct_responsible']);
  }
}

/**
 * One pass of the breach checker: every unmet deadline whose next rung is due climbs the ladder, each
 * rung notified once, recorded as a breach (for assessment) and on the timeline. The index on
 * next_check_at keeps the pass proportional to what is due, not to the open incidents.
 */
export async function checkBreaches(db: Executor, now = new Date(), opts: { batch?: number; deliver?: Deliver } = {}) {
  const batch = opts.batch ?? 500;
  const policies = new Map<string, number>();
  const accounts = new Map<string, { id: number; display_name: string }[]>();
  let escalations = 0;
  let checked = 0;
  for (;;) {
    const due = await dueDeadlines(db, now.toISOString(), batch);
    for (const d of due) {
      checked++;
      if (!policies.has(d.handling_path)) policies.set(d.handling_path, (await policyFor(db, d.handling_path)).escalateEveryMinutes);
      const { levels, nextCheckAt } = escalationsDue(d, now, policies.get(d.handling_path)!);
      const sent: { level: number; names: string[] }[] = [];
      await transact(systemCtx(db), async (tx) => {
        const claimed = await tx.db.updateTable('incident_deadline').set({ level: d.level + levels.length, next_check_at: nextCheckAt }).where('id', '=', d.id).where('level', '=', d.level).executeTakeFirst();
        if (claimed.numUpdatedRows !== 1n) return;
        for (const level of levels) {
          const rung = ESCALATION_LEVELS[level - 1];
          const users = await rungAccounts(tx.db, d, rung, accounts);
          const label = DEADLINE_LABELS[d.kind as DeadlineKind];
          const at = now.toISOString();
          await tx.db.insertInto('incident_breach').values({ incident_id: d.incident_id, unit_id: d.unit_id, kind: d.kind, level, due_at: d.due_at, notified: JSON.stringify(users.map((u) => u.id)), at }).execute();
          await notify(tx.db, { userIds: users.map((u) => u.id), kind: 'incident', title: { key: 'incident.breach', params: { title: d.title, kind: label['zh-CN'], kindEn: label.en } }, link: `/incidents/${d.incident_id}`, dedupKey: `incident.breach.${d.id}.${level}` });
          await record(tx, { id: d.incident_id, unit_id: d.unit_id }, 'breach', { kind: d.kind, level, rung, dueAt: d.due_at, notified: users.map((u) => u.display_name) }, at);
          sent.push({ level, names: users.map((u) => u.display_name) });
          escalations++;
        }
      });
      if (opts.deliver) {
        for (const s of sent) {
          const label = DEADLINE_LABELS[d.kind as DeadlineKind]['zh-CN'];
          const unitId = ESCALATION_LEVELS[s.level - 1] === 'superior' && d.superior_id !== null ? d.superior_id : d.handling_unit_id;
          await opts.deliver(unitId, { title: `舆情处置「${d.title}」${label}超时`, text: `时限 ${d.due_at}，已逐级提醒：${s.names.join('、') || '—'}`, link: `/incidents/${d.incident_id}` }, `incident.breach.${d.id}.${s.level}`);
        }
      }
    }
    if (due.length < batch) break;
  }
  return { checked, escalations };
}
