import type { EvidenceRule } from '@yuqing/common';
import { transact, type Ctx } from '../../core/context.js';
import { getChannel, listChannels } from '../channels/index.js';
import { recordAudit } from '../platform/index.js';
import { listSubmissions } from '../publishing/index.js';
import { matchEvidence, parseEvidence, type EvidenceRecord } from './evidence.js';
import * as meetings from './meeting.repository.js';
import { beijingDate } from './periods.js';
import * as repo from './plan.repository.js';

/** Everything a unit recorded in a year that can count as evidence, read through each module's public functions. */
export async function evidenceOf(ctx: Ctx, unitId: number, year: number, kinds: ReadonlySet<EvidenceRule['kind']>): Promise<EvidenceRecord[]> {
  const out: EvidenceRecord[] = [];
  if (kinds.has('meeting')) {
    const rows = await meetings.listMeetings(ctx.db, { pathPrefix: '/', unitId, from: `${year}-01-01`, to: `${year}-12-31` });
    for (const m of rows) out.push({ kind: 'meeting', id: m.id, date: m.held_on, meetingKind: m.kind, title: m.title });
  }
  if (kinds.has('submissions')) {
    for (const s of await listSubmissions(ctx, { unitId, year })) if (s.unit_id === unitId) out.push({ kind: 'submissions', id: s.id, date: s.submitted_on, title: s.title });
  }
  if (kinds.has('channel_review')) {
    for (const c of await listChannels(ctx, { unitId })) {
      for (const r of (await getChannel(ctx, c.id)).reviews) {
        const date = beijingDate(new Date(r.reviewed_at));
        if (date.startsWith(`${year}-`)) out.push({ kind: 'channel_review', id: r.id, date, title: c.name });
      }
    }
  }
  return out;
}

const describe = (matched: EvidenceRecord[]) => matched.map((r) => `${r.date} ${r.title}`).join('；');

/**
 * Brings a unit's occurrences for the year in line with its evidence: an occurrence whose
 * records are now there completes itself, one completed by evidence that is gone reopens.
 * Occurrences someone completed by hand are left alone. Each change is audited.
 */
export async function reconcile(ctx: Ctx, unitId: number, year: number, now = new Date()): Promise<{ completed: number; reopened: number }> {
  const plans = await repo.listPlans(ctx.db, '/', { unitId, year });
  const tasks = (await Promise.all(plans.map((p) => repo.tasksOfPlan(ctx.db, p.id)))).flat();
  const rules = new Map<number, EvidenceRule>();
  for (const t of tasks) {
    const { rule } = parseEvidence(t.evidence);
    if (rule && rule.kind !== 'manual') rules.set(t.id, rule);
  }
  if (rules.size === 0) return { completed: 0, reopened: 0 };
  const records = await evidenceOf(ctx, unitId, year, new Set([...rules.values()].map((r) => r.kind)));
  const occurrences = await repo.occurrencesOfTasks(ctx.db, [...rules.keys()]);
  let completed = 0;
  let reopened = 0;
  await transact(ctx, async (tx) => {
    for (const o of occurrences) {
      if (o.completed_at && o.completed_by !== null) continue;
      const verdict = matchEvidence(rules.get(o.task_id)!, { start: o.period_start, end: o.period_end }, records);
      if (verdict.met && !o.completed_at) {
        const note = describe(verdict.matched);
        await repo.updateOccurrence(tx.db, o.id, { completed_at: now.toISOString(), completed_by: null, evidence_note: note });
        await recordAudit(tx, { action: 'task_occurrence.complete', objectType: 'task_occurrence', objectId: o.id, unitId, after: { period: o.period_key, evidence: note } });
        completed++;
      } else if (!verdict.met && o.completed_at) {
        await repo.updateOccurrence(tx.db, o.id, { completed_at: null, evidence_note: null });
        await recordAudit(tx, { action: 'task_occurrence.reopen', objectType: 'task_occurrence', objectId: o.id, unitId, before: { period: o.period_key, evidence: o.evidence_note }, after: { reason: 'evidence_removed' } });
        reopened++;
      }
    }
  });
  return { completed, reopened };
}
