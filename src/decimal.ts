/**
 * Reading an amount from an attribute: the part of amount.ts the element itself needs (its
 * `amount` attribute), kept apart so the critical path carries nothing more.
 */

const DECIMAL = /^\d+(\.\d+)?$/;

/** Parses a positive decimal string with `.` as separator ("5", "2.50"); null for anything else. */
export function parseAmount(text: string | null | undefined): number | null {
  const trimmed = (text ?? '').trim();
  if (!DECIMAL.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) && value > 0 ? value : null;
}
