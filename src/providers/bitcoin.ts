import { bip321Uri, formatBtcAmount } from '../payloads/bip321.js';
import { addressOf, base58Code, bitcoinAddress, prepareBitcoinAddress } from '../payloads/bitcoin-address.js';
import { fail, ok } from '../result.js';
import { defineProvider } from './provider.js';

/** Why an address is refused (bitcoin-errors.ts), fetched for the first refused one; null when that failed. */
let errors: typeof import('../payloads/bitcoin-errors.js') | null | undefined;
let fetching: Promise<void> | undefined;

/** Fetches what the value needs: Base58Check for a legacy address, then the reason if it is refused. */
function prepare(value: string): Promise<void> | undefined {
  return (
    prepareBitcoinAddress(value)?.then(() => prepare(value)) ??
    (errors !== undefined || bitcoinAddress(value)
      ? undefined
      : (fetching ??= import('../payloads/bitcoin-errors.js').then(
          (module) => void (errors = module),
          () => void (errors = null),
        )))
  );
}

/**
 * Bitcoin on-chain: a BIP 321 `bitcoin:` URI; the amount only when the currency is BTC. A refused
 * address fetches the code that says why.
 */
export default defineProvider({
  id: 'bitcoin',
  name: 'Bitcoin',
  action: 'wallet',
  notice: 'bitcoin-only',
  parse(value) {
    const address = bitcoinAddress(value);
    if (address) return ok(address);
    return errors
      ? errors.parseBitcoinAddress(value, { addressOf, base58Code, bitcoinAddress })
      : fail('This is not a Bitcoin address that can receive payments (the code that says why could not be loaded).');
  },
  prepare,
  build(address, { amount, currency, recipient, message }) {
    const text = currency === 'BTC' && amount !== null ? formatBtcAmount(amount) : null;
    const uri = bip321Uri({ address, amount: text, label: recipient || null, message: message || null });
    return ok({ url: uri, qr: uri, copy: address, amount: text ? amount : null, currency: text ? 'BTC' : null });
  },
});
