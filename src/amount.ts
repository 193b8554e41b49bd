/**
 * Amounts are numbers in the currency's major unit everywhere (5, 2.5, 0.0005). These helpers
 * read them from attributes and write them into payloads as exact decimal strings.
 */

export { parseAmount } from './decimal.js';

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

/**
 * The amount as a plain decimal string (no exponent, no trailing zeros), or null when it is not
 * a positive finite number or needs more than `maxDecimals` decimals (never rounded: money).
 */
export function decimalString(value: number | null | undefined, maxDecimals: number): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return null;
  // toLocaleString with 20 digits gives the shortest exact-looking form without an exponent.
  const text = value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  const decimals = text.split('.')[1]?.length ?? 0;
  // Tiny amounts round to "0" at 20 digits: refuse rather than write a different amount.
  return decimals > maxDecimals || Number(text) !== value ? null : text;
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
