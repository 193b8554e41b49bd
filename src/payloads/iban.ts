/** IBAN (ISO 13616, ISO 7064 MOD 97-10) and BIC (ISO 9362) checks for SEPA credit transfers. */
import { ok, fail, type Result } from '../result.js';

/**
 * IBAN length of each country of the European Economic Area (the EU, Iceland, Liechtenstein,
 * Norway), where an EPC QR code may leave out the BIC (epc-qr.ts). Lengths from the SWIFT IBAN
 * Registry.
 */
export const EEA_IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AT: 20, BE: 16, BG: 22, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18, FR: 27, GR: 27,
  HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20, LU: 20, LV: 21, MT: 31, NL: 18, NO: 15,
  PL: 28, PT: 25, RO: 24, SE: 24, SI: 19, SK: 24,
};

/**
 * IBAN length of every country in the SEPA payment schemes (EPC409-09): the EEA, CH, GB, SM, VA,
 * MC, AD and, since 2024–2025, AL, ME, MK, MD, RS; plus Gibraltar, the one territory with its own
 * prefix.
 */
export const SEPA_IBAN_LENGTHS: Readonly<Record<string, number>> = {
  ...EEA_IBAN_LENGTHS,
  AD: 24, AL: 28, CH: 21, GB: 22, GI: 23, MC: 27, MD: 24, ME: 22, MK: 19, RS: 22, SM: 27, VA: 22,
};

/** ISO 7064 MOD 97-10 of letters (A=10 … Z=35) and digits, one character at a time. */
export function mod97(s: string): number {
  let r = 0;
  for (const c of s) {
    const v = parseInt(c, 36);
    r = (r * (v < 10 ? 10 : 100) + v) % 97;
  }
  return r;
}

/** The value without the spaces of the print format (also non-breaking) and an optional leading `IBAN`. */
export const compactIban = (input: string) => input.replace(/[ \u00a0\u2007\u202f]/g, '').replace(/^iban:?/i, '');

/**
 * The electronic format of an IBAN typed in print format (spaces or non-breaking spaces, any case,
 * an optional leading `IBAN`) that can receive a SEPA credit transfer; else null.
 * - Letters and digits only; a two-letter country code and two check digits first.
 * - A SEPA country, and that country's length.
 * - Check digits 02 to 98 that pass MOD 97-10 (00, 01 and 99 are never issued, yet 00 and 97, 01
 *   and 98, 99 and 02 pass the same remainder test).
 * - Not a Swiss or Liechtenstein QR-IBAN (institution id 30000–31999), which only QR-bills use.
 *
 * It only accepts or refuses, so that a page whose IBAN is right loads no more: `parseIban`
 * (iban-errors.ts, fetched for a refused value) accepts the same values and says why it refuses.
 */
export function sepaIban(input: string): string | null {
  const raw = compactIban(input);
  const iban = raw.toUpperCase();
  return /^[A-Za-z]{2}\d\d[A-Za-z\d]+$/.test(raw) &&
    SEPA_IBAN_LENGTHS[iban.slice(0, 2)] === iban.length &&
    !/^..(?:0[01]|99)|^(?:CH|LI)..3[01]\d{3}/.test(iban) &&
    mod97(iban.slice(4) + iban.slice(0, 4)) === 1
    ? iban
    : null;
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
