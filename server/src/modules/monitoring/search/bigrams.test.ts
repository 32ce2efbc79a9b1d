import { describe, expect, it } from 'vitest';
import { fts5Document, fts5Query, indexTerms, queryParts, tsqueryLiteral, tsvectorLiteral } from './bigrams.js';

describe('search terms', () => {
  it.each([
    ['拆迁安置', ['拆迁', '迁安', '安置', '置', null]],
    ['舆情，监测', ['舆情', '情', null, '监测', '测', null]],
    ['Ａ股 ok', ['a股', '股', null, 'ok', 'k', null]],
    ['臺灣', ['台湾', '湾', null]],
    ['灞', ['灞', null]],
    ['', []],
  ])('%s is indexed as %j', (text, terms) => {
    expect(indexTerms(text)).toEqual(terms);
  });

  it.each([
    ['舆情', [{ kind: 'phrase', bigrams: ['舆情'] }]],
    ['拆迁安置', [{ kind: 'phrase', bigrams: ['拆迁', '迁安', '安置'] }]],
    ['灞桥 拆迁', [{ kind: 'phrase', bigrams: ['灞桥'] }, { kind: 'phrase', bigrams: ['拆迁'] }]],
    ['灞', [{ kind: 'prefix', char: '灞' }]],
    ['  ，。', []],
  ])('the query %s has parts %j', (query, parts) => {
    expect(queryParts(query)).toEqual(parts);
  });

  it('writes FTS5 and tsquery syntax a phrase cannot escape', () => {
    expect(fts5Document('舆情监测')).toBe('舆情 情监 监测 测');
    expect(fts5Query(queryParts('情监 灞'))).toBe('"情监" AND "灞"*');
    expect(tsvectorLiteral('舆情，监测')).toBe("'舆情':1 '情':2 '监测':4 '测':5");
    expect(tsqueryLiteral(queryParts('拆迁安 灞'))).toBe("('拆迁' <-> '迁安') & '灞':*");
    expect(queryParts(`a'b"c`)).toEqual([{ kind: 'prefix', char: 'a' }, { kind: 'prefix', char: 'b' }, { kind: 'prefix', char: 'c' }]);
  });
});
