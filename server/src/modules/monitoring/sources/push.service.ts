import { AppError, badRequest } from '../../../core/errors.js';
import type { Executor } from '../../../db/database.js';
import { ingest } from './ingest.js';
import { PushBodyError, pushItems, signatureValid } from './push-body.js';
import { findByPushToken } from './source.repository.js';
import { readConfig } from './source-config.js';

/**
 * `POST /api/ingest/:token`: a system of the unit's (a complaint platform, a crawler it runs)
 * pushes items. The token names the source; the signature proves the sender holds its secret.
 * An unknown token and a bad signature answer alike, so tokens cannot be probed.
 */
export async function receivePush(db: Executor, token: string, body: Buffer, signature: string | undefined) {
  const source = await findByPushToken(db, token);
  if (!source || !source.push_secret || !signatureValid(source.push_secret, body, signature)) throw new AppError(401, 'bad_signature');
  if (source.enabled !== 1) throw badRequest('source_kind', { name: source.name, kind: 'disabled' });
  let items;
  try {
    items = pushItems(body.toString('utf8'), readConfig(source.config).mapping);
  } catch (err) {
    if (err instanceof PushBodyError) throw badRequest('bad_push_body', { reason: err.message });
    throw err;
  }
  const stored = await ingest(db, source, items);
  return { received: items.length, newItems: stored.newItemIds.length, updatedItems: stored.updatedItemIds.length, failures: stored.failures };
}
