import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, createTestDatabase, type TestDatabase } from '../../../test/databases.js';
import { yuqing, yuqingAsync } from '../../../test/cli.js';
import { parseModel } from '../sentiment/model-file.js';
import { writeCorpora } from '../sentiment/test-corpora.js';

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><guid>c1</guid><title>社区拆迁公示</title><description>纺织城社区拆迁补偿方案公示</description></item></channel></rss>`;
const WEIBO = [
  ',pub_time,weibo_content,forward,comment,like,weibo_url,weibo_topic',
  '0,5月31日 23:54,"第二条：街道开展防汛演练，居民积极参与",10.0,2.0,30.0,https://weibo.com/1/B?from=x,防汛',
  '1,5月31日 22:10,第一条：社区志愿者为老人送餐上门,3061.0,685.0,14333.0,https://weibo.com/1/A,志愿',
].join('\n');
const CSV = '留言编号,留言标题,留言内容,留言时间\nM1,噪音,夜间施工噪音扰民,2026-03-01 22:00\nM2,,,2026-03-02\n';

describe.each(DIALECTS)('yuqing ingest, import and replay on %s', (dialect) => {
  let db: TestDatabase;
  let server: http.Server;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yuqing-ingest-cli-'));
  const ids: Record<string, number> = {};
  const now = () => new Date().toISOString();
  let unit: number;
  beforeAll(async () => {
    server = http.createServer((_q, r) => r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    db = await createTestDatabase(dialect);
    unit = (await db.db.insertInto('unit').values({ parent_id: null, path: '/1/', name: '灞桥街道', kind: 'street', code: null, sort: 0, is_demo: 0, created_at: now(), updated_at: now() }).returning('id').executeTakeFirstOrThrow()).id;
    const add = async (name: string, kind: string, url: string | null = null, internal = 0) =>
      (ids[name] = (await db.db.insertInto('source').values({ unit_id: unit, name, kind, url, media_tier: 'local', internal, created_at: now(), updated_at: now() }).returning('id').executeTakeFirstOrThrow()).id);
    await add('feed', 'feed', `http://127.0.0.1:${(server.address() as AddressInfo).port}/rss`, 1);
    await add('refused', 'feed', `http://127.0.0.1:${(server.address() as AddressInfo).port}/rss`);
    await add('import', 'import');
    await add('push', 'push');
  });
  afterAll(async () => {
    server.closeAllConnections();
    server.close();
    await db.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('ingest run polls due sources once and prints a table', async () => {
    const r = await yuqingAsync(['ingest', 'run'], db.env);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^source\s+name\s+status\s+fetched\s+new/);
    expect(lines.find((l) => l.startsWith(`${ids.feed} `))).toMatch(/feed\s+ok\s+1\s+1\s/);
    expect(lines.find((l) => l.startsWith(`${ids.refused} `))).toMatch(/refused\s+error.*内网或本机地址/);
    expect(r.status).toBe(1);
    expect(yuqing(['ingest', 'run'], db.env).stdout.trim()).toBe('no source is due');
  });

  it('import items lists bad rows with their numbers', () => {
    const file = path.join(dir, 'wenzheng.csv');
    fs.writeFileSync(file, CSV);
    const r = yuqing(['import', 'items', file, '--source', String(ids.import), '--mapping', 'wenzheng'], db.env);
    expect(r.stdout, r.stderr).toContain('rows 2, new 1, updated 0, failed 1');
    expect(r.stdout).toContain('第 3 行 / row 3');
    expect(r.status).toBe(1);
    fs.writeFileSync(file, '编号,内容\nM9,x\n');
    const unreadable = yuqing(['import', 'items', file, '--source', String(ids.import), '--mapping', 'wenzheng'], db.env);
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr.trim()).toBe('缺少表头：留言内容 / missing headers: 留言内容');
  });

  it('replay feeds a timestamped CSV into a push source in time order', async () => {
    const file = path.join(dir, 'weibo.csv');
    fs.writeFileSync(file, WEIBO);
    const r = yuqing(['replay', file, '--source', String(ids.push), '--speed', '1000000'], db.env);
    expect(r.stdout.trim().split('\n')).toEqual(['new  第一条：社区志愿者为老人送餐上门', 'new  第二条：街道开展防汛演练，居民积极参与', 'replayed: new 2, updated 0, failed 0']);
    const rows = await db.db.selectFrom('item').select(['item_key', 'reposts', 'likes']).where('source_id', '=', ids.push).orderBy('id').execute();
    expect(rows).toEqual([
      { item_key: 'https://weibo.com/1/A', reposts: 3061, likes: 14333 },
      { item_key: 'https://weibo.com/1/B', reposts: 10, likes: 30 },
    ]);
  });

  it('train-sentiment reads staff corrections from the database', async () => {
    const admin = await db.db
      .insertInto('app_user')
      .values({ username: 'a', display_name: 'a', password_hash: 'x', unit_id: unit, person_id: null, locale: 'zh-CN', disabled: 0, failed_logins: 0, locked_until: null, password_changed_at: now(), last_login_at: null, is_demo: 0, created_at: now(), updated_at: now() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.db.updateTable('item').set({ sentiment: 'positive', sentiment_corrected_by: admin.id }).where('item_key', '=', 'https://weibo.com/1/A').execute();
    const corpora = path.join(dir, 'corpora');
    writeCorpora(corpora);
    const out = path.join(dir, 'model.json');
    const r = yuqing(['text', 'train-sentiment', '--corpora', corpora, '--out', out, '--database'], db.env);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('staff corrections: 1');
    expect(parseModel(fs.readFileSync(out, 'utf8')).provenance.corrections).toMatchObject({ count: 1 });
  }, 120_000);
});
