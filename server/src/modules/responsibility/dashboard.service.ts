import { MEETING_KINDS, type MeetingKind, type ResponsibilityFigures } from '@yuqing/common';
import type { Ctx } from '../../core/context.js';
import { outOfScope } from '../../core/errors.js';
import { submittedQuarterlyReports } from '../documents/reports/index.js';
import { units as orgUnits, unitInScope } from '../org/index.js';
import * as repo from './dashboard.repository.js';
import { quotasFor } from './meeting.service.js';
import { beijingDate } from './periods.js';
import { quotaStatus } from './quota.js';
import { rollUp } from './rollup.js';
import { reportsOnTime } from './reports-on-time.js';

type UnitNodeLike = orgUnits.UnitNode;

export type Figures = ResponsibilityFigures;

const zero = (): Figures => ({
  units: 0,
  tasks: { total: 0, done: 0, overdue: 0, dueSoFar: 0 },
  meetings: Object.fromEntries(MEETING_KINDS.map((k) => [k, { held: 0, target: 0 }])) as Figures['meetings'],
  unitsBehind: 0,
  rectifications: { open: 0, overdue: 0 },
  reports: { due: 0, onTime: 0 },
});

function add(into: Figures, from: Figures) {
  into.units += from.units;
  into.unitsBehind += from.unitsBehind;
  into.rectifications.open += from.rectifications.open;
  into.rectifications.overdue += from.rectifications.overdue;
  into.reports.due += from.reports.due;
  into.reports.onTime += from.reports.onTime;
  for (const k of ['total', 'done', 'overdue', 'dueSoFar'] as const) into.tasks[k] += from.tasks[k];
  for (const k of MEETING_KINDS) {
    into.meetings[k].held += from.meetings[k].held;
    into.meetings[k].target += from.meetings[k].target;
  }
}

function flatten(node: UnitNodeLike, out: UnitNodeLike[] = []): UnitNodeLike[] {
  out.push(node);
  for (const c of node.children) flatten(c, out);
  return out;
}

function findNode(nodes: UnitNodeLike[], id: number): UnitNodeLike | undefined {
  for (const n of nodes) {
    if (n.id === id) return n;
    const found = findNode(n.children, id);
    if (found) return found;
  }
  return undefined;
}

/**
 * The responsibility system of a unit and each unit directly below it, every figure summed over
 * its subtree: tasks due, done and overdue this year, meetings held against quotas, units behind,
 * rectifications still open, analysis reports (the documents module's, kind `analysis`) sent on time.
 */
export async function responsibilityDashboard(ctx: Ctx, q: { unitId?: number; year?: number }, now = new Date()) {
  const today = beijingDate(now);
  const year = q.year ?? Number(today.slice(0, 4));
  const unitId = q.unitId ?? ctx.actor?.unitId;
  const tree = await orgUnits.unitTree(ctx);
  const root = unitId !== undefined ? findNode(tree, unitId) : tree[0];
  if (!root) throw outOfScope('unit');
  const unit = await unitInScope(ctx, root.id);
  const subtree = flatten(root);
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [occ, held, quotas, rect, reports] = await Promise.all([
    repo.occurrenceFigures(ctx.db, unit.path, from, to, today),
    repo.meetingFigures(ctx.db, unit.path, from, today < to ? today : to),
    quotasFor(ctx, subtree.map((u) => u.id), year),
    repo.rectificationFigures(ctx.db, unit.path, today),
    submittedQuarterlyReports(ctx.db, { kind: 'analysis', pathPrefix: unit.path, year }),
  ]);
  const own = new Map<number, Figures>();
  for (const u of subtree) {
    const f = zero();
    f.units = 1;
    const o = occ.find((r) => r.unit_id === u.id);
    if (o) f.tasks = { total: Number(o.total), done: Number(o.done), overdue: Number(o.overdue), dueSoFar: Number(o.due_so_far) };
    const r = rect.find((x) => x.unit_id === u.id);
    if (r) f.rectifications = { open: Number(r.open), overdue: Number(r.overdue) };
    f.reports = reportsOnTime(year, today, reports.filter((x) => x.unitId === u.id).map((x) => ({ quarter: x.quarter, submittedOn: beijingDate(new Date(x.submittedAt)) })));
    const targets = quotas.get(u.id)!;
    for (const k of MEETING_KINDS) f.meetings[k] = { held: Number(held.find((r) => r.unit_id === u.id && r.kind === k)?.n ?? 0), target: targets[k] };
    f.unitsBehind = MEETING_KINDS.some((k) => quotaStatus(targets[k], f.meetings[k].held, year, today).status === 'behind') ? 1 : 0;
    own.set(u.id, f);
  }
  const total = rollUp(subtree.map((u) => ({ id: u.id, parent_id: u.parentId })), own, zero, add);
  const view = (u: UnitNodeLike) => ({ unitId: u.id, name: u.name, kind: u.kind, hasChildren: u.children.length > 0, figures: total.get(u.id)!, own: own.get(u.id)! });
  return { year, today, unit: view(root), children: root.children.map(view) };
}
