/** Monero addresses (CryptoNote base58, Keccak checksum) and `monero:` payment URIs. */
import { decimalString } from '../amount.js';
import { ok, fail, type Result } from '../result.js';
import { paymentUri } from './uri.js';
import { keccak256 } from './keccak.js';

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** Characters needed for a block of 0…8 bytes; 8 bytes ↔ 11 characters. */
const ENCODED_BLOCK_SIZES = [0, 2, 3, 5, 6, 7, 9, 10, 11];

/** Decodes Monero's base58 (independent 8-byte blocks, unlike Bitcoin's); null if malformed. */
function decodeMoneroBase58(s: string): Uint8Array | null {
  const fullBlocks = Math.floor(s.length / 11);
  const lastSize = ENCODED_BLOCK_SIZES.indexOf(s.length % 11);
  if (lastSize < 0) return null;
  const out = new Uint8Array(fullBlocks * 8 + lastSize);
  for (let start = 0, at = 0; start < s.length; start += 11, at += 8) {
    const block = s.slice(start, start + 11);
    const size = block.length === 11 ? 8 : lastSize;
    let num = 0n;
    for (const char of block) {
      const digit = ALPHABET.indexOf(char);
      if (digit < 0) return null;
      num = num * 58n + BigInt(digit);
    }
    // Eleven characters can count past 2^64, fewer past the block's byte size: not a valid encoding.
    if (num >= 1n << BigInt(8 * size)) return null;
    for (let i = size - 1; i >= 0; i--, num >>= 8n) out[at + i] = Number(num & 0xffn);
  }
  return out;
}

type MoneroAddressType = 'standard' | 'integrated' | 'subaddress';

/** Network byte → address type, and how many key bytes (spend + view [+ payment ID]) follow it. */
const MAINNET: Record<number, [MoneroAddressType, number]> = {
  18: ['standard', 64],
  19: ['integrated', 72],
  42: ['subaddress', 64],
};
const TEST_NETWORKS: Record<number, string> = {
  53: 'testnet',
  54: 'testnet',
  63: 'testnet',
  24: 'stagenet',
  25: 'stagenet',
  36: 'stagenet',
};

/**
 * Checks a mainnet Monero address (standard `4…`, subaddress `8…`, or integrated `4…` of 106
 * characters) and returns it with its type. Accepts a pasted `monero:` URI and keeps only the
 * address. Refuses testnet and stagenet addresses, which can't receive real XMR.
 */
export function parseMoneroAddress(input: string): Result<{ address: string; type: MoneroAddressType }> {
  const address = input.trim().replace(/^monero:/i, '').split('?')[0].trim();
  if (!address) return fail('No Monero address given.');
  if (address.length !== 95 && address.length !== 106) {
    const hint = address.includes('.') ? ' (An OpenAlias name such as a domain does not work here: use the address it points to.)' : '';
    return fail(
      `A Monero address is 95 characters long (106 for an integrated address), but this one has ${address.length}.${hint}`,
    );
  }
  const bad = [...address].find((char) => !ALPHABET.includes(char));
  if (bad !== undefined) {
    return fail(`A Monero address contains only base58 characters (no 0, O, I or l), but this one contains "${bad}".`);
  }
  const bytes = decodeMoneroBase58(address);
  const body = bytes?.subarray(0, -4);
  const check = body && keccak256(body);
  if (!bytes || !body || !check || [0, 1, 2, 3].some((i) => check[i] !== bytes[body.length + i])) {
    return fail('This Monero address fails its checksum: probably a typo. Copy it again from your wallet.');
  }
  // The network byte is a varint; every current one fits in its first byte.
  const tag = body[0];
  const network = TEST_NETWORKS[tag];
  if (network) {
    return fail(`This is a Monero ${network} address, which only holds test coins: only a mainnet address can receive tips.`);
  }
  const kind = MAINNET[tag];
  if (!kind || body.length - 1 !== kind[1]) return fail('This is not a Monero mainnet address (unknown address type).');
  return ok({ address, type: kind[0] });
}

/**
 * Formats an amount in XMR for `tx_amount`: plain decimal, no exponent, no trailing zeros. Null if it
 * is not a positive finite number, finer than one piconero (12 decimals), or more than a u64 of
 * piconeros (what wallets parse it into).
 */
export function formatXmrAmount(value: number): string | null {
  return value > 18_446_744 ? null : decimalString(value, 12);
}

/**
 * Builds `monero:ADDRESS?tx_amount=…&recipient_name=…&tx_description=…` (the order of wallet2's
 * make_uri) with only the parameters given. `amount` must already be formatted (see
 * {@link formatXmrAmount}): decimal XMR, not atomic units.
 */
export function moneroUri(p: {
  address: string;
  amount?: string | null;
  recipientName?: string | null;
  description?: string | null;
}): string {
  return paymentUri('monero', p.address, [
    ['tx_amount', p.amount, 'number'],
    ['recipient_name', p.recipientName, 'text'],
    ['tx_description', p.description, 'text'],
  ]);
}
