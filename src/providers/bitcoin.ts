import { bip321Uri, formatBtcAmount } from '../payloads/bip321.js';
import { parseBitcoinAddress, prepareBitcoinAddress } from '../payloads/bitcoin-address.js';
import { ok } from '../result.js';
import { defineProvider } from './provider.js';

/** Bitcoin on-chain: a BIP 321 `bitcoin:` URI; the amount only when the currency is BTC. */
export default defineProvider({
  id: 'bitcoin',
  name: 'Bitcoin',
  action: 'wallet',
  notice: 'bitcoin-only',
  parse: (value) => parseBitcoinAddress(value),
  prepare: (value) => prepareBitcoinAddress(value),
  build({ address }, { amount, currency, recipient, message }) {
    const text = currency === 'BTC' && amount !== null ? formatBtcAmount(amount) : null;
    const uri = bip321Uri({ address, amount: text, label: recipient || null, message: message || null });
    return ok({ url: uri, qr: uri, copy: address, amount: text ? amount : null, currency: text ? 'BTC' : null });
  },
});
