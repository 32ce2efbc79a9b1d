/**
 * Resident identity numbers, GB 11643-1999: six digits of region, eight of birth date, three of
 * sequence and an ISO 7064 MOD 11-2 check character (0-9 or X); before 1999, fifteen digits with a
 * two-digit year and no check character.
 */

/** Province-level codes (GB/T 2260), with 81/82/83 used by the residence permits of Hong Kong, Macao and Taiwan residents. */
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The check character of the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** The oldest birth year accepted: centenarians received 18-digit numbers too. */
const EARLIEST_YEAR = 1880;

function isBirthDate(year: number, month: number, day: number, today: Date): boolean {
  if (year < EARLIEST_YEAR || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return false;
  return date.getTime() <= Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
}

export type ResidentIdVerdict =
  | { valid: true; form: 18 | 15 }
  | { valid: false; reason: 'format' | 'region' | 'birth_date' | 'check_digit' };

/** Checks an 18-digit number (X in any case as the last character) or a 15-digit legacy number. */
export function validateResidentId(id: string, today: Date = new Date()): ResidentIdVerdict {
  const value = id.toUpperCase();
  const form = /^\d{17}[\dX]$/.test(value) ? 18 : /^\d{15}$/.test(value) ? 15 : null;
  if (!form) return { valid: false, reason: 'format' };
  if (!PROVINCES.has(value.slice(0, 2))) return { valid: false, reason: 'region' };
  const [year, month, day] =
    form === 18
      ? [Number(value.slice(6, 10)), Number(value.slice(10, 12)), Number(value.slice(12, 14))]
      : [1900 + Number(value.slice(6, 8)), Number(value.slice(8, 10)), Number(value.slice(10, 12))];
  if (!isBirthDate(year, month, day, today)) return { valid: false, reason: 'birth_date' };
  if (form === 18 && residentIdCheckChar(value) !== value[17]) return { valid: false, reason: 'check_digit' };
  return { valid: true, form };
}
