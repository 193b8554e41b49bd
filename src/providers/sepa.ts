import { decimalString } from '../amount.js';
import { epcQr } from '../payloads/epc-qr.js';
import { SEPA_IBAN_LENGTHS, compactIban, formatIban, mod97, parseBic, sepaIban } from '../payloads/iban.js';
import { fail, ok } from '../result.js';
import { defineProvider } from './provider.js';

/** Why an IBAN is refused (iban-errors.ts), fetched for the first refused one; null when that failed. */
let errors: typeof import('../payloads/iban-errors.js') | null | undefined;
let fetching: Promise<void> | undefined;

/**
 * SEPA credit transfer: the EPC QR code (EPC069-12) that European banking apps scan, and the IBAN
 * to copy. The amount goes in only in EUR; the beneficiary name (`recipient`) is required. A
 * refused IBAN fetches the code that says why.
 */
export default defineProvider({
  id: 'sepa',
  name: 'SEPA',
  action: 'bank',
  parse(value) {
    const iban = sepaIban(value);
    if (iban) return ok(iban);
    return errors ? errors.parseIban(value, { SEPA_IBAN_LENGTHS, compactIban, mod97, sepaIban }) : fail('This IBAN cannot receive a SEPA credit transfer (the code that says why could not be loaded).');
  },
  prepare: (value) =>
    errors !== undefined || sepaIban(value)
      ? undefined
      : (fetching ??= import('../payloads/iban-errors.js').then(
          (module) => void (errors = module),
          () => void (errors = null),
        )),
  build(iban, { amount, currency, recipient, message, sepaBic }) {
    let bic: string | null = null;
    if (sepaBic) {
      const parsed = parseBic(sepaBic);
      if (!parsed.ok) return fail(`The sepa-bic attribute: ${parsed.error}`);
      bic = parsed.value;
    }
    const euros = currency === 'EUR' && decimalString(amount, 2) ? amount : null;
    const payload = epcQr({ name: recipient, iban, bic, amount: euros, remittance: message || null });
    if (!payload.ok) return payload;
    return ok({
      url: null,
      qr: payload.value,
      copy: iban,
      display: formatIban(iban),
      amount: euros,
      currency: euros === null ? null : 'EUR',
    });
  },
});
