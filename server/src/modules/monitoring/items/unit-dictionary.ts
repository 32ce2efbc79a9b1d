import type { Executor } from '../../../db/database.js';

/** The unit's own place and unit names for the segmenter (灞桥街道, 纺织城社区), kept as a setting. */
export const dictionaryKey = (unitId: number) => `monitoring.dictionary.${unitId}`;

export async function unitDictionary(db: Executor, unitId: number): Promise<string[]> {
  const row = await db.selectFrom('setting').select('value').where('key', '=', dictionaryKey(unitId)).executeTakeFirst();
  const words = row ? (JSON.parse(row.value) as unknown) : [];
  return Array.isArray(words) ? words.filter((w): w is string => typeof w === 'string') : [];
}
