/**
 * Amounts are numbers in the currency's major unit everywhere (5, 2.5, 0.0005). These helpers
 * read them from attributes and write them into payloads as exact decimal strings.
 */

import { plainDecimal } from './decimal.js';

export { parseAmount, plainDecimal } from './decimal.js';

/**
 * Minor units of the ISO 4217 currencies that have other than 2 (ISO 4217 List One), and the
 * decimals of the coins, which are not ISO 4217. Every other code takes 2.
 */
const DIGITS: Record<string, number> = {
  ...Object.fromEntries('BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF'.split(' ').map((code) => [code, 0])),
  ...Object.fromEntries('BHD IQD JOD KWD LYD OMR TND'.split(' ').map((code) => [code, 3])),
  CLF: 4,
  UYW: 4,
  BTC: 8,
  ETH: 18,
  SOL: 9,
  XMR: 12,
};

/** How many decimals an amount in this currency can carry: ISO 4217 minor units, or the coin's. */
export const currencyDigits = (currency: string): number => DIGITS[currency] ?? 2;

/**
 * The amount as a plain decimal string (no exponent, no trailing zeros), or null when it is not
 * a positive finite number or needs more than `maxDecimals` decimals (never rounded: money).
 */
export function decimalString(value: number | null | undefined, maxDecimals: number): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return null;
  const text = plainDecimal(value);
  return (text.split('.')[1]?.length ?? 0) > maxDecimals ? null : text;
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
