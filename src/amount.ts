/**
 * Amounts are numbers in the currency's major unit everywhere (5, 2.5, 0.0005). These helpers
 * read them from attributes and write them into payloads as exact decimal strings.
 */

import { decimalString } from './decimal.js';

export { decimalString, parseAmount } from './decimal.js';

/** Decimal digits of currencies that are not ISO 4217 (Intl would assume 2). */
const COIN_DIGITS: Record<string, number> = { BTC: 8, ETH: 18, SOL: 9, XMR: 12 };

/** How many decimals an amount in this currency can carry: ISO 4217 minor units, or the coin's. */
export function currencyDigits(currency: string): number {
  const coin = COIN_DIGITS[currency];
  if (coin !== undefined) return coin;
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** Like decimalString, with exactly `decimals` decimals unless the amount is whole ("10", "2.50"). */
export function fixedOrWhole(value: number, decimals: number): string | null {
  return Number.isInteger(value) ? decimalString(value, decimals) : fixed(value, decimals);
}

/** Exactly `decimals` decimals ("5.00"); null when the amount needs more. */
export function fixed(value: number, decimals: number): string | null {
  const text = decimalString(value, decimals);
  if (text === null) return null;
  const [whole, fraction = ''] = text.split('.');
  return decimals === 0 ? whole : `${whole}.${fraction.padEnd(decimals, '0')}`;
}
