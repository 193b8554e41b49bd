/** Base58 (Bitcoin alphabet) and Base58Check decoding: legacy Bitcoin addresses, Solana keys. */
import { sha256 } from './sha256.js';

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Decodes a Base58 string to bytes; null for a character outside the alphabet. */
export function base58Decode(s: string): Uint8Array | null {
  // Big-endian base-256 digits of the number, built up one base-58 digit at a time.
  const bytes: number[] = [];
  for (const char of s) {
    let carry = ALPHABET.indexOf(char);
    if (carry < 0) return null;
    for (let i = bytes.length - 1; i >= 0; i--) {
      carry += bytes[i] * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    for (; carry > 0; carry >>= 8) bytes.unshift(carry & 0xff);
  }
  // Each leading '1' stands for a leading zero byte.
  let zeros = 0;
  while (s[zeros] === '1') zeros++;
  const decoded = new Uint8Array(zeros + bytes.length);
  decoded.set(bytes, zeros);
  return decoded;
}

/**
 * Decodes a Base58Check string to its version byte and payload (the 4-byte checksum removed).
 * Returns null for an empty string, a character outside the alphabet, or a checksum that does not match.
 */
export function base58CheckDecode(s: string): Uint8Array | null {
  const decoded = base58Decode(s);
  if (!decoded || decoded.length < 5) return null;
  const body = decoded.subarray(0, -4);
  const check = sha256(sha256(body));
  for (let i = 0; i < 4; i++) if (check[i] !== decoded[body.length + i]) return null;
  return body.slice();
}
