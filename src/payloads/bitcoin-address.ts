/** Mainnet Bitcoin addresses: Base58Check (P2PKH, P2SH) and segwit (BIP173, BIP350). */
import type * as Base58 from './base58.js';
import { bech32Decode, convertBits } from './bech32.js';

/** Base58Check and its SHA-256, fetched only for a legacy address; null when that failed. */
let base58: typeof Base58 | null | undefined;
let fetching: Promise<void> | undefined;

/** Base58Check as fetched: undefined until it is asked for and in, null when it could not be. */
export const base58Code = () => base58;

/** The address inside the value: without spaces, a `bitcoin:` scheme or a query. */
export const addressOf = (input: string) => input.trim().replace(/^bitcoin:/i, '').split('?')[0].trim();

/** What is checked with Base58Check: 1…, 3… (and m…, n…, 2… on testnet, refused by name). */
const LEGACY = /^[13mn2][1-9A-HJ-NP-Za-km-z]{24,34}$/;

/**
 * Fetches Base58Check when the value is a legacy address, the only kind that needs it (most
 * addresses today are bc1…); undefined when nothing is to fetch, or it has arrived or failed.
 */
export function prepareBitcoinAddress(input: string): Promise<void> | undefined {
  if (base58 !== undefined || !LEGACY.test(addressOf(input))) return undefined;
  return (fetching ??= import('./base58.js').then(
    (module) => void (base58 = module),
    () => void (base58 = null),
  ));
}

/**
 * The mainnet address in the value (surrounding spaces and a `bitcoin:` URI around it are
 * tolerated), segwit ones in lower case; else null. What kind of address it is does not matter to
 * a payment: the payer's wallet reads it.
 * - `bc1…`: Bech32 for witness version 0 (a 20- or 32-byte program), Bech32m for versions 1 to 16
 *   (2 to 40 bytes), as BIP350 requires.
 * - `1…` and `3…`: Base58Check with version byte 0 or 5 and a 20-byte hash. Refused until
 *   Base58Check has arrived (prepareBitcoinAddress).
 *
 * It only accepts or refuses, so that a page whose address is right loads no more:
 * `parseBitcoinAddress` (bitcoin-errors.ts, fetched for a refused value) accepts the same values
 * and says why it refuses.
 */
export function bitcoinAddress(input: string): string | null {
  const s = addressOf(input);
  if (/^bc1/i.test(s)) {
    const decoded = bech32Decode(s);
    const [version, ...words] = decoded?.data ?? [];
    const size = (decoded && convertBits(words, 5, 8, false))?.length ?? 0;
    const valid =
      decoded?.hrp === 'bc' && version <= 16 && size >= 2 && size <= 40 &&
      (version ? decoded.encoding === 'bech32m' : (size === 20 || size === 32) && decoded.encoding === 'bech32');
    return valid ? s.toLowerCase() : null;
  }
  const bytes = LEGACY.test(s) ? base58?.base58CheckDecode(s) : null;
  return bytes?.length === 21 && (bytes[0] === 0 || bytes[0] === 5) ? s : null;
}
