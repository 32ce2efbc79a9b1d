import { type InboxAction } from '@yuqing/common';
import { inScope, transact, type Ctx } from '../../core/context.js';
import { AppError, outOfScope } from '../../core/errors.js';
import { scopePrefix } from '../org/index.js';
import { notify } from '../platform/notification.service.js';
import * as repo from './incident.repository.js';
import { stateLabel } from './incident.service.js';
import { record } from './timeline.js';

const ACTION_LABELS: Record<InboxAction, { 'zh-CN': string; en: string }> = {
  acknowledge: { 'zh-CN': '已确认收到快报', en: 'acknowledged the report' },
  comment: { 'zh-CN': '批示意见', en: 'commented' },
  request_info: { 'zh-CN': '要求补充情况', en: 'asked for more' },
  take_over: { 'zh-CN': '上级接管', en: 'took the incident over' },
};

/** Flash reports addressed to units in the actor's subtree, newest first, with where each stands. */
export async function inbox(ctx: Ctx, opts: { pending?: boolean }) {
  let q = ctx.db
    .selectFrom('incident_recipient')
    .innerJoin('unit as ru', 'ru.id', 'incident_recipient.unit_id')
    .innerJoin('incident', 'incident.id', 'incident_recipient.incident_id')
    .innerJoin('unit', 'unit.id', 'incident.unit_id')
    .innerJoin('incident_flash_report as report', 'report.id', 'incident_recipient.report_id')
    .leftJoin('app_user', 'app_user.id', 'incident_recipient.acknowledged_by')
    .select([
      'incident_recipient.id',
      'incident_recipient.report_id',
      'incident_recipient.targets',
      'incident_recipient.acknowledged_at',
      'app_user.display_name as acknowledged_name',
      'ru.id as recipient_unit_id',
      'ru.name as recipient_unit_name',
      'incident.id as incident_id',
      'incident.title',
      'incident.grade',
      'incident.state',
      'incident.unit_id',
      'unit.name as unit_name',
      'report.filed_at',
    ])
    .where('ru.path', 'like', `${scopePrefix(ctx)}%`)
    // The reporting unit's own copy (一般: its office) is work, not an inbox entry from below.
    .whereRef('incident_recipient.unit_id', '!=', 'incident.unit_id')
    .orderBy('report.filed_at', 'desc')
    .limit(500);
  if (opts.pending) q = q.where('incident_recipient.acknowledged_at', 'is', null);
  return q.execute();
}

async function recipientInScope(ctx: Ctx, recipientId: number) {
  const r = await ctx.db
    .selectFrom('incident_recipient')
    .innerJoin('unit', 'unit.id', 'incident_recipient.unit_id')
    .innerJoin('incident', 'incident.id', 'incident_recipient.incident_id')
    .select(['incident_recipient.id', 'incident_recipient.report_id', 'incident_recipient.unit_id', 'incident_recipient.acknowledged_at', 'unit.path', 'incident.id as incident_id', 'incident.unit_id as incident_unit_id', 'incident.title', 'incident.state', 'incident.version', 'incident.handler_id', 'incident.handling_unit_id'])
    .where('incident_recipient.id', '=', recipientId)
    .executeTakeFirst();
  if (!r || !inScope(ctx.actor, r.path)) throw outOfScope('flash_report');
  return r;
}

/** The superior answers a report: acknowledges, comments, asks for more, or takes the incident over (上级接管). */
export async function respond(ctx: Ctx, recipientId: number, input: { action: InboxAction; text?: string | null }) {
  const r = await recipientInScope(ctx, recipientId);
  if ((input.action === 'comment' || input.action === 'request_info') && !input.text?.trim()) {
    throw new AppError(400, 'validation', { field: 'text', reason: ctx.locale === 'en' ? 'a comment or a request needs its words' : '批示或要求补充须写明内容' }, 'text');
  }
  if (input.action === 'take_over' && r.state === 'closed') throw new AppError(409, 'incident_not_allowed', { state: stateLabel(r.state, ctx.locale), action: ctx.locale === 'en' ? 'taken over' : '接管' });
  const incident = { id: r.incident_id, unit_id: r.incident_unit_id };
  await transact(ctx, async (tx) => {
    const now = new Date().toISOString();
    if (input.action === 'acknowledge') {
      await tx.db.updateTable('incident_recipient').set({ acknowledged_by: ctx.actor!.userId, acknowledged_at: now }).where('id', '=', r.id).where('acknowledged_at', 'is', null).execute();
    }
    if (input.action === 'take_over') {
      // Bumping the version makes any move the unit was about to make a conflict it will see.
      await tx.db.updateTable('incident').set({ handling_unit_id: r.unit_id, handler_id: ctx.actor!.userId, taken_over_at: now, version: r.version + 1, updated_at: now }).where('id', '=', r.incident_id).execute();
    }
    await tx.db.insertInto('incident_response').values({ incident_id: r.incident_id, report_id: r.report_id, unit_id: r.unit_id, action: input.action, text: input.text ?? null, actor_id: ctx.actor!.userId, at: now }).execute();
    await record(tx, incident, 'inbox', { action: input.action, recipientId: r.id, unitId: r.unit_id, text: input.text ?? null });
    const label = ACTION_LABELS[input.action];
    const staff = await repo.accountsWithRoles(tx.db, r.incident_unit_id, ['group_office']);
    const users = [...staff.map((s) => s.id), ...(r.handler_id ? [r.handler_id] : [])];
    await notify(tx.db, { userIds: users, kind: 'incident', title: { key: 'incident.inbox', params: { title: r.title, action: label['zh-CN'], actionEn: label.en } }, body: input.text ?? null, link: `/incidents/${r.incident_id}` });
  });
}
