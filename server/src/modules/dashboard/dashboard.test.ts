import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/databases.js';
import { createTestApp, type TestApp } from '../../test/app.js';

describe.each(DIALECTS)('dashboard on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('shows the flagged channels of the scope and what waits for the actor', async () => {
    const office = await t.client().login('demo_office');
    const mine = (await office.get('/api/dashboard')).json();
    expect(mine.channels.fail).toBeGreaterThanOrEqual(1);
    expect(mine.channels.flagged.map((c: { name: string }) => c.name)).toContain('区政府门户网站灞桥街道板块');
    expect(mine.channels.flagged.map((c: { name: string }) => c.name)).not.toContain('示范区住建');
    // The demo sends two items up this month, which meets the default target.
    expect(mine.submissions).toMatchObject({ count: 2, target: 2 });

    const channelId = mine.channels.flagged[0].id;
    const d = (await office.post('/api/publications', { channelId, title: '通知', body: '请按时参加会议。' })).json();
    await office.post(`/api/publications/${d.id}/submit`, {});
    const fenguan = await t.client().login('demo_fenguan');
    expect((await fenguan.get('/api/dashboard')).json().inbox.count).toBe(1);
    expect((await office.get('/api/dashboard')).json().inbox.count).toBe(0);

    const superior = await t.client().login('demo_xuanchuan');
    const all = (await superior.get('/api/dashboard')).json();
    expect(all.channels.total).toBeGreaterThan(mine.channels.total);
  });
});
