import { describe, expect, it } from 'vitest';
import { checkFormulations, checkWordList, checkWrongCharacters } from './wording.js';
import { DEFAULT_WRONG_CHARACTERS } from './wording-defaults.js';

const spans = (text: string, findings: { start: number; end: number; suggestion: string | null }[]) =>
  findings.map((f) => [text.slice(f.start, f.end), f.suggestion]);

describe('checkWrongCharacters', () => {
  it.each<[string, string, [string, string][]]>([
    ['布署 (seed)', '关键工作亲自布署、关键问题亲自过问', [['布署', '部署']]],
    ['宜传 (seed)', '大力宜传时代楷模', [['宜传', '宣传']]],
    ['位臵 (seed)', '要站在高的位臵和广的视角', [['臵', '置']]],
    ['耍迫究 as one error (seed)', '有下列情形之一的,耍迫究责任。', [['耍迫究', '要追究']]],
    ['迫究 alone', '依法迫究责任', [['迫究', '追究']]],
    ['负总则 (seed)', '对全局意识形态工作负总则', [['负总则', '负总责']]],
    ['截止目前 (seed)', '截止目前,我局共计报送', [['截止目前', '截至目前']]],
    ['精气袖 (seed)', '提振精气袖。', [['精气袖', '精气神']]],
    ['既使', '既使遇到困难，也要坚持', [['既使', '即使']]],
    ['按装', '按装监控设备', [['按装', '安装']]],
    ['two idioms', '再接再励，一如继往', [['再接再励', '再接再厉'], ['一如继往', '一如既往']]],
  ])('finds %s', (_name, text, expected) => expect(spans(text, checkWrongCharacters(text))).toEqual(expected));

  it.each<[string, string]>([
    ['适宜 + 传播', '上网信息现在对外公布是否适宜传播'],
    ['不宜 + 传阅', '此类材料不宜传阅'],
    ['因地制宜 + 传承', '因地制宜传承红色文化'],
    ['既 + 使用 … 又', '既使用电子台账，又保留纸质记录'],
    ['按 + 装修', '按装修标准验收'],
    ['标签 + 定位', '撕掉金融标签定位服务'],
    ['立即 + 然后', '立即然后上报'],
    ['the right forms', '部署、宣传、位置、追究、负总责、截至目前、精气神、即使、安装'],
  ])('leaves %s alone', (_name, text) => expect(checkWrongCharacters(text)).toEqual([]));

  it('has at least forty entries, none repeated, each exception containing its wrong form', () => {
    const wrong = DEFAULT_WRONG_CHARACTERS.map((e) => e.wrong);
    expect(wrong.length).toBeGreaterThanOrEqual(40);
    expect(new Set(wrong).size).toBe(wrong.length);
    for (const e of DEFAULT_WRONG_CHARACTERS) {
      expect(e.wrong).not.toBe(e.right);
      for (const x of e.except ?? []) expect(x).toContain(e.wrong);
    }
  });
});

describe('checkFormulations', () => {
  it.each<[string, string, [string, string][]]>([
    ['the thought without 中国 (seed)', '认真学习贯彻习近平新时代特色社会主义思想和党的十九大精神', [['新时代特色社会主义', '新时代中国特色社会主义']]],
    ['the same with the name elided (seed)', '紧紧围绕***新时代特色社会主义思想', [['新时代特色社会主义', '新时代中国特色社会主义']]],
    ['the pre-2016 formulation (seed)', '同以习近平同志为总书记的党中央保持高度一致', [['以习近平同志为总书记的党中央', '以习近平同志为核心的党中央']]],
    ['一带一路 as strategy', '推进一带一路战略', [['一带一路战略', '一带一路倡议']]],
  ])('finds %s', (_name, text, expected) => expect(spans(text, checkFormulations(text))).toEqual(expected));

  it.each<[string, string]>([
    ['the full name of the thought', '习近平新时代中国特色社会主义思想'],
    ['the current formulation', '以习近平同志为核心的党中央'],
    ['十九大 and 两学一做', '党的十九大精神、两学一做学习教育'],
    ['一带一路倡议', '共建一带一路倡议'],
  ])('leaves %s alone', (_name, text) => expect(checkFormulations(text)).toEqual([]));

  it('uses the unit list with its note in the message', () => {
    const text = '落实街道办事处的要求';
    const [f] = checkFormulations(text, { formulations: [{ wrong: '街道办事处', right: '街道办', note: '本单位简称' }] });
    expect(f).toMatchObject({ rule: 'formulation', severity: 'warn', text: '街道办事处', suggestion: '街道办' });
    expect(f.message).toBe('「街道办事处」不是规范表述，应为「街道办」（本单位简称）');
  });
});

describe('checkWordList', () => {
  it('is empty by default', () => expect(checkWordList('任何文字')).toEqual([]));

  it('matches the longest word first, ignoring width and case, without overlaps', () => {
    const words = [{ word: '翻墙' }, { word: '翻墙软件', note: '请勿推荐' }, { word: 'vpn' }, { word: '' }];
    const text = '不得使用翻墙软件或ＶＰＮ，也不得翻墙。';
    const found = checkWordList(text, { words });
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['翻墙软件', 'ＶＰＮ', '翻墙']);
    expect(found.map((f) => f.severity)).toEqual(['warn', 'warn', 'warn']);
    expect(found[0].message).toBe('「翻墙软件」在本单位的审核词表中（请勿推荐）');
    expect(checkWordList(text, { words, locale: 'en' })[2].message).toBe('"翻墙" is on the unit\'s word list');
  });

  it('handles characters outside the BMP', () => {
    const text = '姓名𠀀𠀁测试';
    const [f] = checkWordList(text, { words: [{ word: '𠀁测' }] });
    expect(text.slice(f.start, f.end)).toBe('𠀁测');
  });
});
