/** Payment URIs of the `scheme:target?key=value&…` shape (BIP 321, Solana Pay, Monero). */

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
 * `scheme:target?key=value&…` with only the parameters that have a value, in the order given.
 * Text values are percent-encoded; amounts (already plain decimals) are written as they are.
 */
export function paymentUri(
  scheme: string,
  target: string,
  params: [key: string, value: string | null | undefined, kind: 'text' | 'number'][],
): string {
  const query = params
    .filter(([, value]) => value)
    .map(([key, value, kind]) => `${key}=${kind === 'text' ? percentEncode(value!) : value}`);
  return `${scheme}:${target}${query.length ? `?${query.join('&')}` : ''}`;
}
