import { decimalString } from '../amount.js';
import { parsePixKey, pixBrCode } from '../payloads/pix.js';
import { ok } from '../result.js';
import { defineProvider } from './provider.js';

/**
 * Pix (Brazil): a static BR Code that every Brazilian bank app scans, and the same text to copy
 * ("Pix Copia e Cola"). Needs `recipient` and `pix-city`; the amount goes in only in BRL.
 */
export default defineProvider({
  id: 'pix',
  name: 'Pix',
  action: 'pix',
  parse: (value) => parsePixKey(value),
  build({ key }, { amount, currency, recipient, message, pixCity }) {
    const reais = currency === 'BRL' && decimalString(amount, 2) ? amount : null;
    const code = pixBrCode({ key, name: recipient, city: pixCity, amount: reais, description: message || null });
    if (!code.ok) return code;
    return ok({ url: null, qr: code.value, copy: code.value, amount: reais, currency: reais === null ? null : 'BRL' });
  },
});
