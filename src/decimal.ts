/**
 * Reading and writing an amount as an attribute: the part of amount.ts the element itself needs
 * (its `amount` attribute), kept apart so the critical path carries nothing more.
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
 * Every decimal of a finite number, without an exponent: `1e-7` → "0.0000001", `1e21` →
 * "1000000000000000000000". The digits are those of String(), the shortest that read back as the
 * same number. Written out here rather than by Intl, whose first use on a page takes a long task.
 */
export function plainDecimal(value: number): string {
  const [mantissa, exponent = '0'] = String(Math.abs(value)).split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  // Where the decimal point falls in the digits.
  const point = whole.length + Number(exponent);
  const text =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return value < 0 ? `-${text}` : text;
}
