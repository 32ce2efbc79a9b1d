import crypto from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deliverNow } from './deliver.js';
import { startHttpReceiver, startMailReceiver, type HttpReceiver, type MailReceiver } from './test-receivers.js';
import type { DeliveryConfig, DeliveryTarget } from './types.js';

const message = { title: '灞桥街道拆迁投诉升至较大（III级）', text: '近一小时 48 条，负面占 71%。\n来源：本地论坛、微博。', link: '/events/12' };
const hmac = (key: string, data: string, encoding: 'base64' | 'hex') => crypto.createHmac('sha256', key).update(data).digest(encoding);

describe('deliverNow to real local servers', () => {
  let http: HttpReceiver;
  let smtp: MailReceiver;
  let config: DeliveryConfig;
  const target = (over: Partial<DeliveryTarget>): DeliveryTarget => ({
    id: 1,
    unitId: 1,
    name: '值班群',
    kind: 'wecom',
    url: `${http.base}/robot`,
    secret: null,
    recipients: [],
    purposes: ['alert'],
    enabled: true,
    // The receivers listen on 127.0.0.1, which only an internal target may reach.
    internal: true,
    ...over,
  });

  beforeAll(async () => {
    http = await startHttpReceiver();
    smtp = await startMailReceiver('yuqing@example.cn', 'mail-pass');
    config = { smtp: { host: '127.0.0.1', port: smtp.port, secure: false, user: 'yuqing@example.cn', password: 'mail-pass', from: '舆情系统 <yuqing@example.cn>' }, publicUrl: 'https://yq.example.cn' };
  });
  afterAll(async () => {
    await http.close();
    await smtp.close();
  });
  beforeEach(() => {
    http.received.length = 0;
    http.answers.length = 0;
  });

  it('posts a WeCom markdown message', async () => {
    const result = await deliverNow(target({ kind: 'wecom', url: `${http.base}/cgi-bin/webhook/send?key=abc` }), message, config);
    expect(result).toEqual({ ok: true, status: 200 });
    const [req] = http.received;
    expect(req.method).toBe('POST');
    expect(req.url.searchParams.get('key')).toBe('abc');
    expect(req.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(req.body)).toEqual({
      msgtype: 'markdown',
      markdown: { content: `**${message.title}**\n\n${message.text}\n\n[查看详情](https://yq.example.cn/events/12)` },
    });
  });

  it('signs a DingTalk message in the query, as the robot checks it', async () => {
    const secret = 'SEC0123456789abcdef';
    const before = Date.now();
    expect((await deliverNow(target({ kind: 'dingtalk', url: `${http.base}/robot/send?access_token=tok`, secret }), message, config)).ok).toBe(true);
    const [req] = http.received;
    const timestamp = req.url.searchParams.get('timestamp')!;
    expect(Number(timestamp)).toBeGreaterThanOrEqual(before);
    expect(Number(timestamp)).toBeLessThanOrEqual(Date.now());
    // searchParams decodes the URL encoding; what remains must be the base64 HMAC.
    expect(req.url.searchParams.get('sign')).toBe(hmac(secret, `${timestamp}\n${secret}`, 'base64'));
    expect(req.url.searchParams.get('access_token')).toBe('tok');
    const body = JSON.parse(req.body);
    expect(body.msgtype).toBe('markdown');
    expect(body.markdown.title).toBe(message.title);
    expect(body.markdown.text).toContain(`#### ${message.title}`);
    expect(body.markdown.text).toContain('[查看详情](https://yq.example.cn/events/12)');
  });

  it('signs a Feishu post in the body, with "timestamp\\nsecret" as the HMAC key', async () => {
    const secret = 'feishu-secret';
    http.answers.push({ body: { code: 0, msg: 'success', data: {} } });
    expect((await deliverNow(target({ kind: 'feishu', url: `${http.base}/open-apis/bot/v2/hook/x`, secret }), message, config)).ok).toBe(true);
    const body = JSON.parse(http.received[0].body);
    expect(Math.abs(Number(body.timestamp) - Date.now() / 1000)).toBeLessThan(5);
    expect(body.sign).toBe(crypto.createHmac('sha256', `${body.timestamp}\n${secret}`).update('').digest('base64'));
    expect(body.msg_type).toBe('post');
    expect(body.content.post.zh_cn).toEqual({
      title: message.title,
      content: [[{ tag: 'text', text: message.text }], [{ tag: 'a', text: '查看详情', href: 'https://yq.example.cn/events/12' }]],
    });
  });

  it('signs a generic webhook over "<timestamp>.<body>"', async () => {
    http.answers.push({ status: 204, body: '' });
    expect((await deliverNow(target({ kind: 'webhook', url: `${http.base}/hook`, secret: 'wh-secret' }), message, config)).ok).toBe(true);
    const [req] = http.received;
    const timestamp = String(req.headers['x-yuqing-timestamp']);
    expect(req.headers['x-yuqing-signature']).toBe(`sha256=${hmac('wh-secret', `${timestamp}.${req.body}`, 'hex')}`);
    expect(JSON.parse(req.body)).toMatchObject({ title: message.title, text: message.text, link: 'https://yq.example.cn/events/12' });
  });

  it("counts a robot's own refusal as a failure, in its own words", async () => {
    http.answers.push({ status: 200, body: { errcode: 310000, errmsg: 'sign not match, more: [see https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]' } });
    const result = await deliverNow(target({ kind: 'dingtalk', url: `${http.base}/robot/send?access_token=t`, secret: 'wrong' }), message, config);
    expect(result.ok).toBe(false);
    expect(result.status).toBe(200);
    expect(result.error).toContain('钉钉群机器人拒收（错误码 310000）：sign not match');
  });

  it('refuses a loopback address unless the target is internal, without sending anything', async () => {
    const result = await deliverNow(target({ internal: false }), message, config);
    expect(result.ok).toBe(false);
    expect(result.failure?.code).toBe('private_address');
    expect(result.error).toContain(`地址 127.0.0.1:${new URL(http.base).port} 是本机或内网地址`);
    expect(http.received).toEqual([]);
  });

  it('gives up on a server that does not answer in time', async () => {
    http.answers.push({ hang: true });
    const result = await deliverNow(target({}), message, { ...config, timeoutMs: 300 });
    expect(result).toMatchObject({ ok: false, failure: { code: 'timeout' } });
    expect(http.received).toHaveLength(1);
  });

  it('mails the message over SMTP in UTF-8 to every recipient', async () => {
    const recipients = ['office@bq.example.cn', 'duty@bq.example.cn'];
    const result = await deliverNow(target({ kind: 'email', url: null, recipients }), message, config);
    expect(result, result.error).toEqual({ ok: true });
    const { envelopeTo, mail } = smtp.mails.at(-1)!;
    expect(envelopeTo).toEqual(recipients);
    expect(mail.subject).toBe(message.title);
    expect(mail.text?.trim()).toBe(`${message.text}\n\nhttps://yq.example.cn/events/12`);
    expect(mail.html).toBe(false);
    expect(mail.from?.value[0]).toEqual({ address: 'yuqing@example.cn', name: '舆情系统' });
  });

  it('says so when SMTP refuses the login or is not configured', async () => {
    const wrong = await deliverNow(target({ kind: 'email', url: null, recipients: ['a@example.cn'] }), message, { ...config, smtp: { ...config.smtp!, password: 'nope' } });
    expect(wrong).toMatchObject({ ok: false, failure: { code: 'smtp_error' } });
    expect(wrong.error).toMatch(/^邮件发送失败：.*(auth|Invalid|credentials)/i);
    const none = await deliverNow(target({ kind: 'email', url: null, recipients: ['a@example.cn'] }), message, { smtp: null });
    expect(none).toMatchObject({ ok: false, failure: { code: 'smtp_not_configured' } });
  });
});
