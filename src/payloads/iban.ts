/** IBAN (ISO 13616, ISO 7064 MOD 97-10) and BIC (ISO 9362) checks for SEPA credit transfers. */
import { ok, fail, type Result } from '../result.js';

/**
 * IBAN length of every country in the SEPA payment schemes (EPC409-09: EU, EEA, CH, GB, SM, VA, MC,
 * AD and, since 2024–2025, AL, ME, MK, MD, RS), plus Gibraltar, the one territory with its own prefix.
 * Lengths from the SWIFT IBAN Registry.
 */
export const SEPA_IBAN_LENGTHS: Readonly<Record<string, number>> = Object.freeze({
  AD: 24, AL: 28, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24,
  FI: 18, FR: 27, GB: 22, GI: 23, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20,
  LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24,
  RS: 22, SE: 24, SI: 19, SK: 24, SM: 27, VA: 22,
});

// SEPA territories whose accounts carry their parent's IBAN prefix (some IBAN tables list them apart).
const BORROWED: Readonly<Record<string, string>> = {
  AX: 'FI', BL: 'FR', GF: 'FR', GP: 'FR', MF: 'FR', MQ: 'FR', PM: 'FR', RE: 'FR', YT: 'FR',
  GG: 'GB', IM: 'GB', JE: 'GB',
};

/** ISO 7064 MOD 97-10 of letters (A=10 … Z=35) and digits, one character at a time. */
function mod97(s: string): number {
  let r = 0;
  for (const c of s) {
    const v = parseInt(c, 36);
    r = (r * (v < 10 ? 10 : 100) + v) % 97;
  }
  return r;
}

const shown = (c: string) =>
  /[\p{L}\p{N}\p{P}\p{S}]/u.test(c) ? `“${c}”` : `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Reads an IBAN typed in print format (spaces or non-breaking spaces, any case, an optional leading
 * `IBAN`) and returns its electronic format, or why it can't receive a SEPA credit transfer.
 */
export function parseIban(input: string): Result<string> {
  const raw = input.replace(/[ \u00a0\u2007\u202f]/g, '').replace(/^iban:?/i, '');
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
  // 00, 01 and 99 are never issued, yet 00 and 97 (01 and 98, 99 and 02) pass the same remainder test.
  if (check === '00' || check === '01' || check === '99') {
    return fail(`The check digits ${check} are never used in an IBAN (they run from 02 to 98): probably a typo.`);
  }
  if (mod97(iban.slice(4) + iban.slice(0, 4)) !== 1) {
    return fail('The check digits do not match: probably a typo. Compare the IBAN with your bank statement.');
  }
  if ((country === 'CH' || country === 'LI') && /^3[01]\d{3}$/.test(iban.slice(4, 9))) {
    return fail("This is a QR-IBAN, which only works for Swiss QR-bills, not for SEPA transfers: use the account's regular IBAN.");
  }
  return ok(iban);
}

/** Print format: groups of four characters separated by spaces. */
export function formatIban(iban: string): string {
  return iban.replace(/\s+/g, '').toUpperCase().replace(/(.{4})(?!$)/g, '$1 ');
}

/**
 * Reads a BIC (ISO 9362): 4 letters for the bank, 2 for the country, 2 letters or digits for the
 * location, optionally 3 for the branch. Returns it in upper case.
 */
export function parseBic(input: string): Result<string> {
  const bic = input.replace(/[ \u00a0]/g, '');
  if (!bic) return fail('The BIC is empty.');
  // Tested before upper-casing, which would turn ß into SS.
  if (!/^[A-Za-z]{6}[A-Za-z0-9]{2}(?:[A-Za-z0-9]{3})?$/.test(bic)) {
    return fail(`“${input.trim()}” is not a BIC: a BIC has 8 or 11 characters, 4 letters for the bank, 2 for the country, 2 letters or digits for the location and optionally 3 for the branch.`);
  }
  return ok(bic.toUpperCase());
}
