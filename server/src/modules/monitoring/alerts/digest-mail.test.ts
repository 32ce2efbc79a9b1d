import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../demo/demo-data.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/databases.js';
import { startMailReceiver, type MailReceiver } from '../../platform/delivery/test-receivers.js';
import { runDigestJob } from './digest.js';

describe.each(DIALECTS)('the daily digest by mail on %s', (dialect) => {
  let t: TestDatabase;
  let smtp: MailReceiver;
  let street: number;

  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await seedDemo(t.db);
    smtp = await startMailReceiver('yuqing@example.cn', 'mail-pass');
    street = (await t.db.selectFrom('unit').select('id').where('name', '=', '灞桥街道办事处').executeTakeFirstOrThrow()).id;
    const now = new Date().toISOString();
    await t.db.insertInto('alert_setting').values({ unit_id: street, quiet_start: null, quiet_end: null, digest_time: '08:00', updated_at: now }).execute();
    await t.db
      .insertInto('delivery_target')
      .values({ unit_id: street, name: '办公室邮箱', kind: 'email', url: null, secret: null, recipients: JSON.stringify(['office@bq.example.cn']), purposes: JSON.stringify(['digest']), enabled: 1, internal: 0, created_at: now, updated_at: now })
      .execute();
  });
  afterAll(async () => {
    await smtp.close();
    await t.drop();
  });

  it('mails the digest to the office’s address at the set time, once', async () => {
    const config = { smtp: { host: '127.0.0.1', port: smtp.port, secure: false, user: 'yuqing@example.cn', password: 'mail-pass', from: '舆情系统 <yuqing@example.cn>' }, publicUrl: 'https://yq.example.cn', timeoutMs: 5000 };
    // 08:01 in Beijing on 2026-11-21.
    const now = new Date('2026-11-21T00:01:00Z');
    expect(await runDigestJob(t.db, now, config)).toHaveLength(1);
    expect(smtp.mails).toHaveLength(1);
    const { envelopeTo, mail } = smtp.mails[0];
    expect(envelopeTo).toEqual(['office@bq.example.cn']);
    expect(mail.subject).toBe('舆情日报（灞桥街道办事处，2026-11-21）');
    expect(mail.text).toContain('新增事件 0 起');
    expect(mail.text).toContain('https://yq.example.cn/monitoring/events');
    expect(await runDigestJob(t.db, new Date('2026-11-21T03:00:00Z'), config)).toHaveLength(0);
    expect(smtp.mails).toHaveLength(1);
  });
});
