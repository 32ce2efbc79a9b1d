import { describe, expect, it } from 'vitest';
import { PushBodyError, pushItems, signatureValid, signBody } from './push-body.js';

describe('push bodies', () => {
  it.each([
    ['{"title":"a","text":"b"}', ['item 1']],
    ['[{"text":"a"},{"text":"b"}]', ['item 1', 'item 2']],
    ['{"items":[{"text":"a"}]}', ['item 1']],
    ['{"text":"a"}\n\n{"text":"b"}\n', ['line 1', 'line 3']],
  ])('%j gives items at %j', (body, positions) => {
    expect(pushItems(body, undefined).map((i) => i.position)).toEqual(positions);
  });

  it.each(['', '{"text":"a"}\nnot json', '<rss/>'])('%j is refused with words', (body) => {
    expect(() => pushItems(body, undefined)).toThrow(PushBodyError);
  });

  it('names the bad line', () => {
    expect(() => pushItems('{"text":"a"}\n{oops', undefined)).toThrow(/line 2/);
  });

  it('checks the HMAC of the raw body', () => {
    const body = Buffer.from('{"text":"舆情"}');
    const good = signBody('s3cret', body);
    expect(good).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(signatureValid('s3cret', body, good)).toBe(true);
    expect(signatureValid('s3cret', body, good.toUpperCase().replace('SHA256', 'sha256'))).toBe(true);
    expect(signatureValid('other', body, good)).toBe(false);
    expect(signatureValid('s3cret', Buffer.from('{"text":"舆情 "}'), good)).toBe(false);
    expect(signatureValid('s3cret', body, undefined)).toBe(false);
    expect(signatureValid('s3cret', body, 'sha256=00')).toBe(false);
  });
});
