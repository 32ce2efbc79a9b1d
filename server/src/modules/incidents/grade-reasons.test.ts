import { describe, expect, it } from 'vitest';
import { reasonText } from './grade-reasons.js';

describe('grading reasons carried into an incident', () => {
  it.each([
    ['a plain sentence', '省级媒体报道', '省级媒体报道'],
    ['monitoring’s bilingual reason', { rule: 'media_tier', grade: 3, 'zh-CN': '省级媒体已报道', en: 'Provincial media reported it' }, '省级媒体已报道'],
    ['a reason with text only', { text: '负面占比 62%' }, '负面占比 62%'],
    ['something unknown, kept readable', { rule: 'x' }, '{"rule":"x"}'],
  ] as const)('%s', (_name, reason, text) => {
    expect(reasonText(reason)).toBe(text);
  });
});
