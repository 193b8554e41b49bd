/** `bitcoin:` payment URIs (BIP321, which replaces BIP21). */

/**
 * Percent-encodes the UTF-8 bytes of every character outside RFC 3986's unreserved set, so a space is
 * `%20` (never `+`) and `+ & = # %` can't be mistaken for separators.
 */
export function percentEncode(value: string): string {
  let out = '';
  // TextEncoder turns a lone surrogate into U+FFFD where encodeURIComponent would throw.
  for (const byte of new TextEncoder().encode(value)) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

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
  const params = [
    p.amount ? `amount=${p.amount}` : '',
    p.label ? `label=${percentEncode(p.label)}` : '',
    p.message ? `message=${percentEncode(p.message)}` : '',
  ].filter(Boolean);
  return `bitcoin:${p.address}${params.length ? `?${params.join('&')}` : ''}`;
}

/**
 * Formats an amount in BTC as BIP321 wants it: plain decimal, `.` separator, no exponent, no trailing
 * zeros. Returns null if it is not finite, not positive, above the 21 million BTC supply, or finer than
 * one satoshi (8 decimals).
 */
export function formatBtcAmount(value: number): string | null {
  if (!Number.isFinite(value) || value <= 0 || value > 21_000_000) return null;
  const fixed = value.toFixed(8);
  if (Number(fixed) !== value) return null;
  return fixed.replace(/\.?0+$/, '');
}
