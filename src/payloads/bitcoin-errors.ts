/**
 * Why a Bitcoin address is refused. A Bitcoin page fetches this module only when `bitcoinAddress`
 * (bitcoin-address.ts) refuses the value it is given: the site owner then reads what to fix.
 */
import { ok, fail, type Result } from '../result.js';
import { bech32Decode, convertBits } from './bech32.js';
import type * as Address from './bitcoin-address.js';

/**
 * The checks of bitcoin-address.ts that parseBitcoinAddress builds on, handed over by the code
 * that fetched this module and has them already: imported here, they would make the bundler
 * expose them from that code's chunk, at a cost to every Bitcoin page.
 */
export type BitcoinChecks = Pick<typeof Address, 'addressOf' | 'base58Code' | 'bitcoinAddress'>;

const MAINNET_ONLY = 'Only mainnet addresses can receive payments: use an address that starts with 1, 3 or bc1.';
const TESTNET = `This is a Bitcoin testnet or signet address. ${MAINNET_ONLY}`;
const REGTEST = `This is a Bitcoin regtest address. ${MAINNET_ONLY}`;
const TYPO = 'This address has a typo: its checksum does not match. Copy it again from your wallet.';
const BAD_LENGTH = 'This bc1 address has an impossible length or ending: check it for a typo.';
const UNKNOWN =
  'This is not a Bitcoin address. A Bitcoin address starts with 1, 3 or bc1 (for example bc1q… or bc1p…).';

/**
 * Reads an address as `bitcoinAddress` does (the same values are accepted, written the same way) and,
 * when it is refused, says why, in the order of its checks.
 */
export function parseBitcoinAddress(input: string, { addressOf, base58Code, bitcoinAddress }: BitcoinChecks): Result<string> {
  const accepted = bitcoinAddress(input);
  if (accepted) return ok(accepted);
  const s = addressOf(input);
  if (!s) return fail('Enter a Bitcoin address.');
  if (/^(bc|tb|bcrt)1/i.test(s)) return segwitError(s);
  if (!/^[13mn2]\w{24,34}$/.test(s)) return fail(UNKNOWN);
  if (/[0OIl_]/.test(s)) {
    return fail('This address contains a character that never appears in a Bitcoin address (0, O, I or l): check it for a typo.');
  }
  const base58 = base58Code();
  if (!base58) {
    return fail('The code that checks addresses starting with 1 or 3 did not load: check the connection and reload the page.');
  }
  const decoded = base58.base58CheckDecode(s);
  if (!decoded) return fail(TYPO);
  if (decoded.length === 21 && (decoded[0] === 0x6f || decoded[0] === 0xc4)) return fail(TESTNET);
  return fail('This is not a Bitcoin address: it may be an address for another cryptocurrency.');
}

/** Why a bc1…, tb1… or bcrt1… address is refused. */
function segwitError(s: string): Result<never> {
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
  const { hrp, data } = decoded;
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
  if (version === 0) return fail(TYPO);
  // What bitcoinAddress refuses besides: a later version written with the old checksum.
  return fail(
    'This address has an old-style bech32 checksum, but bc1p… (Taproot) and newer addresses must use bech32m (BIP350): it is mistyped or was made by outdated software. Copy it again from your wallet.',
  );
}
