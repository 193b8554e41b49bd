/** SEPA credit transfer QR payload: EPC069-12 ("EPC QR", "GiroCode"), version 002, UTF-8. */
import { ok, fail, type Result } from '../result.js';
import { EEA_IBAN_LENGTHS, parseBic, sepaIban } from './iban.js';

// QR version 13 at error correction level M, the largest the guidelines allow.
const MAX_BYTES = 331;

/** Trimmed NFC text, '' when absent; refused when too long or when it could split a line. */
function text(value: string | null | undefined, what: string, max: number): Result<string> {
  // NFC: a decomposed é would count, and cost, twice.
  const s = (value ?? '').trim().normalize('NFC');
  // Control characters, lone surrogates and Unicode line separators would break the line structure.
  if (/[\p{Cc}\p{Cs}\u2028\u2029]/u.test(s)) return fail(`${what} must fit on one line, without line breaks or control characters.`);
  const length = [...s].length;
  if (length > max) return fail(`${what} has ${length} characters; a SEPA payment allows at most ${max}.`);
  return ok(s);
}

/** `EUR` + the amount in its shortest form (`EUR12.3`, `EUR1`), as in the EPC examples. */
function amountLine(amount: number | null | undefined): Result<string> {
  if (amount === null || amount === undefined) return ok('');
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return fail('The amount must be a number of euros.');
  if (amount < 0.01) return fail('The amount must be at least 0.01 EUR.');
  if (amount > 999999999.99) return fail('The amount must be at most 999999999.99 EUR.');
  // Within this range String() never uses an exponent and gives the shortest exact decimal.
  const s = String(amount);
  if (!/^\d+(?:\.\d{1,2})?$/.test(s)) return fail(`The amount ${s} has more than 2 decimals: euro amounts are whole cents.`);
  return ok(`EUR${s}`);
}

/**
 * Builds the EPC QR payload for a SEPA credit transfer in euros: LF-separated elements, the BIC
 * only when given (required for IBANs outside the EEA), nothing after the last filled element, at
 * most 331 bytes. The IBAN may be in print format; one that `sepaIban` refuses is refused without
 * the reason (`parseIban` gives it).
 */
export function epcQr(p: {
  name: string;
  iban: string;
  bic?: string | null;
  amount?: number | null;
  remittance?: string | null;
  information?: string | null;
}): Result<string> {
  const name = text(p.name, "The beneficiary's name", 70);
  if (!name.ok) return name;
  if (!name.value) return fail("A SEPA payment needs the beneficiary's name: set the recipient attribute.");
  // Only checked here: parseIban (iban-errors.ts) says why an IBAN is refused.
  const iban = sepaIban(p.iban ?? '');
  if (!iban) return fail('This IBAN cannot receive a SEPA credit transfer.');
  const country = iban.slice(0, 2);
  let bic = '';
  if (p.bic?.trim()) {
    const parsed = parseBic(p.bic);
    if (!parsed.ok) return parsed;
    bic = parsed.value;
  } else if (!EEA_IBAN_LENGTHS[country]) {
    // Version 002 lets the BIC be left out only inside the EEA (EPC069-12, AT-23: "V2: O/M").
    return fail(`An IBAN from ${country} is outside the EEA, so a SEPA payment also needs the bank's BIC: set the sepa-bic attribute.`);
  }
  const amount = amountLine(p.amount);
  if (!amount.ok) return amount;
  const remittance = text(p.remittance, 'The remittance text', 140);
  if (!remittance.ok) return remittance;
  const information = text(p.information, 'The note to the payer', 70);
  if (!information.ok) return information;

  // Purpose (AT-44) and structured reference stay empty: a tip has neither.
  const lines = ['BCD', '002', '1', 'SCT', bic, name.value, iban, amount.value, '', '', remittance.value, information.value];
  while (lines[lines.length - 1] === '') lines.pop();
  const payload = lines.join('\n');
  const bytes = new TextEncoder().encode(payload).length;
  if (bytes > MAX_BYTES) {
    return fail(`The payment details take ${bytes} bytes, more than the ${MAX_BYTES} an EPC QR code can hold: shorten the remittance text, the note or the name.`);
  }
  return ok(payload);
}
