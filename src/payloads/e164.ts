/**
 * International phone numbers (ITU-T E.164): `+`, a 1–3 digit country code, at most 15 digits in
 * all. Mobile-money wallets pay to a number, so a number must carry its country code.
 */
import { fail, ok, type Result } from '../result.js';

/** Country codes of one and two digits; every other assigned code has three (codes are prefix-free). */
const SHORT_CODES = new Set(
  '1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'.split(' '),
);

/**
 * National significant number lengths and the grouping people write them in, for the mobile-money
 * markets (national numbering plans as published to the ITU). Other countries: 2–14 digits, in pairs.
 */
const PLANS: Record<string, { length: number; groups: number[] }> = {
  '221': { length: 9, groups: [2, 3, 2, 2] }, // Senegal: 77 123 45 67
  '223': { length: 8, groups: [2, 2, 2, 2] }, // Mali
  '224': { length: 9, groups: [3, 2, 2, 2] }, // Guinea
  '225': { length: 10, groups: [2, 2, 2, 2, 2] }, // Côte d'Ivoire: 07 12 34 56 78
  '226': { length: 8, groups: [2, 2, 2, 2] }, // Burkina Faso
  '227': { length: 8, groups: [2, 2, 2, 2] }, // Niger
  '228': { length: 8, groups: [2, 2, 2, 2] }, // Togo
  '229': { length: 10, groups: [2, 2, 2, 2, 2] }, // Benin (10 digits since 2024)
  '233': { length: 9, groups: [2, 3, 4] }, // Ghana: 24 123 4567
  '234': { length: 10, groups: [3, 3, 4] }, // Nigeria: 803 123 4567
  '237': { length: 9, groups: [1, 2, 2, 2, 2] }, // Cameroon: 6 71 23 45 67
  '242': { length: 9, groups: [2, 3, 4] }, // Congo: 06 123 4567
  '243': { length: 9, groups: [2, 3, 4] }, // DR Congo: 81 234 5678
  '250': { length: 9, groups: [3, 3, 3] }, // Rwanda
  '254': { length: 9, groups: [3, 3, 3] }, // Kenya: 712 345 678
  '255': { length: 9, groups: [3, 3, 3] }, // Tanzania
  '256': { length: 9, groups: [3, 3, 3] }, // Uganda
  '260': { length: 9, groups: [2, 3, 4] }, // Zambia
  '261': { length: 9, groups: [2, 2, 3, 2] }, // Madagascar: 32 12 345 67
};

export interface PhoneNumber {
  /** `+` and digits: `+221771234567`. */
  e164: string;
  countryCode: string;
  /** Grouped for reading: `+221 77 123 45 67`. */
  display: string;
}

function group(digits: string, sizes: number[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  return parts.join(' ');
}

/** Pairs from the end, a single leading digit first when the count is odd: `6 12 34 56 78`. */
const pairs = (digits: string) => group(digits, [digits.length % 2 || 2, ...Array(Math.ceil(digits.length / 2) - 1).fill(2)]);

/**
 * Reads an international number: spaces, dots and dashes are removed, `00` may stand for `+`.
 * A number without its country code is refused with a message that asks for it.
 */
export function parsePhoneNumber(input: string): Result<PhoneNumber> {
  const compact = input.trim().replace(/^tel:/i, '').replace(/[\s.\-\u00a0\u202f]/g, '');
  if (!compact) return fail('The phone number is empty.');
  if (/[^+\d]/.test(compact)) {
    return fail('A phone number has only digits, after a + and the country code, like +221 77 123 45 67.');
  }
  const international = compact.startsWith('+') ? compact.slice(1) : compact.startsWith('00') ? compact.slice(2) : null;
  if (international === null) {
    return fail('Write the number with its country code, like +221 77 123 45 67 (Senegal) or +225 07 12 34 56 78 (Côte d’Ivoire).');
  }
  if (!/^[1-9]\d+$/.test(international)) return fail('After the +, the country code comes first and never starts with 0.');
  if (international.length > 15) return fail(`The number is too long: an international number has at most 15 digits, this one ${international.length}.`);
  const countryCode = [1, 2, 3].map((n) => international.slice(0, n)).find((code, i) => i === 2 || SHORT_CODES.has(code))!;
  const national = international.slice(countryCode.length);
  const plan = PLANS[countryCode];
  if (plan && national.length !== plan.length) {
    return fail(`Numbers in +${countryCode} have ${plan.length} digits after the country code; this one has ${national.length}.`);
  }
  if (national.length < 4) return fail('The number is too short.');
  const e164 = `+${international}`;
  return ok({ e164, countryCode, display: `+${countryCode} ${plan ? group(national, plan.groups) : pairs(national)}` });
}
