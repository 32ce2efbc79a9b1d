import { describe, expect, it } from 'vitest';
import { loadConfig, smtpOf } from './config.js';

describe('SMTP settings from the environment', () => {
  it.each([
    [undefined, undefined, null],
    ['', 'x@example.cn', null],
    ['smtp://mail.example.cn', undefined, { host: 'mail.example.cn', port: 587, secure: false, user: undefined, password: undefined, from: 'yuqing@mail.example.cn' }],
    ['smtps://yq%40example.cn:p%40ss@mail.example.cn', undefined, { host: 'mail.example.cn', port: 465, secure: true, user: 'yq@example.cn', password: 'p@ss', from: 'yq@example.cn' }],
    ['smtp://robot:pw@10.0.0.5:2525', '舆情系统 <yq@example.cn>', { host: '10.0.0.5', port: 2525, secure: false, user: 'robot', password: 'pw', from: '舆情系统 <yq@example.cn>' }],
  ])('%s with from %s', (url, from, expected) => {
    expect(smtpOf(url, from)).toEqual(expected);
  });

  it.each(['http://mail.example.cn', 'not a url'])('refuses %s with the variable named', (url) => {
    expect(() => smtpOf(url, undefined)).toThrow(/YUQING_SMTP_URL/);
  });

  it('reads YUQING_SMTP_URL, YUQING_SMTP_FROM and YUQING_PUBLIC_URL', () => {
    const config = loadConfig({ YUQING_SMTP_URL: 'smtp://u:p@mail.example.cn:25', YUQING_SMTP_FROM: 'yq@example.cn', YUQING_PUBLIC_URL: 'https://yq.example.cn' });
    expect(config.delivery).toEqual({ smtp: { host: 'mail.example.cn', port: 25, secure: false, user: 'u', password: 'p', from: 'yq@example.cn' }, publicUrl: 'https://yq.example.cn' });
  });
});
