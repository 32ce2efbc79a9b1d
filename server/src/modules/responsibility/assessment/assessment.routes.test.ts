import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/databases.js';
import { createTestApp, unitId, type TestApp } from '../../../test/app.js';

describe.each(DIALECTS)('assessment on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('fills most of each subordinate unit’s score from its records, takes the rest by hand with a comment, and ranks them', async () => {
    const district = await t.client().login('demo_xuanchuan');
    const root = (await t.db.db.selectFrom('unit').select('id').where('parent_id', 'is', null).executeTakeFirstOrThrow()).id;
    const street = await unitId(t, '灞桥街道办事处');
    const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
    const created = await district.post('/api/responsibility/assessment-schemes', { unitId: root, year, title: `${year}年度意识形态工作责任制考核` });
    expect(created.statusCode, created.body).toBe(201);
    const { ranking } = created.json();
    expect(ranking.map((r: { unitName: string }) => r.unitName)).toEqual(expect.arrayContaining(['灞桥街道办事处', '示范区住房和城乡建设局', '示范区第一中学']));
    const streetRow = ranking.find((r: { unitId: number }) => r.unitId === street);
    // The demo street held central-group sessions this year; the bureau held none.
    const study = (row: { items: { key: string; score: number }[] }) => row.items.find((i) => i.key === 'central_study')!.score;
    expect(study(streetRow)).toBeGreaterThan(study(ranking.find((r: { unitName: string }) => r.unitName === '示范区住房和城乡建设局')));
    expect(streetRow.complete).toBe(false);

    const id = created.json().scheme.id;
    const wrongKind = await district.request('PUT', `/api/responsibility/assessment-schemes/${id}/scores`, { unitId: street, indicatorKey: 'central_study', score: 20, comment: 'x' });
    expect(wrongKind.json().error).toMatchObject({ code: 'indicator_not_manual', field: 'indicatorKey' });
    const tooMuch = await district.request('PUT', `/api/responsibility/assessment-schemes/${id}/scores`, { unitId: street, indicatorKey: 'channels_guidance', score: 15, comment: 'x' });
    expect(tooMuch.json().error.field).toBe('score');
    const community = await unitId(t, '东风社区');
    const notDirect = await district.request('PUT', `/api/responsibility/assessment-schemes/${id}/scores`, { unitId: community, indicatorKey: 'channels_guidance', score: 10, comment: 'x' });
    expect(notDirect.json().error.code).toBe('not_assessed_unit');
    const scored = await district.request('PUT', `/api/responsibility/assessment-schemes/${id}/scores`, { unitId: street, indicatorKey: 'channels_guidance', score: 9, comment: '公众号运营规范，工作群管理到位' });
    expect(scored.statusCode, scored.body).toBe(200);
    const row = scored.json().ranking.find((r: { unitId: number }) => r.unitId === street);
    expect(row.complete).toBe(true);
    expect(row.items.find((i: { key: string }) => i.key === 'channels_guidance')).toMatchObject({ score: 9, basis: '公众号运营规范，工作群管理到位' });
    expect(row.total).toBe(Math.round(row.items.reduce((s: number, i: { score: number }) => s + i.score, 0) * 10) / 10);
    const totals = scored.json().ranking.map((r: { total: number }) => r.total);
    expect(totals).toEqual([...totals].sort((a: number, b: number) => b - a));
    expect(scored.json().ranking[0].rank).toBe(1);
  });
});
