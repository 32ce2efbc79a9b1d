import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/databases.js';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { draftDue } from './report.service.js';
import { dueOn } from './schedule.js';

describe.each(DIALECTS)('scheduled drafting on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('drafts the due analysis once for each unit with an office and tells the office', async () => {
    const due = dueOn('2026-07-01');
    expect(due.map((d) => `${d.kind}:${d.period.code}`)).toEqual(['analysis:2026Q2']);
    // The district and the street office have group-office accounts in the demo.
    expect(await draftDue(t.db.db, due)).toBe(2);
    expect(await draftDue(t.db.db, due)).toBe(0);
    const rows = await t.db.db.selectFrom('report').innerJoin('unit', 'unit.id', 'report.unit_id').select(['unit.name', 'report.status', 'report.period']).orderBy('unit.name').execute();
    expect(rows).toEqual([
      { name: '灞桥街道办事处', status: 'draft', period: '2026Q2' },
      { name: '示范区委宣传部', status: 'draft', period: '2026Q2' },
    ]);
    const office = await t.client().login('demo_office');
    const notices = (await office.get('/api/notifications')).json().notifications as { title: string; link: string }[];
    expect(notices.filter((n) => n.title.includes('灞桥街道办事处2026年第二季度网络舆情分析研判报告'))).toHaveLength(1);
  });
});
