import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, validateCreditCode } from './credit-code.js';
import { luhnCheckDigit, luhnValid } from './luhn.js';
import { residentIdCheckChar, validateResidentId } from './resident-id.js';

const today = new Date('2026-11-29T00:00:00Z');
const withCheck = (first17: string) => first17 + creditCodeCheckChar(first17);

describe('validateResidentId', () => {
  it.each<[string, string, ReturnType<typeof validateResidentId>]>([
    ['a valid 18-digit number', '440308199901101512', { valid: true, form: 18 }],
    ['X as check character', '11010119900307867X', { valid: false, reason: 'check_digit' }],
    ['lower-case x accepted', '65282419840210443x', { valid: true, form: 18 }],
    ['a valid legacy 15-digit number', '610104620927690', { valid: true, form: 15 }],
    ['legacy with 32 September', '610104620932690', { valid: false, reason: 'birth_date' }],
    ['29 February of a non-leap year', '440308199102291512', { valid: false, reason: 'birth_date' }],
    ['29 February of 2000', '44030820000229' + '151' + residentIdCheckChar('44030820000229151'), { valid: true, form: 18 }],
    ['born tomorrow', '44030820261130' + '151' + residentIdCheckChar('44030820261130151'), { valid: false, reason: 'birth_date' }],
    ['province 04 does not exist', '04522119901117536X', { valid: false, reason: 'region' }],
    ['province 40 does not exist', '40002003010202260X', { valid: false, reason: 'region' }],
    ['Hong Kong residence permit', '810000199408230021', { valid: true, form: 18 }],
    ['17 digits', '44522119901117536', { valid: false, reason: 'format' }],
    ['a letter inside', '4403081999O1101512', { valid: false, reason: 'format' }],
  ])('%s: %s', (_name, id, verdict) => expect(validateResidentId(id, today)).toEqual(verdict));
});

describe('validateCreditCode', () => {
  it.each<[string, string, ReturnType<typeof validateCreditCode>]>([
    ['the code printed in GB 32100 examples', '91350100M000100Y43', { valid: true }],
    ['a wrong check character', '91350100M000100Y44', { valid: false, reason: 'check_char' }],
    ['a letter outside the alphabet (O)', '91350100M0O0100Y43', { valid: false, reason: 'format' }],
    ['region 99 does not exist', '91990100M000100Y43', { valid: false, reason: 'format' }],
    ['a central-level code (region 10)', withCheck('12100000400000011'), { valid: true }],
    ['too short', '91350100M000100Y4', { valid: false, reason: 'format' }],
  ])('%s: %s', (_name, code, verdict) => expect(validateCreditCode(code)).toEqual(verdict));
});

describe('luhn', () => {
  it.each([
    ['4111111111111111', true],
    ['4111111111111112', false],
    ['79927398713', true],
    ['79927398710', false],
  ])('%s → %s', (digits, ok) => expect(luhnValid(digits)).toBe(ok));

  it('completes any prefix into a valid number', () => {
    for (const prefix of ['622202123456789', '4111111111111', '0']) expect(luhnValid(prefix + luhnCheckDigit(prefix))).toBe(true);
  });
});
