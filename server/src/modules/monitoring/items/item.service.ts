import type { SentimentLabel } from '@yuqing/common';
import { inScope, transact, type Ctx } from '../../../core/context.js';
import { outOfScope } from '../../../core/errors.js';
import { scopePrefix, unitInScope } from '../../org/index.js';
import { recordAudit } from '../../platform/index.js';
import { queryParts } from '../search/bigrams.js';
import { buildSnippet } from '../search/snippet.js';
import * as repo from './item.repository.js';
import { presentItem } from './item.presenter.js';

export interface ItemListQuery {
  unitId?: number;
  sourceId?: number;
  sentiment?: SentimentLabel;
  mediaTier?: string;
  from?: string;
  to?: string;
  q?: string;
  beforeId?: number;
  limit: number;
}

/** The live feed, newest first, with a snippet of hits when searching. */
export async function listItems(ctx: Ctx, query: ItemListQuery) {
  if (query.unitId !== undefined) await unitInScope(ctx, query.unitId);
  const parts = queryParts(query.q ?? '');
  const rows = await repo.listItems(ctx.db, scopePrefix(ctx), { ...query, parts, limit: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  return {
    items: page.map((row) => presentItem(row, parts.length ? buildSnippet(`${row.title} ${row.text}`, query.q ?? '') : undefined)),
    nextBeforeId: rows.length > query.limit ? page[page.length - 1].id : null,
  };
}

export async function itemInScope(ctx: Ctx, id: number) {
  const row = await repo.findItem(ctx.db, id);
  if (!row || !inScope(ctx.actor, row.unit_path)) throw outOfScope('item');
  return row;
}

export async function getItem(ctx: Ctx, id: number) {
  const row = await itemInScope(ctx, id);
  const history = await repo.countHistory(ctx.db, id);
  return { ...presentItem(row), text: row.text, history: history.map(({ observed_at, ...counts }) => ({ observedAt: observed_at, ...counts })) };
}

/** A staff member's label overrides the model's; training reads these back as corrections. */
export async function correctSentiment(ctx: Ctx, id: number, label: SentimentLabel) {
  const before = await itemInScope(ctx, id);
  const score = label === 'negative' ? -1 : label === 'positive' ? 1 : 0;
  await transact(ctx, async (tx) => {
    await repo.setSentiment(tx.db, id, label, score, ctx.actor?.userId ?? null);
    await recordAudit(tx, { action: 'item.sentiment', objectType: 'item', objectId: id, unitId: before.unit_id, before: { sentiment: before.sentiment, score: before.sentiment_score }, after: { sentiment: label, score } });
  });
  return getItem(ctx, id);
}
