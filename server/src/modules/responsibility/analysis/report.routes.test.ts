import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/databases.js';
import { createTestApp, unitId, type TestApp } from '../../../test/app.js';
import { draftQuarterlyReports } from './report.job.js';

describe.each(DIALECTS)('analysis reports on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('goes draft → approved → submitted → returned with comments, and back', async () => {
    const street = await unitId(t, '灞桥街道办事处');
    const office = await t.client().login('demo_office');
    const draft = await office.post('/api/responsibility/analysis-reports', { unitId: street, period: '2026-Q3' });
    expect(draft.statusCode, draft.body).toBe(201);
    expect(draft.json()).toMatchObject({ status: 'draft', title: '灞桥街道办事处2026年第3季度意识形态领域情况分析研判报告' });
    expect(draft.json().sections[1].text).toMatch(/中心组学习 \d+ 次/);
    const id = draft.json().id;
    const sections = [...draft.json().sections];
    sections[0] = { heading: '总体态势', text: '辖区意识形态领域总体平稳。' };
    expect((await office.patch(`/api/responsibility/analysis-reports/${id}`, { sections })).json().status).toBe('draft');
    expect((await office.post(`/api/responsibility/analysis-reports/${id}/submit`)).json().error.code).toBe('report_state');
    expect((await office.post(`/api/responsibility/analysis-reports/${id}/approve`)).json().error.code).toBe('forbidden');
    const shuji = await t.client().login('demo_shuji');
    expect((await shuji.post(`/api/responsibility/analysis-reports/${id}/approve`)).json().status).toBe('approved');
    expect((await office.post(`/api/responsibility/analysis-reports/${id}/submit`)).json().status).toBe('submitted');
    // The street's own leader cannot return its report; the district office can.
    expect((await shuji.post(`/api/responsibility/analysis-reports/${id}/return`, { comment: 'x' })).json().error.code).toBe('return_by_superior');
    const district = await t.client().login('demo_xuanchuan');
    const received = (await district.get('/api/responsibility/analysis-reports?received=true')).json().reports;
    expect(received.map((r: { id: number }) => r.id)).toContain(id);
    const returned = await district.post(`/api/responsibility/analysis-reports/${id}/return`, { comment: '请补充网络舆情数据' });
    expect(returned.json()).toMatchObject({ status: 'returned', returnComment: '请补充网络舆情数据' });
    expect((await office.patch(`/api/responsibility/analysis-reports/${id}`, { title: '修改后的报告' })).json().status).toBe('returned');
    const trail = await t.db.db.selectFrom('audit_log').select('action').where('object_type', '=', 'analysis_report').where('object_id', '=', String(id)).orderBy('id').execute();
    expect(trail.map((a) => a.action)).toEqual(['analysis_report.draft', 'analysis_report.edit', 'analysis_report.approve', 'analysis_report.submit', 'analysis_report.return', 'analysis_report.edit']);
  });

  it('drafts last quarter’s report for each unit with a plan that year, once', async () => {
    const street = await unitId(t, '灞桥街道办事处');
    const office = await t.client().login('demo_office');
    expect((await office.post('/api/responsibility/plans', { unitId: street, year: 2025, templateKey: 'township_community' })).statusCode).toBe(201);
    const clock = new Date('2025-07-03T01:00:00Z');
    expect(await draftQuarterlyReports(t.db.db, clock)).toBe(1);
    expect(await draftQuarterlyReports(t.db.db, clock)).toBe(0);
    const mine = (await office.get(`/api/responsibility/analysis-reports?unitId=${street}`)).json().reports;
    expect(mine.filter((r: { period: string; status: string }) => r.period === '2025-Q2').map((r: { status: string }) => r.status)).toEqual(['draft']);
  });
});
