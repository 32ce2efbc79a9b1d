import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTextCorpus } from './eval-corpus.js';
import { normalizeText } from './normalize.js';

describe('normalizeText', () => {
  it.each<[string, string, string]>([
    ['folds full-width letters, digits and punctuation', 'ＡＢＣ１２３！？（）', 'ABC123!?()'],
    ['folds the ideographic and no-break spaces', '舆情\u3000监测\u00a0工作', '舆情 监测 工作'],
    ['keeps Chinese punctuation that has no ASCII twin', '“你好”，世界。【标题】', '“你好”,世界。【标题】'],
    ['folds circled numbers and units', '①℃', '1°C'],
    ['drops zero-width spaces and joiners, BOM, soft hyphen', '\ufeff舆\u200b情\u200d监\u00ad测\u2060', '舆情监测'],
    ['drops bidirectional marks', '\u202a投诉\u202c\u200f', '投诉'],
    ['drops control characters', '投\u0007诉\u001b\u007f\u0085内容', '投诉 内容'],
    ['collapses runs of whitespace, new lines and tabs', '  第一行\r\n\n\t第二行   第三行 ', '第一行 第二行 第三行'],
    ['simplifies generic traditional', '頭髮發展，後來著名', '头发发展,后来著名'],
    ['simplifies Hong Kong variants', '香港行政長官林鄭月娥到訪 這些「黑科技」你見過未？', '香港行政长官林郑月娥到访 这些「黑科技」你见过未?'],
    ['simplifies Taiwan forms', '臺灣網路裡面的資訊', '台湾网路里面的资讯'],
    ['changes nothing of simplified text the Taiwan chain would change (著 → 着, 么 → 幺)', '原著作者：公摊面积合理么', '原著作者:公摊面积合理么'],
    ['keeps an empty text empty', '', ''],
    ['empties a text of spaces', ' \u3000\t\n', ''],
  ])('%s', (_name, input, expected) => expect(normalizeText(input)).toBe(expected));

  it('keeps case and emoji', () => expect(normalizeText('iPhone 😂 [哈哈]')).toBe('iPhone 😂 [哈哈]'));

  it('is idempotent on the corpora', () => {
    const corpus = loadTextCorpus(path.resolve(import.meta.dirname, '../../../../../../shared/corpora'));
    const sample = [...corpus.weibo.slice(0, 2000), ...corpus.news.filter((_, i) => i % 20 === 0)];
    const unstable = sample.map(normalizeText).filter((once) => normalizeText(once) !== once);
    expect(unstable).toEqual([]);
  });
});
