/** Mainnet Bitcoin address validation: Base58Check (P2PKH, P2SH) and segwit (BIP173, BIP350). */
import { ok, fail, type Result } from '../result.js';
import type * as Base58 from './base58.js';
import { bech32Decode, convertBits } from './bech32.js';

/** Base58Check and its SHA-256, fetched only for a legacy address; null when that failed. */
let base58: typeof Base58 | null | undefined;
let fetching: Promise<void> | undefined;

/** The address inside the value: without spaces, a `bitcoin:` scheme or a query. */
const addressOf = (input: string) => input.trim().replace(/^bitcoin:/i, '').split('?')[0].trim();

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

export type BitcoinAddressType = 'p2pkh' | 'p2sh' | 'p2wpkh' | 'p2wsh' | 'p2tr' | 'segwit';

const MAINNET_ONLY = 'Only mainnet addresses can receive payments: use an address that starts with 1, 3 or bc1.';
const TESTNET = `This is a Bitcoin testnet or signet address. ${MAINNET_ONLY}`;
const REGTEST = `This is a Bitcoin regtest address. ${MAINNET_ONLY}`;
const TYPO = 'This address has a typo: its checksum does not match. Copy it again from your wallet.';
const BAD_LENGTH = 'This bc1 address has an impossible length or ending: check it for a typo.';
const UNKNOWN =
  'This is not a Bitcoin address. A Bitcoin address starts with 1, 3 or bc1 (for example bc1q… or bc1p…).';

/**
 * Checks a mainnet Bitcoin address, tolerating surrounding spaces and a `bitcoin:` URI around it.
 * Returns the address (segwit addresses lower-cased) and its type, or an error for the site owner.
 */
export function parseBitcoinAddress(input: string): Result<{ address: string; type: BitcoinAddressType }> {
  const s = addressOf(input);
  if (!s) return fail('Enter a Bitcoin address.');
  const lower = s.toLowerCase();
  if (/^(bc|tb|bcrt)1/.test(lower)) return parseSegwit(s);

  if (!/^[13mn2]\w{24,34}$/.test(s)) return fail(UNKNOWN);
  if (/[0OIl_]/.test(s)) {
    return fail('This address contains a character that never appears in a Bitcoin address (0, O, I or l): check it for a typo.');
  }
  if (!base58) {
    return fail('The code that checks addresses starting with 1 or 3 did not load: check the connection and reload the page.');
  }
  const decoded = base58.base58CheckDecode(s);
  if (!decoded) return fail(TYPO);
  if (decoded.length === 21) {
    if (decoded[0] === 0x00) return ok({ address: s, type: 'p2pkh' });
    if (decoded[0] === 0x05) return ok({ address: s, type: 'p2sh' });
    if (decoded[0] === 0x6f || decoded[0] === 0xc4) return fail(TESTNET);
  }
  return fail('This is not a Bitcoin address: it may be an address for another cryptocurrency.');
}

function parseSegwit(s: string): Result<{ address: string; type: BitcoinAddressType }> {
  const lower = s.toLowerCase();
  if (s.length > 90) return fail('This address is too long to be a Bitcoin address: check it for a typo.');
  if (s !== lower && s !== s.toUpperCase()) {
    return fail('This address mixes upper- and lower-case letters, which a bc1 address never does: check it for a typo.');
  }
  if (/[^qpzry9x8gf2tvdw0s3jn54khce6mua7l]/.test(lower.slice(lower.lastIndexOf('1') + 1))) {
    return fail('This address contains a character that never appears in a bc1 address (b, i, o, 1 or a symbol): check it for a typo.');
  }
  const decoded = bech32Decode(lower);
  if (!decoded) return fail(TYPO);
  const { hrp, data, encoding } = decoded;
  if (hrp === 'tb') return fail(TESTNET);
  if (hrp === 'bcrt') return fail(REGTEST);
  if (hrp !== 'bc') return fail(UNKNOWN);
  if (data.length === 0) return fail(BAD_LENGTH);
  const version = data[0];
  if (version > 16) return fail('This bc1 address has an unknown witness version: check it for a typo.');
  const program = convertBits(data.slice(1), 5, 8, false);
  if (!program || program.length < 2 || program.length > 40) return fail(BAD_LENGTH);
  if (version === 0 && program.length !== 20 && program.length !== 32) return fail(BAD_LENGTH);
  // BIP350: witness v0 keeps Bech32; v1 and later (Taproot is v1) must use Bech32m.
  if (version === 0 && encoding !== 'bech32') return fail(TYPO);
  if (version > 0 && encoding !== 'bech32m') {
    return fail(
      'This address has an old-style bech32 checksum, but bc1p… (Taproot) and newer addresses must use bech32m (BIP350): it is mistyped or was made by outdated software. Copy it again from your wallet.',
    );
  }
  const type: BitcoinAddressType =
    version === 0 ? (program.length === 20 ? 'p2wpkh' : 'p2wsh') : version === 1 && program.length === 32 ? 'p2tr' : 'segwit';
  return ok({ address: lower, type });
}
