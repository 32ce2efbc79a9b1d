/**
 * Unified social credit codes, GB 32100-2015: registration authority (1 char), organisation kind
 * (1), administrative region (6 digits), organisation code (9) and a check character, over a
 * 31-character alphabet without I, O, S, V and Z, weighted by 3^i mod 31.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = Array.from({ length: 17 }, (_, i) => 3 ** i % 31);
const PROVINCE_OR_NATIONAL = /^(?:1[0-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5])$/;
const SHAPE = /^[1-9ANY][1-9][0-9]{6}[0-9A-HJ-NP-RTUW-Y]{10}$/;

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return ALPHABET[(31 - (sum % 31)) % 31];
}

export type CreditCodeVerdict = { valid: true } | { valid: false; reason: 'format' | 'check_char' };

/** `format` means it is not shaped like a code at all; `check_char` that it is but the last character disagrees. */
export function validateCreditCode(code: string): CreditCodeVerdict {
  if (!SHAPE.test(code) || !PROVINCE_OR_NATIONAL.test(code.slice(2, 4))) return { valid: false, reason: 'format' };
  return creditCodeCheckChar(code) === code[17] ? { valid: true } : { valid: false, reason: 'check_char' };
}
