import { describe, expect, it } from 'vitest';
import { findings } from './findings.js';

describe('findings drafted from the figures', () => {
  it.each([
    [{}, []],
    [{ 'events.grade2': 1, 'events.grade1': 1 }, ['重大及以上舆情事件2起']],
    [{ 'items.total': 10, 'items.negative': 3 }, []],
    [{ 'items.total': 10, 'items.negative': 4 }, ['负面信息占比40%']],
    [{ 'channels.flagged': 3, 'channels.failing': 1 }, ['1个网络阵地不符合', '2个网络阵地需关注']],
    [{ 'submissions.total': 0 }, ['未向上级报送信息']],
    [{ 'rollup.units': 5, 'rollup.received': 5 }, []],
    [{ 'rollup.units': 5, 'rollup.received': 2 }, ['3个下级单位尚未报送']],
    [{ 'tasks.overdue': 2, 'meetings.unitsBehind': 1 }, ['逾期未完成2期', '1个单位的会议学习进度落后']],
    [{ 'incidents.reply.due': 3, 'incidents.reply.within': 1 }, ['2起舆情事件未在规定时限内回应']],
    [{ 'incidents.reply.due': 3, 'incidents.reply.within': 3 }, []],
    [{ 'rectifications.overdue': 1, 'risks.grave': 3 }, ['逾期未销号1项', '高风险及以上风险点3个']],
  ])('%j', (figures, expected) => {
    const found = findings(figures as Record<string, number>);
    expect(found).toHaveLength(expected.length);
    expected.forEach((text, i) => expect(found[i].problem).toContain(text));
  });
});
