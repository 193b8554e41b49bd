/** `bitcoin:` payment URIs (BIP321, which replaces BIP21). */
import { decimalString } from '../amount.js';
import { paymentUri } from './uri.js';

export { percentEncode } from './uri.js';

/**
 * Builds `bitcoin:ADDRESS?amount=…&label=…&message=…` with only the parameters given (empty ones are
 * left out). `amount` must already be a decimal BTC string (see {@link formatBtcAmount}).
 */
export function bip321Uri(p: {
  address: string;
  amount?: string | null;
  label?: string | null;
  message?: string | null;
}): string {
  return paymentUri('bitcoin', p.address, [
    ['amount', p.amount, 'number'],
    ['label', p.label, 'text'],
    ['message', p.message, 'text'],
  ]);
}

/**
 * Formats an amount in BTC as BIP321 wants it: plain decimal, `.` separator, no exponent, no trailing
 * zeros. Returns null if it is not finite, not positive, above the 21 million BTC supply, or finer than
 * one satoshi (8 decimals).
 */
export function formatBtcAmount(value: number): string | null {
  return value > 21_000_000 ? null : decimalString(value, 8);
}
