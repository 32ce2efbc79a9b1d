import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../demo/demo-data.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/databases.js';
import { dueItems, readReplayKey, replayKey, runDemoReplay } from './demo-replay.js';
import { DEMO_STORYLINE } from './demo-storyline.js';

const MINUTE = 60_000;
// 10:00 in Beijing: the round and the next day fall on plain calendar days there.
const T0 = Date.parse('2026-11-30T02:00:00Z');
const story = [
  { minute: 0, title: 'a', text: 'a' },
  { minute: 0, title: 'b', text: 'b' },
  { minute: 2, title: 'c', text: 'c' },
  { minute: 5, title: 'd', text: 'd' },
];

describe('dueItems', () => {
  const cases: { name: string; progress: { start: number; last: number } | null; now: number; start: number; indexes: number[] }[] = [
    { name: 'no round yet: a round starts now with its first minute', progress: null, now: T0, start: T0, indexes: [0, 1] },
    { name: 'mid-round: what fell due since the last item', progress: { start: T0, last: 1 }, now: T0 + 3 * MINUTE, start: T0, indexes: [2] },
    { name: 'after a restart: everything still owed, at once', progress: { start: T0, last: 0 }, now: T0 + 9 * MINUTE, start: T0, indexes: [1, 2, 3] },
    { name: 'a run a few seconds early still takes the next minute', progress: { start: T0, last: 1 }, now: T0 + 2 * MINUTE - 5_000, start: T0, indexes: [2] },
    { name: 'round finished the same day: nothing', progress: { start: T0, last: 3 }, now: T0 + 6 * 3_600_000, start: T0, indexes: [] },
    { name: 'round from yesterday: a new round', progress: { start: T0, last: 3 }, now: T0 + 24 * 3_600_000, start: T0 + 24 * 3_600_000, indexes: [0, 1] },
    { name: 'unfinished round from yesterday: starts over', progress: { start: T0, last: 1 }, now: T0 + 24 * 3_600_000 + 3 * MINUTE, start: T0 + 24 * 3_600_000 + 3 * MINUTE, indexes: [0, 1] },
  ];
  it.each(cases)('$name', ({ progress, now, start, indexes }) => {
    const due = dueItems(progress, now, story);
    expect(due.start).toBe(start);
    expect(due.items.map((i) => i.index)).toEqual(indexes);
  });

  it('reads back the keys it writes, and ignores other keys', () => {
    expect(readReplayKey(replayKey(T0, 17))).toEqual({ start: T0, last: 17 });
    expect(readReplayKey('wz-1001')).toBeNull();
  });
});

describe.each(DIALECTS)('the demo replay on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await seedDemo(t.db);
  });
  afterAll(async () => t?.drop());

  it('forms an event from the storyline, grades it up and alerts, then waits for the next day', async () => {
    let delivered = 0;
    for (let m = 0; m <= 16; m++) delivered += (await runDemoReplay(t.db, new Date(T0 + m * MINUTE))).delivered;
    expect(delivered).toBe(DEMO_STORYLINE.length);

    const event = await t.db.selectFrom('event').selectAll().where('title', 'like', '%老厂区%').orderBy('id').executeTakeFirstOrThrow();
    const grades = (await t.db.selectFrom('event_grade').select('grade').where('event_id', '=', event.id).orderBy('id').execute()).map((g) => g.grade);
    expect(grades[0]).toBe(4);
    expect(Math.min(...grades.map(Number))).toBeLessThanOrEqual(2);
    const alerts = await t.db.selectFrom('alert').select('grade').where('event_id', '=', event.id).execute();
    expect(alerts.length).toBeGreaterThan(0);
    // The story forms one event, not a scatter of them.
    expect(await t.db.selectFrom('event').select('id').where('title', 'like', '%老厂区%').execute()).toHaveLength(1);
    // The heating complaints match no topic: they stay items and form no event.
    expect(await t.db.selectFrom('event').select('id').where('title', 'like', '%供暖%').execute()).toEqual([]);

    expect((await runDemoReplay(t.db, new Date(T0 + 40 * MINUTE))).delivered).toBe(0);
    const nextDay = await runDemoReplay(t.db, new Date(T0 + 24 * 3_600_000));
    expect(nextDay.delivered).toBeGreaterThan(0);
    const keys = await t.db.selectFrom('item').select('item_key').where('item_key', 'like', 'demo-replay:%').execute();
    expect(keys.length).toBe(DEMO_STORYLINE.length + nextDay.delivered);
  });
});

describe.each(DIALECTS)('without demo data on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
  });
  afterAll(async () => t?.drop());

  it('does nothing', async () => {
    expect(await runDemoReplay(t.db, new Date(T0))).toEqual({ delivered: 0 });
    expect(await t.db.selectFrom('item').select('id').execute()).toEqual([]);
  });
});
