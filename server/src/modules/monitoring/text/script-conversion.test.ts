import path from 'node:path';
import { ConverterFactory, type DictGroup } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset/t2cn';
import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { loadTextCorpus } from './eval-corpus.js';
import { scriptConverter } from './script-conversion.js';

const T2S = Locale.configs.t2s as (typeof Locale.configs)[string] & { normalizationChain: readonly DictGroup[] };

/** Each chain the code uses, beside OpenCC's own converter for it. */
const chains: [string, (text: string) => string, (text: string) => string][] = [
  ['Hong Kong → mainland', scriptConverter([...Locale.from.hk, ...Locale.to.cn]), ConverterFactory(...Locale.from.hk, ...Locale.to.cn)],
  ['t2s', scriptConverter([...T2S.normalizationChain, ...T2S.conversionChain]), OpenCC.Converter({ from: 't', to: 'cn' })],
];

const texts = [
  '',
  '简体中文没有要换的字',
  '頭髮發展，後來著名',
  '一乾二淨 乾燥 乾杯 乾隆',
  '香港行政長官林鄭月娥到訪 這些「黑科技」你見過未？',
  '臺灣網路裡面的資訊',
  '豐\ufa0c兀\uf900 兼容汉字',
  '⿰氵主 描述序列 ⿱艹⿰氵主後來',
  '𠮷野家 🍜 表情 😂 後',
  '孤立的代理 \ud800 後 \udc00 發',
  'ASCII only: iPhone 12, 100%',
];

describe('scriptConverter', () => {
  it.each(chains)('converts as OpenCC does: %s', (_name, fast, opencc) => {
    for (const text of texts) expect(fast(text)).toBe(opencc(text));
  });

  it.each(chains)('converts the corpora as OpenCC does: %s', (_name, fast, opencc) => {
    const corpus = loadTextCorpus(path.resolve(import.meta.dirname, '../../../../../../shared/corpora'));
    const sample = [...corpus.weibo.slice(0, 2000), ...corpus.news.filter((_, i) => i % 20 === 0)];
    expect(sample.filter((text) => fast(text) !== opencc(text))).toEqual([]);
  });
});
