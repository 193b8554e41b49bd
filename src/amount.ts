/**
 * Amounts are numbers in the currency's major unit everywhere (5, 2.5, 0.0005). These helpers
 * read them from attributes and write them into payloads as exact decimal strings.
 */

import { plainDecimal } from './decimal.js';

export { parseAmount, plainDecimal } from './decimal.js';

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
