import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/databases.js';
import { createTestApp, unitId, type TestApp } from '../../../test/app.js';

describe.each(DIALECTS)('accountability records on %s', (dialect) => {
  let t: TestApp;
  let street: number;
  let person: (name: string) => Promise<number>;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    street = await unitId(t, '灞桥街道办事处');
    person = async (name) => (await t.db.db.selectFrom('person').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  });
  afterAll(() => t.close());

  it('derives who bears what from each part and recorded dissent, and shows the case only to the first responsible, inspectors and the superior', async () => {
    const shuji = await t.client().login('demo_shuji');
    const res = await shuji.post('/api/responsibility/accountability', {
      unitId: street,
      title: '街道公众号转载错误导向文章',
      facts: '2026年5月，街道公众号未经审核转载一篇含错误观点的文章，造成不良影响。',
      clauses: ['channel_misguidance'],
      responsibility: 'collective',
      outcome: 'circulated_criticism',
      decisionDocument: '灞街纪〔2026〕3号',
      decidedOn: '2026-06-10',
      people: [
        { personId: await person('李明华'), part: 'principal', dissent: false },
        { personId: await person('王建国'), part: 'in_charge', dissent: false },
        { personId: await person('张丽'), part: 'participant', dissent: true },
        { personId: await person('刘洋'), part: 'participant', dissent: false },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const detail = (await shuji.get(`/api/responsibility/accountability/${res.json().id}`)).json();
    expect(Object.fromEntries(detail.people.map((p: { name: string; bears: string }) => [p.name, p.bears]))).toEqual({ 李明华: 'main', 王建国: 'main', 张丽: 'none', 刘洋: 'important' });

    const inspector = await t.client().login('demo_jijian');
    expect((await inspector.get(`/api/responsibility/accountability/${res.json().id}`)).statusCode).toBe(200);
    const superior = await t.client().login('demo_xuanchuan');
    expect((await superior.get('/api/responsibility/accountability')).json().cases.map((c: { title: string }) => c.title)).toContain('街道公众号转载错误导向文章');
    // The street's own office staff and other staff do not see it.
    const office = await t.client().login('demo_office');
    expect((await office.get(`/api/responsibility/accountability/${res.json().id}`)).statusCode).toBe(403);
    expect((await office.get('/api/responsibility/accountability')).json().cases).toEqual([]);
    const fenguan = await t.client().login('demo_fenguan');
    expect((await fenguan.get('/api/responsibility/accountability')).json().error.code).toBe('forbidden');
  });

  it('refuses a clause outside the unit’s configurable list', async () => {
    const shuji = await t.client().login('demo_shuji');
    const bad = await shuji.post('/api/responsibility/accountability', { unitId: street, title: 'x', facts: 'y', clauses: ['no_such'], responsibility: 'individual', outcome: 'reminder', decidedOn: '2026-06-10', people: [] });
    expect(bad.json().error).toMatchObject({ code: 'unknown_clause', field: 'clauses' });
    const put = await shuji.request('PUT', `/api/units/${street}/accountability-clauses`, { clauses: [{ key: 'no_such', text: '本单位自定情形', seedRef: '' }] });
    expect(put.statusCode, put.body).toBe(200);
    const ok = await shuji.post('/api/responsibility/accountability', { unitId: street, title: 'x', facts: 'y', clauses: ['no_such'], responsibility: 'individual', outcome: 'reminder', decidedOn: '2026-06-10', people: [{ personId: await person('刘洋'), part: 'decider', dissent: false }] });
    expect(ok.statusCode).toBe(201);
  });
});
