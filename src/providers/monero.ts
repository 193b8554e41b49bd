import { formatXmrAmount, moneroUri, parseMoneroAddress } from '../payloads/monero.js';
import { ok } from '../result.js';
import { defineProvider } from './provider.js';

/** Monero: a `monero:` URI; the amount only when the currency is XMR. */
export default defineProvider({
  id: 'monero',
  name: 'Monero',
  action: 'wallet',
  notice: 'xmr-only',
  parse: (value) => parseMoneroAddress(value),
  build({ address }, { amount, currency, recipient, message }) {
    const text = currency === 'XMR' && amount !== null ? formatXmrAmount(amount) : null;
    const uri = moneroUri({ address, amount: text, recipientName: recipient || null, description: message || null });
    return ok({ url: uri, qr: uri, copy: address, amount: text ? amount : null, currency: text ? 'XMR' : null });
  },
});
