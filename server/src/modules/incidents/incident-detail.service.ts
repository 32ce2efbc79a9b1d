import type { Ctx } from '../../core/context.js';
import type { IncidentState } from '@yuqing/common';
import { ancestorsOf } from './ancestors.js';
import { followUp } from './follow-up.js';
import * as repo from './incident.repository.js';
import { presentDeadline, presentIncident, presentTimeline } from './incident.presenter.js';
import { factsOf, incidentInScope } from './incident.service.js';
import { policyFor } from './policy.service.js';
import { movesFor } from './state-machine.js';
import { approversFor, statementStatus } from './statement-status.js';

export async function listIncidents(ctx: Ctx, filter: { state?: string; grade?: number; open?: boolean }, now = new Date()) {
  const rows = await repo.listIncidents(ctx.db, ctx.actor?.unitPath ?? '/', { ...filter, limit: 1000 });
  const deadlines = await repo.deadlinesOf(ctx.db, rows.map((r) => r.id));
  const byIncident = new Map<number, typeof deadlines>();
  for (const d of deadlines) byIncident.set(d.incident_id, [...(byIncident.get(d.incident_id) ?? []), d]);
  return rows.map((r) => presentIncident(r, byIncident.get(r.id) ?? [], now));
}

/** The incident page in one answer: the record, its clock, its documents, who acts next, and the first page of items. */
export async function getIncident(ctx: Ctx, id: number, now = new Date()) {
  const row = await incidentInScope(ctx, id);
  const [deadlines, departments, facts, status, reports, recipients, responses, consultations, tasks, replies, review, breaches, timeline, buckets, items, policy] = await Promise.all([
    repo.deadlinesOf(ctx.db, [id]),
    repo.departmentsOf(ctx.db, id),
    factsOf(ctx.db, row),
    statementStatus(ctx.db, row),
    repo.reportsOf(ctx.db, id),
    repo.recipientsOf(ctx.db, id),
    repo.responsesOf(ctx.db, id),
    repo.consultationsOf(ctx.db, id),
    repo.tasksOf(ctx.db, id),
    repo.repliesOf(ctx.db, id),
    repo.reviewOf(ctx.db, id),
    repo.breachesOf(ctx.db, id),
    repo.timelineOf(ctx.db, id),
    repo.hourBuckets(ctx.db, row),
    repo.itemsPage(ctx.db, row, 0, 50),
    policyFor(ctx.db, row.unit_path),
  ]);
  const expected = status.step ? await approversFor(ctx.db, row, status.step) : [];
  const superior = (await ancestorsOf(ctx.db, row.unit_path))[0] ?? null;
  const firstReply = replies[0]?.published_at ?? null;
  return {
    ...presentIncident(row, deadlines, now),
    summary: row.summary,
    place: row.place,
    occurredAt: row.occurred_at,
    gradeReasons: JSON.parse(row.grade_reasons) as string[],
    gradeOverrideReason: row.grade_override_reason,
    superiorUnit: superior ? { id: superior.id, name: superior.name } : null,
    departments,
    deadlines: deadlines.map((d) => presentDeadline(d, now)),
    facts,
    moves: movesFor(row.state as IncidentState, ctx.actor?.roles ?? [], facts),
    reports: reports.map((r) => ({
      id: r.id,
      grade: r.grade,
      filedAt: r.filed_at,
      spec: JSON.parse(r.spec) as unknown,
      recipients: recipients.filter((x) => x.report_id === r.id).map((x) => ({ id: x.id, unitId: x.unit_id, unitName: x.unit_name, targets: JSON.parse(x.targets) as string[], acknowledgedAt: x.acknowledged_at, acknowledgedBy: x.acknowledged_name })),
    })),
    responses: responses.map((x) => ({ id: x.id, action: x.action, text: x.text, unitName: x.unit_name, actorName: x.actor_name, at: x.at })),
    consultations: consultations.map((c) => ({ id: c.id, heldAt: c.held_at, participants: JSON.parse(c.participants) as { name: string; unitId: number }[], opinions: c.opinions })),
    tasks: tasks.map((t) => ({ id: t.id, consultationId: t.consultation_id, title: t.title, ownerName: t.owner_name, departmentName: t.department_name, dueAt: t.due_at, doneAt: t.done_at })),
    statement: {
      chain: status.chain,
      step: status.step,
      approved: status.approved,
      rejected: status.rejected,
      expectedApprovers: expected.map((a) => ({ id: a.id, name: a.display_name })),
      latest: status.latest ? { version: status.latest.version, text: status.latest.text, contentHash: status.latest.content_hash, findings: JSON.parse(status.latest.findings) as unknown[], createdAt: status.latest.created_at } : null,
      versions: status.statements.map((s) => ({ version: s.version, contentHash: s.content_hash, createdAt: s.created_at })),
      approvals: status.approvals.map((a) => ({ id: a.id, step: a.step, decision: a.decision, approverName: a.approver_name, comment: a.comment, contentHash: a.content_hash, decidedAt: a.decided_at, voided: a.voided_at !== null })),
    },
    replies: replies.map((r) => ({ id: r.id, kind: r.kind, place: r.place, publishedAt: r.published_at, url: r.url })),
    review: review ? { cause: review.cause, handling: review.handling, wentWell: review.went_well, wentBadly: review.went_badly, improvements: JSON.parse(review.improvements) as { text: string; asTask: boolean; taskId?: number }[], updatedAt: review.updated_at } : null,
    breaches: breaches.map((b) => ({ id: b.id, kind: b.kind, level: b.level, dueAt: b.due_at, at: b.at })),
    followUp: followUp(buckets, firstReply, policy.closeRule, now),
    items: { total: items.total, first: items.rows.map(presentItem) },
    timeline: timeline.map(presentTimeline),
  };
}

const presentItem = (i: Awaited<ReturnType<typeof repo.itemsPage>>['rows'][number]) => ({
  id: i.id,
  title: i.title,
  url: i.url,
  mediaTier: i.media_tier,
  publishedAt: i.published_at,
  fetchedAt: i.fetched_at,
  sentiment: i.sentiment,
  reach: i.reposts + i.comments + i.likes,
});

export async function incidentItems(ctx: Ctx, id: number, page: number, pageSize: number) {
  const row = await incidentInScope(ctx, id);
  const r = await repo.itemsPage(ctx.db, row, (page - 1) * pageSize, pageSize);
  return { total: r.total, items: r.rows.map(presentItem) };
}

/** The complete timeline: stored entries and every item the event brought, in order, paged. */
export async function fullTimeline(ctx: Ctx, id: number, offset: number, limit: number) {
  const row = await incidentInScope(ctx, id);
  const stored = (await repo.timelineOf(ctx.db, id)).map(presentTimeline);
  const fromEvent = row.event_id === null ? [] : (await repo.eventItemEntries(ctx.db, row.event_id)).map((e) => ({ id: null, at: e.at, kind: 'item_attached', actorName: null, detail: { itemId: e.item_id, title: e.title, via: 'event' } }));
  const all = [...stored, ...fromEvent].sort((a, b) => a.at.localeCompare(b.at));
  return { total: all.length, entries: all.slice(offset, offset + limit) };
}

/**
 * Graded events of the scope that no incident handles yet: what the board offers to open in one click.
 * Read from monitoring's event table until monitoring exports a query of its own.
 */
export async function candidateEvents(ctx: Ctx) {
  const rows = await ctx.db
    .selectFrom('event')
    .innerJoin('unit', 'unit.id', 'event.unit_id')
    .leftJoin('incident', 'incident.event_id', 'event.id')
    .select(['event.id', 'event.title', 'event.grade', 'event.grade_reasons', 'event.item_count', 'event.last_seen_at', 'unit.name as unit_name'])
    .where('unit.path', 'like', `${ctx.actor?.unitPath ?? '/'}%`)
    .where('event.grade', 'is not', null)
    .where('event.status', '=', 'open')
    .where('incident.id', 'is', null)
    .orderBy('event.grade')
    .orderBy('event.last_seen_at', 'desc')
    .limit(100)
    .execute();
  return rows.map((e) => ({ id: e.id, title: e.title, grade: e.grade, gradeReasons: JSON.parse(e.grade_reasons) as unknown[], itemCount: e.item_count, lastSeenAt: e.last_seen_at, unitName: e.unit_name }));
}
