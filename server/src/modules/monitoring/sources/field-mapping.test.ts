import { describe, expect, it } from 'vitest';
import { mapRecord, readCount, readDate, valueAt } from './field-mapping.js';

describe('field mapping', () => {
  it.each([
    [{ a: { b: [{ c: 1 }] } }, 'a.b.0.c', 1],
    [{ 'x.y': 2 }, 'x.y', 2],
    [{ a: 1 }, 'a.b', undefined],
    [null, 'a', undefined],
  ])('valueAt(%j, %s) = %j', (record, path, value) => {
    expect(valueAt(record, path)).toEqual(value);
  });

  it.each([
    ['3061.0', 3061],
    ['1.2万', 12000],
    ['3,400', 3400],
    [17, 17],
    ['很多', undefined],
    ['', undefined],
  ])('readCount(%j) = %j', (v, n) => expect(readCount(v)).toBe(n));

  it.each([
    ['2026/3/5 14:30', '2026-03-05T06:30:00.000Z'],
    ['2026年3月5日', '2026-03-04T16:00:00.000Z'],
    [1772692200, '2026-03-05T06:30:00.000Z'],
    ['1772692200000', '2026-03-05T06:30:00.000Z'],
    ['2026-03-05T06:30:00Z', '2026-03-05T06:30:00Z'],
    ['', null],
  ])('readDate(%j) = %j', (v, iso) => expect(readDate(v)).toBe(iso));

  it('maps a record and leaves counts out when the source gives none', () => {
    const mapped = mapRecord({ data: { t: '标题', body: '正文', stats: { like: '12' } }, id: 7 }, { key: 'id', title: 'data.t', text: 'data.body', likes: 'data.stats.like' }, 'record 1');
    expect(mapped).toEqual({ key: '7', title: '标题', text: '正文', url: null, publishedAt: null, counts: { reposts: undefined, comments: undefined, likes: 12, views: undefined }, position: 'record 1' });
    expect(mapRecord({ text: 'x' }, { text: 'text' }, 'p')).not.toHaveProperty('counts');
  });
});
