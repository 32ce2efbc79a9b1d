import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Executor } from '../../db/database.js';
import { enqueue } from '../platform/jobs/index.js';
import { extractLinks, findDeadLinks, type AliveOptions } from './checks/index.js';
import { findingRow } from './publishing.presenter.js';

export const LINK_CHECK_QUEUE = 'publishing.check-links';

export interface LinkCheckPayload {
  publicationId: number;
  contentHash: string;
}

/**
 * Dead links need the network, so they are checked after the draft is saved rather than while the
 * author waits; enqueued in the same transaction as the edit, so a saved draft is always checked.
 */
export async function scheduleLinkCheck(db: Executor, title: string, body: string, payload: LinkCheckPayload): Promise<void> {
  if (extractLinks(`${title}\n${body}`).length === 0) return;
  await enqueue(db, LINK_CHECK_QUEUE, payload, { singletonKey: `${payload.publicationId}:${payload.contentHash}` });
}

/** Reads the draft, checks its links, and adds what is dead to its findings, unless the text changed meanwhile. */
export async function runLinkCheck(db: Executor, payload: LinkCheckPayload, complete: (effect: (trx: Transaction<DB>) => Promise<void>) => Promise<void>, options: AliveOptions = {}): Promise<void> {
  const pub = await db.selectFrom('publication').select(['title', 'body', 'content_hash']).where('id', '=', payload.publicationId).executeTakeFirst();
  if (!pub || pub.content_hash !== payload.contentHash) return complete(async () => undefined);
  const dead = await findDeadLinks(`${pub.title}\n${pub.body}`, options);
  await complete(async (trx) => {
    const still = await trx.selectFrom('publication').select('content_hash').where('id', '=', payload.publicationId).executeTakeFirst();
    if (still?.content_hash !== payload.contentHash || dead.length === 0) return;
    await trx.deleteFrom('publication_finding').where('publication_id', '=', payload.publicationId).where('rule', '=', 'link_dead').execute();
    await trx
      .insertInto('publication_finding')
      .values(dead.map((f) => ({ ...findingRow(f), publication_id: payload.publicationId, justification: null })))
      .execute();
  });
}
