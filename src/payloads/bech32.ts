/** Bech32 (BIP173) and Bech32m (BIP350) encoding, checksums and bit-group conversion. */

export type Bech32Encoding = 'bech32' | 'bech32m';

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
// The value the checksum polymod must produce: 1 for Bech32, 0x2bc830a3 for Bech32m (BIP350).
const CONSTANT: Record<Bech32Encoding, number> = { bech32: 1, bech32m: 0x2bc830a3 };

function polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ GENERATOR[i]) >>> 0;
  }
  return chk;
}

function hrpExpand(hrp: string): number[] {
  const codes = Array.from(hrp, (c) => c.charCodeAt(0));
  return [...codes.map((c) => c >> 5), 0, ...codes.map((c) => c & 31)];
}

/**
 * Decodes a Bech32 or Bech32m string into its human-readable part (lower case), its 5-bit data words
 * (without the checksum) and the checksum variant. Returns null for mixed case, a character out of range,
 * a missing separator, an empty HRP, a data part shorter than the checksum, a bad checksum, or a string
 * longer than `limit` (90 for addresses per BIP173; LNURLs need more).
 */
export function bech32Decode(
  s: string,
  limit = 90,
): { hrp: string; data: number[]; encoding: Bech32Encoding } | null {
  if (s.length > limit) return null;
  // US-ASCII 33–126 only, checked before case folding (which maps e.g. the Kelvin sign to 'k').
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 33 || code > 126) return null;
  }
  const lower = s.toLowerCase();
  if (s !== lower && s !== s.toUpperCase()) return null;
  const sep = lower.lastIndexOf('1');
  if (sep < 1 || sep + 7 > lower.length) return null;
  const hrp = lower.slice(0, sep);
  const words: number[] = [];
  for (const char of lower.slice(sep + 1)) {
    const v = CHARSET.indexOf(char);
    if (v < 0) return null;
    words.push(v);
  }
  const check = polymod([...hrpExpand(hrp), ...words]);
  const encoding = (Object.keys(CONSTANT) as Bech32Encoding[]).find((e) => CONSTANT[e] === check);
  return encoding ? { hrp, data: words.slice(0, -6), encoding } : null;
}

/** Encodes an HRP and 5-bit data words as a lower-case Bech32 or Bech32m string (no length limit). */
export function bech32Encode(hrp: string, data: number[], encoding: Bech32Encoding): string {
  hrp = hrp.toLowerCase();
  const mod = polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ CONSTANT[encoding];
  const checksum = [0, 1, 2, 3, 4, 5].map((i) => (mod >>> (5 * (5 - i))) & 31);
  return `${hrp}1${[...data, ...checksum].map((v) => CHARSET[v]).join('')}`;
}

/**
 * Regroups a sequence of `from`-bit values into `to`-bit values, most significant bit first (BIP173).
 * With `pad`, the last group is zero-padded; without, leftover bits must be fewer than `from` and zero.
 * Returns null for a value out of range or invalid padding.
 */
export function convertBits(data: ArrayLike<number>, from: number, to: number, pad: boolean): number[] | null {
  let acc = 0;
  let bits = 0;
  const out: number[] = [];
  const maxv = (1 << to) - 1;
  const maxAcc = (1 << (from + to - 1)) - 1;
  for (let i = 0; i < data.length; i++) {
    const value = data[i];
    if (!Number.isInteger(value) || value < 0 || value >> from !== 0) return null;
    acc = ((acc << from) | value) & maxAcc;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((acc >> bits) & maxv);
    }
  }
  if (pad) {
    if (bits > 0) out.push((acc << (to - bits)) & maxv);
  } else if (bits >= from || (acc << (to - bits)) & maxv) {
    return null;
  }
  return out;
}
