import { parseLightning } from '../payloads/lightning.js';
import { ok } from '../result.js';
import { defineProvider } from './provider.js';

/**
 * Bitcoin over Lightning: a Lightning Address (LUD-16) or an LNURL (LUD-01) as a `lightning:` URI.
 * The wallet asks the recipient's server for an invoice, so the amount is chosen in the wallet.
 */
export default defineProvider({
  id: 'lightning',
  name: 'Lightning',
  action: 'wallet',
  notice: 'bitcoin-only',
  parse: (value) => parseLightning(value),
  build({ value, uri }) {
    return ok({ url: uri, qr: uri, copy: value, amount: null, currency: null });
  },
});
