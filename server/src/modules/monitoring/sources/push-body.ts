import crypto from 'node:crypto';
import type { RawItem } from '../items/index.js';
import { IDENTITY_MAPPING, mapRecord, type FieldMapping } from './field-mapping.js';

export const SIGNATURE_HEADER = 'x-yuqing-signature';

/** `sha256=<hex>` for a body and secret: what a pushing system sends, and what we compare against. */
export function signBody(secret: string, body: Buffer | string): string {
  return `sha256=${crypto.createHmac('sha256', secret).update(body).digest('hex')}`;
}

export function signatureValid(secret: string, body: Buffer, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signBody(secret, body));
  const given = Buffer.from(header.trim().toLowerCase());
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

export class PushBodyError extends Error {}

/**
 * A pushed body as records: a JSON object (one item, or `{ "items": [...] }`), a JSON array, or
 * JSON lines (one object per line; a line that is not JSON is an error naming its line number).
 */
export function pushRecords(body: string): { record: unknown; position: string }[] {
  const trimmed = body.replace(/^\uFEFF/, '').trim();
  if (!trimmed) throw new PushBodyError('内容为空 / the body is empty');
  try {
    const parsed: unknown = JSON.parse(trimmed);
    const list = Array.isArray(parsed) ? parsed : parsed && typeof parsed === 'object' && Array.isArray((parsed as { items?: unknown }).items) ? (parsed as { items: unknown[] }).items : [parsed];
    return list.map((record, i) => ({ record, position: `item ${i + 1}` }));
  } catch {
    // Not one JSON document: JSON lines.
  }
  const out: { record: unknown; position: string }[] = [];
  for (const [i, line] of trimmed.split(/\r?\n/).entries()) {
    if (!line.trim()) continue;
    try {
      out.push({ record: JSON.parse(line), position: `line ${i + 1}` });
    } catch (err) {
      throw new PushBodyError(`第 ${i + 1} 行不是 JSON / line ${i + 1} is not JSON: ${(err as Error).message.slice(0, 100)}`);
    }
  }
  return out;
}

export function pushItems(body: string, mapping: FieldMapping | undefined): RawItem[] {
  return pushRecords(body).map(({ record, position }) => mapRecord(record, mapping ?? IDENTITY_MAPPING, position));
}
