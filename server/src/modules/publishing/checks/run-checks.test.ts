import { describe, expect, it } from 'vitest';
import { RULES } from './finding.js';
import { FINDING_MESSAGES } from './messages.js';
import { DEFAULT_RULES, runChecks } from './run-checks.js';

const DRAFT = [
  '秘密★1年',
  '关于进一步加强网络意识形态工作的通知',
  '各科室：为认真学习贯彻习近平新时代特色社会主义思想，现将有关事项通知如下。',
  '一、联系人：张三，电话138-1234-5678，身份证440308199901101512。',
  '二、请于本周内完成布署，详见http://10.2.3.4/oa/notice。',
].join('\n');

describe('runChecks', () => {
  it('runs every text checker and returns findings in reading order', () => {
    const found = runChecks(DRAFT).map((f) => [f.rule, f.severity, DRAFT.slice(f.start, f.end), f.suggestion]);
    expect(found).toEqual([
      ['classification_marking', 'block', '秘密★1年', null],
      ['formulation', 'warn', '新时代特色社会主义', '新时代中国特色社会主义'],
      ['mobile', 'warn', '138-1234-5678', null],
      ['resident_id', 'block', '440308199901101512', null],
      ['wrong_character', 'warn', '布署', '部署'],
      ['link_private', 'block', 'http://10.2.3.4/oa/notice', null],
    ]);
  });

  it('follows the unit list, the language and the reference day', () => {
    const rules = { ...DEFAULT_RULES, words: [{ word: '张三', note: '不点名' }], formulations: [], locale: 'en' as const, today: new Date('1990-01-01') };
    const found = runChecks(DRAFT, rules);
    // No formulation list any more, and on 1 January 1990 nobody can have been born in 1999: no ID.
    expect(found.map((f) => f.rule)).toEqual(['classification_marking', 'word_list', 'mobile', 'wrong_character', 'link_private']);
    expect(found[1].message).toBe('"张三" is on the unit\'s word list (不点名)');
  });

  it('has a Chinese and an English message for every rule', () => {
    for (const rule of RULES) {
      expect(FINDING_MESSAGES[rule]['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(FINDING_MESSAGES[rule].en).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('finds nothing in an empty text', () => expect(runChecks('')).toEqual([]));
});

describe('runChecks performance', () => {
  /** A draft with something to find in every paragraph, repeated to the wanted length. */
  const draftOf = (chars: number) => {
    const unit = `${DRAFT}\n按照“谁主管谁负责”的原则，落实意识形态工作责任制，2026年10月1日前完成，订单号202310011234567890123，金额12,345.67元。\n`;
    return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
  };

  it('checks 200 pages (200,000 characters) without holding the server', () => {
    const text = draftOf(200_000);
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      runChecks(text);
      runs.push(performance.now() - t0);
    }
    // Measured around 30-40 ms. Anything quadratic in the length would take minutes here, so an
    // absolute bound catches it without the flakiness of comparing two timings on a busy machine.
    expect(runs.sort((a, b) => a - b)[2]).toBeLessThan(500);
  });

  it('does not backtrack on hostile input', () => {
    const hostile = [
      '1 '.repeat(50_000),
      '1234 '.repeat(40_000),
      '秘密'.repeat(50_000),
      '【内部'.repeat(30_000),
      '仅供'.repeat(50_000),
      'http://'.repeat(20_000),
      `http://a${'.'.repeat(100_000)}`,
      `http://a/${')'.repeat(100_000)}`,
      'A1'.repeat(50_000),
      'X'.repeat(100_000),
    ];
    for (const text of hostile) {
      const t0 = performance.now();
      runChecks(text);
      expect(performance.now() - t0, text.slice(0, 10)).toBeLessThan(500);
    }
  });
});
