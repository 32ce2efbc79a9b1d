import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from './modules/platform/password.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from './test/databases.js';
import { REPO_ROOT, yuqing } from './test/cli.js';

describe.each(DIALECTS)('yuqing CLI on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect, { migrate: false });
  });
  afterAll(() => t.drop());

  it('migrates, plants the demo once, and adds an account', async () => {
    expect(yuqing(['migrate'], t.env).status).toBe(0);
    const demo = yuqing(['demo'], t.env);
    expect(demo.status, demo.stderr).toBe(0);
    expect(demo.stdout).toContain('demo_office');
    const again = yuqing(['demo'], t.env);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('only planted into an empty database');

    const street = await t.db.selectFrom('unit').select('id').where('name', '=', '灞桥街道办事处').executeTakeFirstOrThrow();
    const added = yuqing(['user', 'add', 'Wang.Wu', '--unit', String(street.id), '--name', '王五', '--roles', 'group_office,member'], t.env, 'Cli-password-2026\n');
    expect(added.status, added.stderr).toBe(0);
    const row = await t.db.selectFrom('app_user').selectAll().where('username', '=', 'wang.wu').executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.password_hash, 'Cli-password-2026')).toBe(true);
    const roles = await t.db.selectFrom('user_role').select('role').where('user_id', '=', row.id).orderBy('role').execute();
    expect(roles.map((r) => r.role)).toEqual(['group_office', 'member']);

    const weak = yuqing(['user', 'add', 'weakling', '--unit', String(street.id)], t.env, 'abc\n');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain('新密码至少 10 位');
    const badRole = yuqing(['user', 'add', 'x1', '--unit', '1', '--roles', 'emperor'], t.env, 'Cli-password-2026\n');
    expect(badRole.status).not.toBe(0);
    expect(badRole.stderr).toContain('unknown role "emperor"');
    // Six processes in a row, each loading the whole server: minutes on a loaded CI machine, not a speed check.
  }, 120_000);
});

describe('yuqing filters', () => {
  const corpora = path.resolve(REPO_ROOT, '../shared/corpora');

  it('feed parse prints one JSON object, or a reason and exit 2', () => {
    const ok = yuqing(['feed', 'parse', path.join(corpora, 'feeds/encoding-gb2312.xml')], {});
    expect(ok.status).toBe(0);
    const feed = JSON.parse(ok.stdout);
    expect(Object.keys(feed)).toEqual(['title', 'link', 'items']);
    expect(feed.title).toBe('新闻国内');
    expect(Object.keys(feed.items[0])).toEqual(['title', 'link', 'published', 'text']);
    const html = yuqing(['feed', 'parse', path.join(corpora, 'feeds/rss-parser-input/unrecognized.rss')], {});
    expect(html.status).toBe(2);
    expect(html.stderr).toContain('不是 RSS/Atom/JSON 订阅源');
    expect(html.stderr).not.toMatch(/\n\s+at /);
  });

  it('text sentiment answers one line per input line, in order', () => {
    const r = yuqing(['text', 'sentiment'], {}, '街道办推诿扯皮，投诉三次没人管\n社区及时回应，为民办实事，点赞\n\n');
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.label)).toEqual(['negative', 'positive', 'neutral']);
    expect(out.every((o) => Object.keys(o).join() === 'label,score' && o.score >= -1 && o.score <= 1)).toBe(true);
  });

  it('text dedup groups a repost with its original and keeps another story apart', () => {
    const original = '【#灞桥街道#】灞桥街道今日召开冬季防火工作会议，部署辖区重点场所隐患排查工作';
    const lines = [original, `转发微博 //@某网友: 关注 //@另一人:${original} 来源：西安日报`, '【#灞桥街道#】灞桥街道今日开展垃圾分类宣传进社区活动，居民踊跃参与', original];
    const r = yuqing(['text', 'dedup'], {}, `${lines.join('\n')}\n`);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([{ group: 0 }, { group: 0 }, { group: 2 }, { group: 0 }]);
  });

  it('check prints one finding per line with character offsets', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yq-check-'));
    const file = path.join(dir, 'draft.txt');
    fs.writeFileSync(file, '𠀀各单位要认真布署。');
    const r = yuqing(['check', file], {});
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([{ rule: 'wrong_character', severity: 'warn', start: 7, end: 9, text: '布署', suggestion: '部署' }]);
    expect(yuqing(['check', path.join(dir, 'missing.docx')], {}).status).toBe(2);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
