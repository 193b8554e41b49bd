import { decimalString } from '../amount.js';
import { epcQr } from '../payloads/epc-qr.js';
import { formatIban, parseBic, parseIban } from '../payloads/iban.js';
import { fail, ok } from '../result.js';
import { defineProvider } from './provider.js';

/**
 * SEPA credit transfer: the EPC QR code (EPC069-12) that European banking apps scan, and the IBAN
 * to copy. The amount goes in only in EUR; the beneficiary name (`recipient`) is required.
 */
export default defineProvider({
  id: 'sepa',
  name: 'SEPA',
  action: 'bank',
  parse: (value) => parseIban(value),
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
