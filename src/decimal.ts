/**
 * Reading and writing amounts as exact decimal strings: the part of amount.ts the element itself
 * needs (its `amount` attribute), kept apart so the critical path carries nothing more.
 */

const DECIMAL = /^\d+(\.\d+)?$/;

/** Parses a positive decimal string with `.` as separator ("5", "2.50"); null for anything else. */
export function parseAmount(text: string | null | undefined): number | null {
  const trimmed = (text ?? '').trim();
  if (!DECIMAL.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) && value > 0 ? value : null;
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
