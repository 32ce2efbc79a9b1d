import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/databases.js';
import { createTestApp, unitId, type TestApp, type TestClient } from '../../../test/app.js';
import { CHECKLISTS } from './checklists.js';

describe.each(DIALECTS)('risk points, inspections and self-checks on %s', (dialect) => {
  let t: TestApp;
  let street: number;
  let office: TestClient;
  let person: (name: string) => Promise<number>;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    street = await unitId(t, '灞桥街道办事处');
    office = await t.client().login('demo_office');
    person = async (name) => (await t.db.db.selectFrom('person').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  });
  afterAll(() => t.close());

  it('keeps a risk point’s reviews as history and reschedules the next by level', async () => {
    const created = await office.post('/api/responsibility/risks', { unitId: street, description: '老旧小区改造信息发布不及时引发负面舆情', area: 'public_opinion', likelihood: 4, impact: 4, ownerPersonId: await person('陈静') });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ level: 'high', status: 'open', ownerName: '陈静' });
    const id = created.json().id;
    const reviewed = await office.post(`/api/responsibility/risks/${id}/reviews`, { likelihood: 2, impact: 3, status: 'controlled', note: '已建立每周发布机制' });
    expect(reviewed.json()).toMatchObject({ level: 'medium', status: 'controlled' });
    await office.post(`/api/responsibility/risks/${id}/reviews`, { likelihood: 1, impact: 3, status: 'closed', note: '改造完工' });
    const detail = (await office.get(`/api/responsibility/risks/${id}`)).json();
    expect(detail.reviews.map((r: { status: string; level: string }) => `${r.status}/${r.level}`)).toEqual(['closed/low', 'controlled/medium']);
    expect(detail.nextReviewOn).toBeNull();
    const bad = await office.post('/api/responsibility/risks', { unitId: street, description: 'x', area: 'public_opinion', likelihood: 6, impact: 1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('likelihood');
  });

  it('turns an inspection’s findings into rectifications closed with evidence, and counts the open ones up the tree', async () => {
    const district = await t.client().login('demo_xuanchuan');
    const streetFigures = async () => (await district.get('/api/responsibility/dashboard')).json().children.find((c: { name: string }) => c.name === '灞桥街道办事处').figures.rectifications;
    const before = await streetFigures();
    const dept = (await t.db.db.selectFrom('department').select('id').where('unit_id', '=', street).where('name', '=', '党政办').executeTakeFirstOrThrow()).id;
    const res = await office.post('/api/responsibility/inspections', {
      unitId: street,
      departmentId: dept,
      title: '区委宣传部意识形态工作专项督查',
      inspectedOn: '2026-03-10',
      findings: [
        { finding: '中心组学习记录不完整', ownerPersonId: await person('陈静'), deadline: '2026-04-10' },
        { finding: '公众号信息发布审核单缺少分管领导签字', ownerDepartmentId: dept, deadline: '2099-12-31' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const inspection = (await office.get(`/api/responsibility/inspections/${res.json().id}`)).json();
    expect(inspection.rectifications.map((r: { finding: string; status: string }) => r.status)).toEqual(['open', 'open']);
    expect(await streetFigures()).toEqual({ open: before.open + 2, overdue: before.overdue + 1 });
    const overdue = (await district.get(`/api/responsibility/rectifications?unitId=${street}&subtree=true&state=overdue`)).json().rectifications;
    expect(overdue.map((r: { finding: string }) => r.finding)).toEqual(['中心组学习记录不完整']);
    const close = await office.post(`/api/responsibility/rectifications/${overdue[0].id}/close`, { evidence: '已补齐 1-3 月学习记录' });
    expect(close.statusCode).toBe(200);
    expect((await office.post(`/api/responsibility/rectifications/${overdue[0].id}/close`, { evidence: 'again' })).json().error.code).toBe('rectification_closed');
    expect(await streetFigures()).toEqual({ open: before.open + 1, overdue: before.overdue });
  });

  it('runs the shipped network-security checklist: every item answered, each failure a rectification', async () => {
    const list = CHECKLISTS.find((c) => c.key === 'network_security')!;
    expect(list.items.map((i) => i.key)).toEqual(expect.arrayContaining(['network_isolation', 'pledges_signed', 'classified_files', 'office_computers', 'critical_infrastructure']));
    const partial = await office.post('/api/responsibility/self-checks', { unitId: street, checklistKey: 'network_security', inspectedOn: '2026-06-01', answers: [{ key: 'network_isolation', passed: true }] });
    expect(partial.json().error).toMatchObject({ code: 'checklist_incomplete', field: 'answers' });
    const answers = list.items.map((i) => ({ key: i.key, passed: i.key !== 'pledges_signed', evidence: i.key === 'pledges_signed' ? '2 人未签' : '现场核查' }));
    const done = await office.post('/api/responsibility/self-checks', { unitId: street, checklistKey: 'network_security', inspectedOn: '2026-06-01', answers });
    expect(done.statusCode, done.body).toBe(201);
    const detail = (await office.get(`/api/responsibility/inspections/${done.json().id}`)).json();
    expect(detail.items.filter((i: { passed: boolean }) => !i.passed).map((i: { key: string }) => i.key)).toEqual(['pledges_signed']);
    expect(detail.rectifications).toHaveLength(1);
    expect(detail.rectifications[0]).toMatchObject({ finding: list.items.find((i) => i.key === 'pledges_signed')!.text, deadline: '2026-07-01' });
    const channel = await office.post('/api/responsibility/self-checks', { unitId: street, checklistKey: 'channel_self_check', inspectedOn: '2026-06-01', answers: CHECKLISTS[1].items.map((i) => ({ key: i.key, passed: true })) });
    expect((await office.get(`/api/responsibility/inspections/${channel.json().id}`)).json().rectifications).toEqual([]);
  });
});
