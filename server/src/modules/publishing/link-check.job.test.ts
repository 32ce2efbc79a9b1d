import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/databases.js';
import { createTestApp, unitId, type TestApp } from '../../test/app.js';
import { LINK_CHECK_QUEUE, runLinkCheck, type LinkCheckPayload } from './link-check.job.js';

describe.each(DIALECTS)('dead-link check of drafts on %s', (dialect) => {
  let t: TestApp;
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    server = http.createServer((req, res) => res.writeHead(req.url === '/ok' ? 200 : 404).end());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.close();
    await t.close();
  });

  const complete = (effect: Parameters<Parameters<typeof runLinkCheck>[2]>[0]) => t.db.db.transaction().execute(effect);

  it('queues a check when a draft has links, and adds the dead ones to its findings', async () => {
    const office = await t.client().login('demo_office');
    const street = await unitId(t, '灞桥街道办事处');
    const channelId = (await office.post('/api/channels', { unitId: street, kind: 'website', name: '链接测试网站' })).json().id;
    const d = (await office.post('/api/publications', { channelId, title: '通知', body: `详见 ${base}/ok 与 ${base}/gone 。` })).json();
    const job = await t.db.db.selectFrom('job').select(['payload', 'status']).where('queue', '=', LINK_CHECK_QUEUE).executeTakeFirstOrThrow();
    const payload = JSON.parse(job.payload) as LinkCheckPayload;
    expect(payload).toEqual({ publicationId: d.id, contentHash: d.contentHash });

    await runLinkCheck(t.db.db, payload, complete, { allowPrivate: true });
    const after = (await office.get(`/api/publications/${d.id}`)).json();
    const dead = after.findings.filter((f: { rule: string }) => f.rule === 'link_dead');
    expect(dead).toHaveLength(1);
    expect(`通知\n${after.body}`.slice(dead[0].start, dead[0].end)).toBe(`${base}/gone`);
  });

  it('does nothing when the text changed after the check was queued', async () => {
    const office = await t.client().login('demo_office');
    const channelId = (await office.get('/api/channels')).json().channels[0].id;
    const d = (await office.post('/api/publications', { channelId, title: '通知', body: `见 ${base}/gone` })).json();
    await office.patch(`/api/publications/${d.id}`, { body: '已删除链接' });
    await runLinkCheck(t.db.db, { publicationId: d.id, contentHash: d.contentHash }, complete, { allowPrivate: true });
    expect((await office.get(`/api/publications/${d.id}`)).json().findings).toEqual([]);
  });
});
