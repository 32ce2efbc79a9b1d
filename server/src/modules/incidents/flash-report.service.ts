import { GRADE_NAMES, ROLE_LABELS, type Grade } from '@yuqing/common';
import { transact, type Ctx } from '../../core/context.js';
import { AppError, outOfScope } from '../../core/errors.js';
import { notify } from '../platform/notification.service.js';
import { ancestorsOf } from './ancestors.js';
import { flashReportSpec } from './flash-report.js';
import * as repo from './incident.repository.js';
import { assertVersion, bump, factsOf, incidentInScope, incidentToAct, stateLabel } from './incident.service.js';
import { judgeTransition } from './state-machine.js';
import { policyFor } from './policy.service.js';
import { recipientsFor, TARGET_ROLES } from './recipients.js';
import { record } from './timeline.js';

/** A report goes up from 发现 (先报、早报) or 监测, where filing it is the move to 快报; later reports (a grade raised, new facts) follow from any open step. */
const FILE_FROM = new Set(['discovered', 'monitoring', 'reported', 'consulting', 'drafting', 'replied', 'following']);

/**
 * 快报: builds the document from the incident as it stands, addresses it by the unit's grade matrix,
 * tells every recipient account in-app, meets the report deadline and moves 监测 on to 快报.
 */
export async function fileFlashReport(ctx: Ctx, id: number, input: { version: number; measures?: string | null }) {
  const row = await incidentToAct(ctx, id);
  assertVersion(row, input.version, ctx.locale);
  if (!FILE_FROM.has(row.state)) throw new AppError(409, 'incident_not_allowed', { state: stateLabel(row.state, ctx.locale), action: ctx.locale === 'en' ? 'reported up' : '报送快报' });
  // Filing from 监测 is the table's move to 快报, so the table's roles apply; from 发现 (先报、早报) the incident stays put.
  const moves = row.state === 'monitoring';
  const verdict = moves ? judgeTransition('monitoring', 'reported', ctx.actor?.roles ?? [], { ...(await factsOf(ctx.db, row)), flashReportFiled: true }) : null;
  if (verdict && !verdict.ok && verdict.kind === 'role') throw new AppError(403, 'incident_role', { to: stateLabel('reported', ctx.locale), roles: verdict.roles.map((r) => ROLE_LABELS[r][ctx.locale]).join('、') });
  const [spread, above, policy] = await Promise.all([repo.spreadOf(ctx.db, row), ancestorsOf(ctx.db, row.unit_path), policyFor(ctx.db, row.unit_path)]);
  const own = { id: row.unit_id, path: row.unit_path, kind: row.unit_kind };
  const recipients = recipientsFor(row.grade as Grade, policy.recipients, own, above);
  const now = new Date().toISOString();
  const tiers = ['central', 'provincial', 'municipal', 'local', 'self_media', 'government'];
  const spec = flashReportSpec({
    unitName: row.unit_name,
    superiorName: recipients.find((r) => r.unit.id !== row.unit_id) ? (above[0]?.name ?? null) : null,
    title: row.title,
    summary: row.summary,
    place: row.place,
    occurredAt: row.occurred_at,
    openedAt: row.opened_at,
    grade: row.grade as Grade,
    gradeReasons: JSON.parse(row.grade_reasons) as string[],
    gradeOverrideReason: row.grade_override_reason,
    spread: { ...spread, highestTier: tiers.find((t) => spread.tiers.includes(t)) ?? null },
    measures: input.measures ?? '',
    handlerName: row.handler_name,
    leaderName: row.leader_name,
    filedAt: now,
  });
  await transact(ctx, async (tx) => {
    await bump(tx, row, moves ? { state: 'reported', state_at: now } : {});
    const report = await tx.db.insertInto('incident_flash_report').values({ incident_id: id, grade: row.grade, spec: JSON.stringify(spec), filed_by: ctx.actor?.userId ?? null, filed_at: now }).returning('id').executeTakeFirstOrThrow();
    const told: string[] = [];
    for (const r of recipients) {
      await tx.db.insertInto('incident_recipient').values({ report_id: report.id, incident_id: id, unit_id: r.unit.id, targets: JSON.stringify(r.targets), acknowledged_by: null, acknowledged_at: null }).execute();
      const users = await repo.accountsWithRoles(tx.db, r.unit.id, [...new Set(r.targets.flatMap((x) => TARGET_ROLES[x]))]);
      await notify(tx.db, { userIds: users.map((u) => u.id), kind: 'incident', title: { key: 'incident.report', params: { title: row.title, grade: `${GRADE_NAMES[row.grade as Grade].roman}级` } }, link: '/incidents/inbox' });
      told.push(...users.map((u) => u.display_name));
    }
    await repo.meetDeadline(tx.db, id, 'report', now);
    // Reporting proves the incident was taken up, even when 监测 was skipped on the board.
    await repo.meetDeadline(tx.db, id, 'acknowledge', now);
    await record(tx, row, 'flash_report', { reportId: report.id, grade: row.grade, recipients: recipients.map((r) => ({ unitId: r.unit.id, targets: r.targets })) });
    if (moves) await record(tx, row, 'step', { from: row.state, to: 'reported', note: null });
    if (told.length) await record(tx, row, 'notified', { reason: 'flash_report', users: [...new Set(told)] });
  });
}

export async function flashReport(ctx: Ctx, id: number, reportId: number) {
  await incidentInScope(ctx, id);
  const report = (await repo.reportsOf(ctx.db, id)).find((r) => r.id === reportId);
  if (!report) throw outOfScope('flash_report');
  return report;
}
