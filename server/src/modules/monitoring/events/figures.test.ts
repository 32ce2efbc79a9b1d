import { describe, expect, it } from 'vitest';
import { computeFigures, gradeFigures, itemsPerHour, type FigureItem } from './figures.js';

const NOW = new Date('2026-11-20T10:30:00Z');
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000).toISOString();
let id = 0;
const item = (at: string, over: Partial<FigureItem> = {}): FigureItem => ({
  id: ++id,
  title: `标题${id}`,
  text: '正文',
  at,
  sourceId: 1,
  mediaTier: 'self_media',
  sentiment: 'neutral',
  reposts: 0,
  comments: 0,
  likes: 0,
  views: 0,
  keywords: [],
  ...over,
});

describe('event figures', () => {
  it('counts velocity in the last hour against the hourly mean of the day before it', () => {
    // One item 30 hours ago (outside the day), 48 over the 24 hours before the last one (2 an hour), 12 in the last hour.
    const before = [item(minutesAgo(30 * 60)), ...Array.from({ length: 48 }, (_, i) => item(minutesAgo(61 + i * 30)))];
    const burst = Array.from({ length: 12 }, (_, i) => item(minutesAgo(i * 5)));
    const f = computeFigures([...before, ...burst], NOW);
    expect(f).toMatchObject({ itemCount: 61, velocity: 12, baselinePerHour: 2 });
    expect(gradeFigures(f, 2)).toMatchObject({ volume: 61, velocity: 12, baselinePerHour: 2, sensitivity: 2 });
  });

  const cases: { name: string; items: FigureItem[]; expected: Partial<ReturnType<typeof computeFigures>> }[] = [
    { name: 'a young event takes its age as the baseline period', items: [item(minutesAgo(150)), item(minutesAgo(130)), item(minutesAgo(10))], expected: { velocity: 1, baselinePerHour: 1.33 } },
    { name: 'items older than a day and an hour are outside the baseline', items: [item(minutesAgo(60 * 30)), item(minutesAgo(90))], expected: { velocity: 0, baselinePerHour: 0.04 } },
    {
      name: 'the title is the earliest headline of the highest tier',
      items: [item(minutesAgo(50), { title: '网友爆料' }), item(minutesAgo(40), { title: '市报报道', mediaTier: 'municipal' }), item(minutesAgo(30), { title: '市报跟进', mediaTier: 'municipal' })],
      expected: { title: '市报报道', highestTier: 'municipal', tiers: { self_media: 1, municipal: 2 } },
    },
    { name: 'an item without a title gives the start of its text', items: [item(minutesAgo(5), { title: ' ', text: '转发微博：纺织城社区拆迁补偿款拖欠' })], expected: { title: '转发微博：纺织城社区拆迁补偿款拖欠' } },
    {
      name: 'sources are distinct; items without one count once per tier',
      items: [item(minutesAgo(5), { sourceId: 1 }), item(minutesAgo(5), { sourceId: 2 }), item(minutesAgo(5), { sourceId: null, mediaTier: 'local' }), item(minutesAgo(5), { sourceId: null, mediaTier: 'local' })],
      expected: { sourceCount: 3 },
    },
    {
      name: 'engagement adds up and negative items are counted',
      items: [item(minutesAgo(5), { reposts: 10, comments: 2, likes: 30, views: 100, sentiment: 'negative' }), item(minutesAgo(4), { reposts: 1, sentiment: 'positive' })],
      expected: { reposts: 11, comments: 2, likes: 30, views: 100, negativeCount: 1 },
    },
    {
      name: 'the peak is the busiest hour, the earliest on a tie',
      items: [item('2026-11-20T08:10:00Z'), item('2026-11-20T08:50:00Z'), item('2026-11-20T09:05:00Z'), item('2026-11-20T09:06:00Z'), item('2026-11-20T10:01:00Z')],
      expected: { peakPerHour: 2, peakAt: '2026-11-20T08:00:00.000Z', firstSeenAt: '2026-11-20T08:10:00Z', lastSeenAt: '2026-11-20T10:01:00Z' },
    },
    {
      name: 'keywords are those most items share',
      items: [item(minutesAgo(3), { keywords: ['拆迁', '补偿', '纺织城'] }), item(minutesAgo(2), { keywords: ['拆迁', '补偿'] }), item(minutesAgo(1), { keywords: ['拆迁', '上访'] })],
      expected: { keywords: ['拆迁', '补偿', '上访', '纺织城'] },
    },
  ];
  it.each(cases)('$name', ({ items, expected }) => {
    expect(computeFigures(items, NOW)).toMatchObject(expected);
  });

  it('lays the timeline out hour by hour, empty hours included', () => {
    expect(itemsPerHour(['2026-11-20T08:10:00Z', '2026-11-20T10:59:00Z', '2026-11-20T10:00:00Z'])).toEqual([
      { hour: '2026-11-20T08:00:00.000Z', count: 1 },
      { hour: '2026-11-20T09:00:00.000Z', count: 0 },
      { hour: '2026-11-20T10:00:00.000Z', count: 2 },
    ]);
    expect(itemsPerHour([])).toEqual([]);
    expect(itemsPerHour(['2026-01-01T00:00:00Z', '2026-03-01T00:30:00Z'])).toHaveLength(2);
  });
});
