import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, createTestDatabase, type TestDatabase } from '../../../test/databases.js';
import { queryParts } from '../search/bigrams.js';
import { listItems } from './item.repository.js';
import { applyRetention } from './retention.js';
import { storeItems } from './store-items.js';

async function addUnit(db: TestDatabase, name: string): Promise<number> {
  const now = new Date().toISOString();
  const { id } = await db.db.insertInto('unit').values({ parent_id: null, path: '/', name, kind: 'street', code: null, sort: 0, is_demo: 0, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
  await db.db.updateTable('unit').set({ path: `/${id}/` }).where('id', '=', id).execute();
  return id;
}

const ORIGINAL = '灞桥街道纺织城社区居民反映，老旧小区拆迁补偿标准迟迟没有公布，多次打电话投诉无人回应。';

describe.each(DIALECTS)('storeItems on %s', (dialect) => {
  let db: TestDatabase;
  let unit: number;
  let other: number;
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    unit = await addUnit(db, '灞桥街道');
    other = await addUnit(db, '别的单位');
  });
  afterAll(() => db.drop());
  const origin = () => ({ unitId: unit, sourceId: null, mediaTier: 'self_media' as const });
  const search = async (q: string, unitId = unit) => (await listItems(db.db, `/${unitId}/`, { parts: queryParts(q), limit: 50 })).map((r) => r.id);

  it('stores an item once, runs the pipeline, and updates counts on a repeat', async () => {
    const first = await storeItems(db.db, origin(), [{ key: 'w1', text: ORIGINAL, counts: { reposts: 3, likes: 10 } }]);
    expect(first.newItemIds).toHaveLength(1);
    const [id] = first.newItemIds;
    const row = await db.db.selectFrom('item').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.sentiment).toBe('negative');
    expect(JSON.parse(row.keywords).map((k: { word: string }) => k.word)).toContain('拆迁');
    expect(row.simhash).toMatch(/^[0-9a-f]{16}$/);
    expect(row).not.toHaveProperty('author');

    const again = await storeItems(db.db, origin(), [{ key: 'w1', text: ORIGINAL, counts: { reposts: 8, likes: 30 } }]);
    expect(again).toEqual({ newItemIds: [], updatedItemIds: [id], failures: [] });
    const unchanged = await storeItems(db.db, origin(), [{ key: 'w1', text: ORIGINAL, counts: { reposts: 8, likes: 30 } }]);
    expect(unchanged.updatedItemIds).toEqual([]);
    const history = await db.db.selectFrom('item_count').select(['reposts', 'likes']).where('item_id', '=', id).orderBy('id').execute();
    expect(history).toEqual([{ reposts: 3, likes: 10 }, { reposts: 8, likes: 30 }]);
    const stored = await db.db.selectFrom('item').select(['reposts', 'likes']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ reposts: 8, likes: 30 });
  });

  it('joins a repost to its original and keeps a different story apart; a bad item fails alone', async () => {
    const { id: original } = await db.db.selectFrom('item').select('id').where('item_key', '=', 'w1').executeTakeFirstOrThrow();
    const result = await storeItems(db.db, origin(), [
      { key: 'w2', text: `转发微博 //@某网友: ${ORIGINAL.replace('，', ',')} (来源：微博)` },
      { key: 'w3', text: '灞桥街道纺织城社区举办消防安全宣传活动，居民踊跃参加，现场气氛热烈，获得一致点赞。' },
      { key: 'bad', text: '', title: '' },
      { key: 'w4', text: '链接不对', url: 'javascript:alert(1)' },
    ]);
    expect(result.newItemIds).toHaveLength(2);
    expect(result.failures.map((f) => f.position)).toEqual(['#3', '#4']);
    expect(result.failures[0].reason).toMatch(/neither title nor text/);
    const rows = await db.db.selectFrom('item').select(['item_key', 'duplicate_of']).where('id', 'in', result.newItemIds).orderBy('id').execute();
    expect(rows).toEqual([
      { item_key: 'w2', duplicate_of: original },
      { item_key: 'w3', duplicate_of: null },
    ]);
    const failures = await db.db.selectFrom('item_failure').select(['position', 'reason']).where('unit_id', '=', unit).execute();
    expect(failures).toHaveLength(2);
  });

  it('stores an item two batches deliver at once only once', async () => {
    const item = { key: 'race', text: '同一条信息被两个批次同时送达，只能保存一次。', counts: { likes: 1 } };
    const [a, b] = await Promise.all([storeItems(db.db, origin(), [item]), storeItems(db.db, origin(), [{ ...item, counts: { likes: 2 } }])]);
    expect([...a.newItemIds, ...b.newItemIds]).toHaveLength(1);
    expect([...a.failures, ...b.failures]).toEqual([]);
    expect(await db.db.selectFrom('item').select('likes').where('item_key', '=', 'race').execute()).toHaveLength(1);
  });

  it('finds two-character words, substrings and single characters, within the unit only', async () => {
    await storeItems(db.db, { ...origin(), unitId: other }, [{ key: 'o1', text: '别的单位也有拆迁舆情。' }]);
    const ids = async (...keys: string[]) => (await db.db.selectFrom('item').select('id').where('item_key', 'in', keys).orderBy('id', 'desc').execute()).map((r) => r.id);
    const story = await ids('w1', 'w2');
    expect(await search('拆迁')).toEqual(story);
    expect(await search('补偿标准')).toEqual(story);
    expect(await search('偿标')).toEqual(story);
    expect(await search('消防 宣传')).toHaveLength(1);
    expect(await search('消防 拆迁')).toEqual([]);
    expect(await search('准迟迟没')).toHaveLength(2);
    expect(await search('舆情')).toEqual([]);
    expect(await search('舆情', other)).toHaveLength(1);
    expect((await search('迁')).length).toBe(2);
    expect(await search('標準')).toHaveLength(2);
    // Punctuation separates runs: no phrase spans it.
    expect(await search('居民反映老旧')).toEqual([]);
  });

  it('deletes items past retention together with their index entries', async () => {
    const old = new Date(Date.now() - 200 * 86_400_000);
    const { newItemIds } = await storeItems(db.db, origin(), [{ key: 'old', text: '半年前的旧闻：灞桥街道绿化改造完成。' }], old);
    expect(await search('绿化改造')).toEqual(newItemIds);
    const { deleted } = await applyRetention(db.db);
    expect(deleted).toBe(1);
    expect(await search('绿化改造')).toEqual([]);
    expect((await search('拆迁')).length).toBe(2);
  });
});
