import { decimalString } from '../amount.js';
import { parseEthereumAddress } from '../payloads/erc55.js';
import { decimalToUnits, erc681Uri } from '../payloads/erc681.js';
import { ok } from '../result.js';
import { defineProvider } from './provider.js';

/**
 * Ether: an ERC-681 `ethereum:` URI for chain 1, with the value in wei when the currency is ETH.
 * The chain is named so that a wallet set to another network does not send its own coin instead.
 */
export default defineProvider({
  id: 'ethereum',
  name: 'Ethereum',
  action: 'wallet',
  notice: 'ether-only',
  parse: (value) => parseEthereumAddress(value),
  build(address, { amount, currency }) {
    const text = currency === 'ETH' ? decimalString(amount, 18) : null;
    const value = text ? decimalToUnits(text, 18) : null;
    const uri = erc681Uri({ address, chainId: 1, value });
    return ok({ url: uri, qr: uri, copy: address, amount: value ? amount : null, currency: value ? 'ETH' : null });
  },
});
