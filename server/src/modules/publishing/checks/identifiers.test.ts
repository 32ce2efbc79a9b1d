import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from './credit-code.js';
import { checkIdentifiers } from './identifiers.js';
import { luhnCheckDigit } from './luhn.js';
import { residentIdCheckChar } from './resident-id.js';

const today = new Date('2026-11-29T00:00:00Z');
const id = (first17: string) => first17 + residentIdCheckChar(first17);
const card = (partial: string) => partial + luhnCheckDigit(partial);
const code = (first17: string) => first17 + creditCodeCheckChar(first17);
const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

const ID = '440308199901101512';
const UNIONPAY = card('622202123456789012');

/** [case, text, expected findings as [rule, severity, the exact original text found, masked text]] */
type Row = [string, string, [string, string, string, string][]];

describe('checkIdentifiers', () => {
  it.each<Row>([
    ['a resident ID', `身份证号${ID}。`, [['resident_id', 'block', ID, '4403**********1512']]],
    ['an ID written in groups of four', '身份证号 4403 0819 9901 1015 12 已登记', [['resident_id', 'block', '4403 0819 9901 1015 12', '4403**********1512']]],
    ['the example of the issue, 6101 0419 9001 0112 34', '身份证：6101 0419 9001 0112 34。', [['resident_id', 'block', '6101 0419 9001 0112 34', '6101**********1234']]],
    ['full-width digits with ideographic spaces', '手机１３８\u3000１２３４\u3000５６７８', [['mobile', 'warn', '１３８\u3000１２３４\u3000５６７８', '138****5678']]],
    ['an ID written 6-8-4', '440308 19990110 1512', [['resident_id', 'block', '440308 19990110 1512', '4403**********1512']]],
    ['an ID in full-width digits', `证件：${fullWidth(ID)}`, [['resident_id', 'block', fullWidth(ID), '4403**********1512']]],
    ['an ID ending in x', '号码65282419840210443x，', [['resident_id', 'block', '65282419840210443x', '6528**********443X']]],
    ['an ID ending in full-width Ｘ', '65282419840210443Ｘ', [['resident_id', 'block', '65282419840210443Ｘ', '6528**********443X']]],
    ['a legacy 15-digit ID', '老证号610104620927690', [['resident_id', 'block', '610104620927690', '6101*******7690']]],
    ['a wrong check digit is a possible ID', '440308199901101513', [['resident_id_suspect', 'warn', '440308199901101513', '4403**********1513']]],
    ['an ID and a phone side by side', `${ID} 13812345678`, [['resident_id', 'block', ID, '4403**********1512'], ['mobile', 'warn', '13812345678', '138****5678']]],
    ['a mobile number', '联系电话：13812345678。', [['mobile', 'warn', '13812345678', '138****5678']]],
    ['a mobile number with dashes', '138-1234-5678', [['mobile', 'warn', '138-1234-5678', '138****5678']]],
    ['a mobile number with spaces', '手机 199 1234 5678 联系', [['mobile', 'warn', '199 1234 5678', '199****5678']]],
    ['a mobile number with +86', '+86 138 1234 5678', [['mobile', 'warn', '+86 138 1234 5678', '+86138****5678']]],
    ['a mobile number with 86 glued', '8613812345678', [['mobile', 'warn', '8613812345678', '+86138****5678']]],
    ['a full-width mobile number', '电话１３８１２３４５６７８', [['mobile', 'warn', '１３８１２３４５６７８', '138****5678']]],
    ['a Visa card in groups', '卡号 4111 1111 1111 1111', [['bank_card', 'block', '4111 1111 1111 1111', '4111********1111']]],
    ['a 19-digit UnionPay card', `工资卡${UNIONPAY}`, [['bank_card', 'block', UNIONPAY, '6222***********' + UNIONPAY.slice(-4)]]],
    ['a credit code with letters', '统一社会信用代码：91350100M000100Y43', [['credit_code', 'info', '91350100M000100Y43', '91350100M000100Y43']]],
    ['a credit code with a wrong check character', '代码91350100M000100Y44', [['credit_code_suspect', 'warn', '91350100M000100Y44', '91350100M000100Y44']]],
    ['an all-digit credit code that checks', `代码${code('12100000400000011')}`, [['credit_code', 'info', code('12100000400000011'), code('12100000400000011')]]],
  ])('finds %s', (_name, text, expected) => {
    const found = checkIdentifiers(text, { today });
    expect(found.map((f) => [f.rule, f.severity, text.slice(f.start, f.end), f.text])).toEqual(expected);
  });

  it.each<[string, string]>([
    ['12 as mobile prefix', '12345678901'],
    ['ten digits', '1381234567'],
    ['twelve digits', '138123456789'],
    ['a phone-like number glued to letters', '型号A13812345678'],
    ['a decimal', '圆周率3.13812345678'],
    ['an amount', '总投资15000000000元'],
    ['an amount with currency sign', '￥13900000000'],
    ['a landline', '029-88881234'],
    ['a date and time', '2023-10-01 12:30:45'],
    ['a long date', '20231001'],
    ['an 18-digit order number with an impossible date', '202313451234567890'],
    ['an 18-digit number with an unknown province', '991234199001011234'],
    ['16 digits failing Luhn', '4111111111111112'],
    ['16 digits passing Luhn but starting like no card', card('201910011234567')],
    ['a 20-digit waybill', '12345678901234567890'],
    ['a list of small numbers', '第 1 3 8 1 2 3 4 5 6 7 8 项'],
    ['an all-digit code failing its check', '121000004000000119'],
    ['a credit-code-shaped string glued to letters', 'X91350100M000100Y43'],
    ['a postcode and a year', '邮编710000，2026年'],
  ])('ignores %s', (_name, text) => expect(checkIdentifiers(text, { today })).toEqual([]));

  it('reports a mixed text in order with messages in the chosen language', () => {
    const text = `张三，身份证${id('61010419900101123')}，电话138 1234 5678。`;
    const zh = checkIdentifiers(text, { today });
    expect(zh.map((f) => f.rule)).toEqual(['resident_id', 'mobile']);
    expect(zh[0].message).toMatch(/^居民身份证号码（6101\*+/);
    expect(checkIdentifiers(text, { today, locale: 'en' })[1].message).toBe('Mobile number (138****5678): unless it is a public office number, remove or mask it');
  });
});
