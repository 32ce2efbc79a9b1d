import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/databases.js';
import { createTestApp, unitId, type TestApp, type TestClient } from '../../test/app.js';
import { up as dropAnalysisReport } from '../../db/migrations/0012-drop-analysis-report.js';
import { enqueue, scheduleRecurring } from '../platform/jobs/index.js';

type Figures = { units: number; reports: { due: number; onTime: number } };
type DashUnit = { unitId: number; name: string; figures: Figures; own: Figures };

/**
 * "Reports sent on time" counts the documents module's analysis reports: the office drafts one in
 * 文稿, the leader approves it, the office submits it to the superior. The submission instant is
 * then moved into 2025, the one thing the workflow cannot do for a test.
 */
describe.each(DIALECTS)('analysis reports on time from the documents module on %s', (dialect) => {
  let t: TestApp;
  let street: number;
  let office: TestClient;
  let shuji: TestClient;

  async function sendUp(period: string, submittedAt: string | null): Promise<number> {
    const created = await office.post('/api/reports', { kind: 'analysis', period });
    expect(created.statusCode, created.body).toBe(201);
    const { id, contentHash } = created.json() as { id: number; contentHash: string };
    expect((await shuji.post(`/api/reports/${id}/approve`, { contentHash })).statusCode).toBeLessThan(300);
    if (submittedAt === null) return id;
    const sent = await office.post(`/api/reports/${id}/submit`);
    expect(sent.statusCode, sent.body).toBeLessThan(300);
    await t.db.db.updateTable('report').set({ submitted_at: submittedAt }).where('id', '=', id).execute();
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    street = await unitId(t, '灞桥街道办事处');
    office = await t.client().login('demo_office');
    shuji = await t.client().login('demo_shuji');
  });
  afterAll(() => t.close());

  it('counts a quarter sent by the last Beijing day of grace, not one sent a minute after it, nor one never sent', async () => {
    // Q1 2025 is due by 15 April: 23:59 that day in Beijing is on time; Q2's 00:00 on 16 July is not.
    const q1 = await sendUp('2025Q1', '2025-04-15T15:59:00.000Z');
    const q2 = await sendUp('2025Q2', '2025-07-15T16:00:00.000Z');
    await sendUp('2025Q3', null);

    const district = await t.client().login('demo_xuanchuan');
    const dash = (await district.get('/api/responsibility/dashboard?year=2025')).json() as { unit: DashUnit; children: DashUnit[] };
    const child = dash.children.find((c) => c.unitId === street)!;
    expect(child.own.reports).toEqual({ due: 4, onTime: 1 });
    expect(child.figures.reports).toEqual({ due: 4 * child.figures.units, onTime: 1 });
    // Every unit owes four quarters; only the street sent any.
    expect(dash.unit.figures.reports).toEqual({ due: 4 * dash.unit.figures.units, onTime: 1 });
    // The figure opens 收文, where the district finds the reports it counts.
    const received = (await district.get('/api/reports/received')).json().reports as { id: number; kind: string }[];
    expect(received.filter((r) => r.kind === 'analysis').map((r) => r.id).sort()).toEqual([q1, q2].sort());

    const root = (await t.db.db.selectFrom('unit').select('id').where('parent_id', 'is', null).executeTakeFirstOrThrow()).id;
    const scheme = await district.post('/api/responsibility/assessment-schemes', { unitId: root, year: 2025, title: '2025年度意识形态工作责任制考核' });
    expect(scheme.statusCode, scheme.body).toBe(201);
    const row = scheme.json().ranking.find((r: { unitId: number }) => r.unitId === street);
    // The assessment scores the street's whole subtree, as the figure does.
    const item = row.items.find((i: { key: string }) => i.key === 'reports_on_time');
    expect(item.basis).toBe(`应报 ${child.figures.reports.due} 期，按时报送 1 期`);
    expect(item.score).toBeCloseTo(10 / child.figures.reports.due, 1);
  });

  it('drops responsibility’s own table and its drafting job from a database that had them', async () => {
    const db = t.db.db;
    expect((await db.introspection.getTables()).map((x) => x.name)).not.toContain('analysis_report');
    // A database migrated before 0012: the table, the daily schedule and one queued run.
    await db.schema.createTable('analysis_report').addColumn('id', 'integer').execute();
    await scheduleRecurring(db, { name: 'responsibility.draft-reports', queue: 'responsibility.draft-reports', payload: null, everySeconds: 86_400 });
    await enqueue(db, 'responsibility.draft-reports', null);
    await enqueue(db, 'reports.draft-due', null);
    await dropAnalysisReport(db);
    expect((await db.introspection.getTables()).map((x) => x.name)).not.toContain('analysis_report');
    expect(await db.selectFrom('recurring_job').select('name').where('queue', '=', 'responsibility.draft-reports').execute()).toEqual([]);
    const queues = (await db.selectFrom('job').select('queue').execute()).map((j) => j.queue);
    expect(queues).not.toContain('responsibility.draft-reports');
    expect(queues.filter((q) => q === 'reports.draft-due')).toHaveLength(1);
  });
});
