/**
 * Why an IBAN is refused. A SEPA page fetches this module only when `sepaIban` (iban.ts) refuses
 * the value it is given: the site owner then reads what to fix.
 */
import { ok, fail, type Result } from '../result.js';
import type * as Iban from './iban.js';

/**
 * The checks of iban.ts that parseIban builds on, handed over by the code that fetched this module
 * and has them already: imported here, they would make the bundler expose them from that code's
 * chunk, at a cost to every SEPA page.
 */
export type IbanChecks = Pick<typeof Iban, 'SEPA_IBAN_LENGTHS' | 'compactIban' | 'mod97' | 'sepaIban'>;

// SEPA territories whose accounts carry their parent's IBAN prefix (some IBAN tables list them apart).
const BORROWED: Readonly<Record<string, string>> = {
  AX: 'FI', BL: 'FR', GF: 'FR', GP: 'FR', MF: 'FR', MQ: 'FR', PM: 'FR', RE: 'FR', YT: 'FR',
  GG: 'GB', IM: 'GB', JE: 'GB',
};

const shown = (c: string) =>
  /[\p{L}\p{N}\p{P}\p{S}]/u.test(c) ? `“${c}”` : `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Reads an IBAN as `sepaIban` does (the same values are accepted, in the same electronic format)
 * and, when it is refused, says why, in the order of its checks.
 */
export function parseIban(input: string, { SEPA_IBAN_LENGTHS, compactIban, mod97, sepaIban }: IbanChecks): Result<string> {
  const accepted = sepaIban(input);
  if (accepted) return ok(accepted);
  const raw = compactIban(input);
  if (!raw) return fail('The IBAN is empty: copy it from your bank statement or banking app.');
  const bad = raw.match(/[^A-Za-z0-9]/u);
  if (bad) return fail(`The IBAN contains ${shown(bad[0])}, which is not allowed: an IBAN has only letters and digits, optionally grouped by spaces.`);
  const iban = raw.toUpperCase();
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(iban)) {
    return fail('This is not an IBAN: an IBAN starts with a two-letter country code and two check digits, for example DE89 3704 0044 0532 0130 00.');
  }
  const country = iban.slice(0, 2);
  const length = SEPA_IBAN_LENGTHS[country];
  if (!length) {
    if (BORROWED[country]) return fail(`IBANs from ${country} start with ${BORROWED[country]}, not ${country}: check the first two letters.`);
    return fail(
      iban.length <= 34 && mod97(iban.slice(4) + iban.slice(0, 4)) === 1
        ? `This is a valid IBAN format but ${country} is not a SEPA country; SEPA transfers need an IBAN from a SEPA country.`
        : `${country} is not a SEPA country; SEPA transfers need an IBAN from a SEPA country.`,
    );
  }
  if (iban.length !== length) {
    return fail(`An IBAN from ${country} has ${length} characters, but this one has ${iban.length}: check for missing or extra characters.`);
  }
  const check = iban.slice(2, 4);
  if (check === '00' || check === '01' || check === '99') {
    return fail(`The check digits ${check} are never used in an IBAN (they run from 02 to 98): probably a typo.`);
  }
  if (mod97(iban.slice(4) + iban.slice(0, 4)) !== 1) {
    return fail('The check digits do not match: probably a typo. Compare the IBAN with your bank statement.');
  }
  // What sepaIban refuses besides: a Swiss or Liechtenstein QR-IBAN.
  return fail("This is a QR-IBAN, which only works for Swiss QR-bills, not for SEPA transfers: use the account's regular IBAN.");
}
