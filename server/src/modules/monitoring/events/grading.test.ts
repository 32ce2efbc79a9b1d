import { describe, expect, it } from 'vitest';
import { DEFAULT_GRADE_RULES, gradeEvent, TIER_RANK, type GradeFigures, type GradeRule } from './grading.js';

/** A handful of self-media posts, mostly neutral: the quiet case every row below changes one thing of. */
const calm: GradeFigures = { volume: 4, sources: 2, reach: 120, negativeShare: 0.25, tierRank: TIER_RANK.self_media, velocity: 1, baselinePerHour: 0.5, sensitivity: 1 };

describe('grading with the default rules', () => {
  const cases: { name: string; change: Partial<GradeFigures>; grade: number; rules: string[] }[] = [
    { name: 'scattered comments stay IV', change: {}, grade: 4, rules: ['none'] },
    { name: 'several sites with negative voices rising: III', change: { sources: 3, negativeShare: 0.4 }, grade: 3, rules: ['several_sites_negative'] },
    { name: 'several sites but mostly neutral: IV', change: { sources: 5, negativeShare: 0.39 }, grade: 4, rules: ['none'] },
    { name: 'thirty items: III', change: { volume: 30 }, grade: 3, rules: ['volume_significant'] },
    { name: 'local media involved: III', change: { tierRank: TIER_RANK.local }, grade: 3, rules: ['local_media'] },
    { name: 'government accounts alone: IV', change: { tierRank: TIER_RANK.government }, grade: 4, rules: ['none'] },
    { name: '10,000 reposts, comments and likes: III', change: { reach: 10_000 }, grade: 3, rules: ['reach_significant'] },
    { name: 'a sensitive topic, mostly negative: III', change: { sensitivity: 2, negativeShare: 0.6, volume: 5 }, grade: 3, rules: ['sensitive_negative'] },
    { name: 'fast fermentation: II', change: { velocity: 30, baselinePerHour: 5 }, grade: 2, rules: ['fast_fermentation'] },
    { name: 'busy but not accelerating: no fermentation', change: { velocity: 30, baselinePerHour: 20 }, grade: 4, rules: ['none'] },
    { name: 'a first burst counts against a baseline of one an hour', change: { velocity: 30, baselinePerHour: 0 }, grade: 2, rules: ['fast_fermentation'] },
    { name: 'fast on a highly sensitive topic: II', change: { sensitivity: 3, velocity: 10, baselinePerHour: 2 }, grade: 2, rules: ['fast_on_key_field'] },
    { name: 'provincial media: II', change: { tierRank: TIER_RANK.provincial }, grade: 2, rules: ['mainstream_media', 'local_media'] },
    { name: 'central media, mostly neutral: II', change: { tierRank: TIER_RANK.central }, grade: 2, rules: ['mainstream_media', 'local_media'] },
    { name: 'central media, mostly negative: I', change: { tierRank: TIER_RANK.central, negativeShare: 0.5 }, grade: 1, rules: ['central_media_negative', 'mainstream_media', 'local_media'] },
    {
      name: 'a mass of negative items growing fast: I',
      change: { volume: 1000, negativeShare: 0.6, velocity: 100, baselinePerHour: 10, sources: 40 },
      grade: 1,
      rules: ['mass_negative_fast', 'fast_fermentation', 'volume_major', 'several_sites_negative', 'volume_significant'],
    },
    { name: 'huge reach, mostly negative: I', change: { reach: 1_000_000, negativeShare: 0.5 }, grade: 1, rules: ['reach_extreme', 'reach_major', 'reach_significant'] },
  ];
  it.each(cases)('$name', ({ change, grade, rules }) => {
    const g = gradeEvent({ ...calm, ...change }, DEFAULT_GRADE_RULES);
    expect(g.grade).toBe(grade);
    expect(g.reasons.map((r) => r.rule)).toEqual(rules);
    for (const r of g.reasons) {
      expect(r['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(r.en).toMatch(/^[\x20-\x7e×≥—’]+$/);
    }
  });

  it('says in both languages which figures reached which minimum', () => {
    const [reason] = gradeEvent({ ...calm, sources: 4, negativeShare: 0.5 }, DEFAULT_GRADE_RULES).reasons;
    expect(reason['zh-CN']).toBe('多个网站传播，负面声音上升：来源 4 个（≥ 3），负面占比 50%（≥ 40%）');
    expect(reason.en).toBe('several sites, negative voices rising: 4 sources (≥ 3), negative share 50% (≥ 40%)');
  });

  it('follows a unit’s own rules, named by the unit', () => {
    const own: GradeRule[] = [{ id: 'school_exam', grade: 2, when: { volume: 3 }, label: { 'zh-CN': '考试季三条即重大', en: 'exam season: three items are major' } }];
    const g = gradeEvent(calm, own);
    expect(g).toEqual({ grade: 2, reasons: [{ rule: 'school_exam', grade: 2, 'zh-CN': '考试季三条即重大：信息 4 条（≥ 3）', en: 'exam season: three items are major: 4 items (≥ 3)' }] });
    expect(gradeEvent(calm, [{ id: 'empty', grade: 1, when: {} }]).grade).toBe(4);
  });
});
