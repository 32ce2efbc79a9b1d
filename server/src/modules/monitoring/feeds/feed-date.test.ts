import { describe, expect, it } from 'vitest';
import { firstFeedDate, parseFeedDate } from './feed-date.js';

describe('parseFeedDate', () => {
  it.each<[string, string]>([
    // RFC 822 and its relatives
    ['Wed, 03 Jan 2018 14:11:52 GMT', '2018-01-03T14:11:52.000Z'],
    ['Wed, 9 Oct 2019 16:39:00 +0200', '2019-10-09T14:39:00.000Z'],
    ['Fri, 08 Jul 2016 13:40:00 UTC', '2016-07-08T13:40:00.000Z'],
    ['Tue, 18 Sep 2018 14:38:10 +0800', '2018-09-18T06:38:10.000Z'],
    ['Tue, 18 Sep 2018 14:38:10 GMT+8', '2018-09-18T06:38:10.000Z'],
    ['Tue, 18 Sep 2018 14:38:10 UTC+08:00', '2018-09-18T06:38:10.000Z'],
    ['Mon, 1 Jan 2018 08:00:00 EST', '2018-01-01T13:00:00.000Z'],
    ['03 Apr 02 1500 GMT', '2002-04-03T15:00:00.000Z'],
    ['Wed, 03 Jan 2018 14:11:52', '2018-01-03T06:11:52.000Z'],
    ['Sat, 1 September 2018 08:00:00 +0000', '2018-09-01T08:00:00.000Z'],
    // CST is China Standard Time: Java's Date.toString on a server in China
    ['Tue Sep 18 14:38:10 CST 2018', '2018-09-18T06:38:10.000Z'],
    ['Tue, 18 Sep 2018 14:38:10 CST', '2018-09-18T06:38:10.000Z'],
    // ISO 8601 / W3C-DTF
    ['2017-06-15T10:29:47-07:00', '2017-06-15T17:29:47.000Z'],
    ['2016-06-27T07:36:54.007-07:00', '2016-06-27T14:36:54.007Z'],
    ['2018-09-18T06:38:10Z', '2018-09-18T06:38:10.000Z'],
    ['2018-09-18T14:38:10+0800', '2018-09-18T06:38:10.000Z'],
    // Chinese sites, without a zone: China's
    ['2018-09-18 14:38:10', '2018-09-18T06:38:10.000Z'],
    ['2018/9/18 14:38', '2018-09-18T06:38:00.000Z'],
    ['2018-09-18', '2018-09-17T16:00:00.000Z'],
    ['2018年9月18日 14:38', '2018-09-18T06:38:00.000Z'],
    ['2018年09月18日14:38:10', '2018-09-18T06:38:10.000Z'],
    ['２０１８－０９－１８　１４：３８', '2018-09-18T06:38:00.000Z'],
    ['  2018-09-18 14:38:10\r\n  ', '2018-09-18T06:38:10.000Z'],
  ])('%s', (raw, iso) => {
    expect(parseFeedDate(raw)).toBe(iso);
  });

  it.each(['', 'yesterday', '2018-02-31', '2018-13-01', 'Wed, 32 Jan 2018 10:00:00 GMT', '25:00', '2018-09-18 14:38:10 XYZT', '1537252690', 'x'.repeat(500), 'Tue Sep Oct 18 2018'])(
    'gives null for %j',
    (raw) => {
      expect(parseFeedDate(raw)).toBeNull();
    },
  );

  it('takes the first value that is a date', () => {
    expect(firstFeedDate([undefined, 'soon', '2018-09-18T06:38:10Z', '2019-01-01'])).toBe('2018-09-18T06:38:10.000Z');
    expect(firstFeedDate([null, ''])).toBeNull();
  });
});
