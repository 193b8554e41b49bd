import { decimalString } from '../amount.js';
import { parseVpa, upiUri } from '../payloads/upi.js';
import { ok } from '../result.js';
import { defineProvider } from './provider.js';

/**
 * UPI (India): a `upi://pay` link and QR for a UPI id. Apps often refuse the link for personal
 * ids, so scanning the QR is the way the option explains. The amount goes in only in INR.
 */
export default defineProvider({
  id: 'upi',
  name: 'UPI',
  action: 'upi',
  parse: (value) => parseVpa(value),
  build(vpa, { amount, currency, recipient, message }) {
    const rupees = currency === 'INR' && decimalString(amount, 2) ? amount : null;
    const uri = upiUri({ vpa, name: recipient, amount: rupees, note: message || null });
    return ok({ url: uri, qr: uri, copy: vpa, amount: rupees, currency: rupees === null ? null : 'INR' });
  },
});
