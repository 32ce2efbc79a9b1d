import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/databases.js';
import { createTestApp, unitId, type TestApp } from '../../../test/app.js';
import { startHttpReceiver, startMailReceiver, type HttpReceiver, type MailReceiver } from '../../platform/delivery/test-receivers.js';
import type { DeliveryConfig } from '../../platform/delivery/index.js';
import { checkBreaches } from './breach-checker.js';
import { deliverToUnit } from './breach-job.js';

describe.each(DIALECTS)('escalations leave through the unit’s robots and mail on %s', (dialect) => {
  let t: TestApp;
  let http: HttpReceiver;
  let smtp: MailReceiver;
  let config: DeliveryConfig;
  let street: number;
  let district: number;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    http = await startHttpReceiver();
    smtp = await startMailReceiver('yuqing@example.cn', 'mail-pass');
    config = { smtp: { host: '127.0.0.1', port: smtp.port, secure: false, user: 'yuqing@example.cn', password: 'mail-pass', from: '舆情系统 <yuqing@example.cn>' }, publicUrl: 'https://yq.example.cn', timeoutMs: 3000 };
    street = await unitId(t, '灞桥街道办事处');
    district = await unitId(t, '示范区委宣传部');
    const now = new Date().toISOString();
    const target = (unit: number, name: string, kind: string, url: string | null, recipients: string[], secret: string | null = null) => ({
      unit_id: unit, name, kind, url, secret, recipients: JSON.stringify(recipients), purposes: JSON.stringify(['incident']), enabled: 1, internal: 1, created_at: now, updated_at: now,
    });
    await t.db.db
      .insertInto('delivery_target')
      .values([
        target(street, '街道值班群', 'wecom', `${http.base}/street-robot`, []),
        target(street, '街道值班邮箱', 'email', null, ['duty@bq.example.cn']),
        target(district, '区委宣传部钉钉群', 'dingtalk', `${http.base}/district-robot`, [], 'SECdistrict'),
      ])
      .execute();
  });
  afterAll(async () => {
    await http.close();
    await smtp.close();
    await t.close();
  });

  it('sends each rung once: the handler’s, leader’s and first responsible’s to the street, the superior’s to the district', async () => {
    const office = await t.client().login('demo_office');
    const d = (await office.post('/api/incidents', { title: '无人确认的投诉', grade: 3 })).json() as { id: number; deadlines: { kind: string; dueAt: string }[] };
    const due = Date.parse(d.deadlines.find((x) => x.kind === 'acknowledge')!.dueAt);
    // Three hours and a bit past due with a rung every hour: all four rungs of the acknowledgement.
    const at = new Date(due + 181 * 60_000);
    const deliver = deliverToUnit(t.db.db, config);
    await checkBreaches(t.db.db, at, { deliver });
    await checkBreaches(t.db.db, at, { deliver });

    // The report-up limit (4 h) has passed too by then; this test follows the acknowledgement's ladder.
    const mine = (path: string) => http.received.filter((r) => r.url.pathname === path && r.body.includes('舆情处置「无人确认的投诉」接报确认超时'));
    const street = mine('/street-robot');
    expect(street).toHaveLength(3);
    const body = JSON.parse(street[0].body) as { msgtype: string; markdown: { content: string } };
    expect(body.msgtype).toBe('markdown');
    expect(body.markdown.content).toContain('舆情处置「无人确认的投诉」接报确认超时');
    expect(body.markdown.content).toContain(`https://yq.example.cn/incidents/${d.id}`);
    expect(street.map((r) => JSON.parse(r.body).markdown.content as string).some((c) => c.includes('王建国'))).toBe(true);

    const up = mine('/district-robot');
    expect(up).toHaveLength(1);
    expect(up[0].url.searchParams.get('sign')).toBeTruthy();
    expect((JSON.parse(up[0].body) as { markdown: { title: string } }).markdown.title).toBe('舆情处置「无人确认的投诉」接报确认超时');

    const mails = smtp.mails.filter((m) => m.mail.subject === '舆情处置「无人确认的投诉」接报确认超时');
    expect(mails).toHaveLength(3);
    expect(mails[0].envelopeTo).toEqual(['duty@bq.example.cn']);
  });
});
