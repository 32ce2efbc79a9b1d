import type { ReplyKind } from '@yuqing/common';
import { transact, type Ctx } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import * as repo from './incident.repository.js';
import { bump, incidentToAct, stateLabel } from './incident.service.js';
import { statementStatus } from './statement-status.js';
import { record } from './timeline.js';
import { addTask, listPlans } from '../responsibility/index.js';

const REPLY_FROM = new Set(['drafting', 'replied', 'following']);

/** 正面回复: where, when and the link of a published reply, with the hash of the statement it carried. */
export async function recordReply(ctx: Ctx, id: number, input: { kind: ReplyKind; place: string; publishedAt: string; url?: string | null }) {
  const row = await incidentToAct(ctx, id);
  if (!REPLY_FROM.has(row.state)) throw new AppError(409, 'incident_not_allowed', { state: stateLabel(row.state, ctx.locale), action: ctx.locale === 'en' ? 'given a reply' : '登记回复' });
  const { latest } = await statementStatus(ctx.db, row);
  await transact(ctx, async (tx) => {
    const now = new Date().toISOString();
    await bump(tx, row);
    await tx.db.insertInto('incident_reply').values({ incident_id: id, kind: input.kind, place: input.place, published_at: input.publishedAt, url: input.url ?? null, content_hash: latest?.content_hash ?? null, recorded_by: ctx.actor?.userId ?? null, created_at: now }).execute();
    if (input.kind === 'press_conference') await repo.meetDeadline(tx.db, id, 'press_conference', input.publishedAt);
    await record(tx, row, 'reply', { kind: input.kind, place: input.place, publishedAt: input.publishedAt, url: input.url ?? null, statementVersion: latest?.version ?? null });
  });
}

export interface ReviewInput {
  cause: string;
  handling: string;
  wentWell: string;
  wentBadly: string;
  improvements: { text: string; asTask: boolean }[];
}

type Improvement = ReviewInput['improvements'][number] & { taskId?: number };

/** The Beijing calendar year, the year a unit's work plan runs by. */
const planYear = (now: Date) => Number(new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 4));

/**
 * Improvements marked as tasks join the unit's work plan for the year (a task of 责任制, done by hand
 * by year end). One already made a task keeps its task when the review is rewritten; without a plan
 * for the year none is made, and the review says so.
 */
async function improvementTasks(ctx: Ctx, row: { unit_id: number; title: string; id: number }, wanted: ReviewInput['improvements'], before: Improvement[]): Promise<{ improvements: Improvement[]; noPlan: boolean }> {
  const year = planYear(new Date());
  const plan = wanted.some((i) => i.asTask) ? (await listPlans(ctx, { unitId: row.unit_id, year }))[0] : undefined;
  const departments = (await repo.departmentsOf(ctx.db, row.id)).map((d) => d.id);
  const out: Improvement[] = [];
  for (const i of wanted) {
    const taskId = before.find((b) => b.text === i.text && b.taskId)?.taskId;
    if (!i.asTask || taskId || !plan) {
      out.push(taskId ? { ...i, taskId } : i);
      continue;
    }
    const id = await addTask(ctx, plan.id, {
      title: i.text.slice(0, 200),
      body: `来自舆情处置「${row.title}」的复盘改进措施`,
      responsibleDepartmentIds: departments,
      recurrence: 'none',
      dueDate: `${year}-12-31`,
      evidence: { kind: 'manual' },
    });
    out.push({ ...i, taskId: id });
  }
  return { improvements: out, noPlan: wanted.some((i) => i.asTask) && !plan };
}

/** 复盘, written once the incident is closed; rewriting it keeps the first date and records the change. */
export async function writeReview(ctx: Ctx, id: number, input: ReviewInput) {
  const row = await incidentToAct(ctx, id);
  if (row.state !== 'closed') throw new AppError(409, 'incident_not_allowed', { state: stateLabel(row.state, ctx.locale), action: ctx.locale === 'en' ? 'reviewed before closing' : '在平息前复盘' });
  const previous = await repo.reviewOf(ctx.db, id);
  await transact(ctx, async (tx) => {
    const now = new Date().toISOString();
    const { improvements, noPlan } = await improvementTasks(tx, row, input.improvements, previous ? (JSON.parse(previous.improvements) as Improvement[]) : []);
    const values = { cause: input.cause, handling: input.handling, went_well: input.wentWell, went_badly: input.wentBadly, improvements: JSON.stringify(improvements), author_id: ctx.actor?.userId ?? null, updated_at: now };
    await tx.db
      .insertInto('incident_review')
      .values({ incident_id: id, ...values, created_at: now })
      .onConflict((oc) => oc.column('incident_id').doUpdateSet(values))
      .execute();
    await bump(tx, row);
    await record(tx, row, 'review', { improvements: improvements.length, taskIds: improvements.flatMap((i) => (i.taskId ? [i.taskId] : [])), noPlan });
  });
}

/** Items attached by hand (a complaint that arrived by phone and was entered as an item). */
export async function attachItems(ctx: Ctx, id: number, itemIds: number[]) {
  const row = await incidentToAct(ctx, id);
  const found = await ctx.db.selectFrom('item').innerJoin('unit', 'unit.id', 'item.unit_id').select(['item.id', 'item.title', 'unit.path']).where('item.id', 'in', itemIds).execute();
  const usable = found.filter((i) => i.path.startsWith(row.unit_path) || row.unit_path.startsWith(i.path));
  if (usable.length !== new Set(itemIds).size) throw new AppError(403, 'out_of_scope', { object: 'item' });
  await transact(ctx, async (tx) => {
    const now = new Date().toISOString();
    await bump(tx, row);
    for (const item of usable) {
      const r = await tx.db.insertInto('incident_item').values({ incident_id: id, item_id: item.id, attached_by: ctx.actor?.userId ?? null, attached_at: now }).onConflict((oc) => oc.doNothing()).executeTakeFirst();
      if ((r.numInsertedOrUpdatedRows ?? 0n) > 0n) await record(tx, row, 'item_attached', { itemId: item.id, title: item.title });
    }
  });
}
