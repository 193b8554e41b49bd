import { formatSolAmount, parseSolanaAddress, solanaPayUri } from '../payloads/solana-pay.js';
import { ok } from '../result.js';
import { defineProvider } from './provider.js';

/** Solana: a Solana Pay transfer request (`solana:`); the amount only when the currency is SOL. */
export default defineProvider({
  id: 'solana',
  name: 'Solana',
  action: 'wallet',
  notice: 'sol-only',
  parse: (value) => parseSolanaAddress(value),
  build(address, { amount, currency, recipient, message }) {
    const text = currency === 'SOL' && amount !== null ? formatSolAmount(amount) : null;
    // The note goes in `message`, never in the on-chain `memo`.
    const uri = solanaPayUri({ recipient: address, amount: text, label: recipient || null, message: message || null });
    return ok({ url: uri, qr: uri, copy: address, amount: text ? amount : null, currency: text ? 'SOL' : null });
  },
});
