import type { Locale, TopicInput, WordGroups } from '@yuqing/common';
import { inScope, transact, type Ctx } from '../../../core/context.js';
import { AppError, outOfScope } from '../../../core/errors.js';
import { scopePrefix, unitInScope } from '../../org/index.js';
import { pick, recordAudit } from '../../platform/index.js';
import { describeRule } from './describe-rule.js';
import { parseRule } from './parser.js';
import { PREVIEW_DAYS, previewRule } from './preview.js';
import { RuleSyntaxError } from './rule-error.js';
import { compileWordGroups } from './word-groups.js';
import * as repo from './topic.repository.js';

const AUDITED = ['unit_id', 'name', 'rule', 'word_groups', 'sensitivity', 'alert_grade', 'enabled'] as const;
/** Items read for a preview at most: a week of a busy unit, newest first. */
const PREVIEW_ITEMS_MAX = 20_000;

/** The rule the input stands for, checked: a syntax error answers 400 naming the field and the position. */
export function ruleOf(input: { rule?: string; wordGroups?: WordGroups }, locale: Locale): string {
  const field = input.wordGroups ? 'wordGroups' : 'rule';
  const rule = input.wordGroups ? compileWordGroups(input.wordGroups) : (input.rule ?? '');
  try {
    parseRule(rule);
  } catch (err) {
    if (err instanceof RuleSyntaxError) throw new AppError(400, 'rule_syntax', { message: err.messageFor(locale) }, field, { ...err.toDetails(locale), rule });
    throw err;
  }
  return rule;
}

export async function topicInScope(ctx: Ctx, id: number) {
  const row = await repo.findTopic(ctx.db, id);
  if (!row || !inScope(ctx.actor, row.unit_path)) throw outOfScope('topic');
  return row;
}

export async function listTopics(ctx: Ctx, filter: { unitId?: number }) {
  if (filter.unitId !== undefined) await unitInScope(ctx, filter.unitId);
  return repo.listTopics(ctx.db, scopePrefix(ctx), filter);
}

export async function createTopic(ctx: Ctx, input: TopicInput, opts: { isDemo?: boolean } = {}) {
  await unitInScope(ctx, input.unitId);
  const rule = ruleOf(input, ctx.locale);
  return transact(ctx, async (tx) => {
    const now = new Date().toISOString();
    const { id } = await repo.insertTopic(tx.db, {
      unit_id: input.unitId,
      name: input.name.trim(),
      rule,
      word_groups: input.wordGroups ? JSON.stringify(input.wordGroups) : null,
      sensitivity: input.sensitivity,
      alert_grade: input.alertGrade,
      enabled: input.enabled ? 1 : 0,
      is_demo: opts.isDemo ? 1 : 0,
      created_at: now,
      updated_at: now,
    });
    const row = await topicInScope(tx, id);
    await recordAudit(tx, { action: 'topic.create', objectType: 'topic', objectId: id, unitId: input.unitId, after: pick(row, AUDITED) });
    return row;
  });
}

export async function updateTopic(ctx: Ctx, id: number, input: Partial<Omit<TopicInput, 'unitId'>>) {
  const before = await topicInScope(ctx, id);
  const changesRule = input.rule !== undefined || input.wordGroups !== undefined;
  const rule = changesRule ? ruleOf(input, ctx.locale) : undefined;
  return transact(ctx, async (tx) => {
    await repo.updateTopic(tx.db, id, {
      name: input.name?.trim(),
      rule,
      // A rule written by hand replaces the groups it no longer comes from.
      word_groups: input.wordGroups ? JSON.stringify(input.wordGroups) : input.rule !== undefined ? null : undefined,
      sensitivity: input.sensitivity,
      alert_grade: input.alertGrade,
      enabled: input.enabled === undefined ? undefined : input.enabled ? 1 : 0,
      updated_at: new Date().toISOString(),
    });
    const after = await topicInScope(tx, id);
    await recordAudit(tx, { action: 'topic.update', objectType: 'topic', objectId: id, unitId: before.unit_id, before: pick(before, AUDITED), after: pick(after, AUDITED) });
    return after;
  });
}

export async function deleteTopic(ctx: Ctx, id: number) {
  const before = await topicInScope(ctx, id);
  await transact(ctx, async (tx) => {
    await repo.deleteTopic(tx.db, id);
    await recordAudit(tx, { action: 'topic.delete', objectType: 'topic', objectId: id, unitId: before.unit_id, before: pick(before, AUDITED) });
  });
}

/** What the rule would have matched among the unit's items of the last PREVIEW_DAYS days. */
export async function previewTopic(ctx: Ctx, input: { unitId: number; rule?: string; wordGroups?: WordGroups }, now = new Date()) {
  await unitInScope(ctx, input.unitId);
  const rule = ruleOf(input, ctx.locale);
  const since = new Date(now.getTime() - PREVIEW_DAYS * 86_400_000);
  const rows = await repo.recentItems(ctx.db, input.unitId, since.toISOString(), PREVIEW_ITEMS_MAX);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const preview = previewRule(
    rule,
    rows.map((r) => ({ id: r.id, title: r.title, text: r.text, publishedAt: r.published_at ?? r.fetched_at })),
    { since },
  );
  return {
    rule,
    description: describeRule(rule, ctx.locale),
    days: PREVIEW_DAYS,
    scanned: preview.scanned,
    matched: preview.matched,
    truncated: rows.length === PREVIEW_ITEMS_MAX,
    sample: preview.sample.map(({ id, hits }) => {
      const r = byId.get(id)!;
      return { id, title: r.title, text: r.text.slice(0, 300), url: r.url, publishedAt: r.published_at ?? r.fetched_at, mediaTier: r.media_tier, sentiment: r.sentiment, sourceName: r.source_name, hits: hits.filter((h) => h.field === 'title' || h.end <= 300) };
    }),
  };
}
