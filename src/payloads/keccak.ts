/** Keccak-256 as Ethereum uses it (ERC-55 checksums). */

// Round constants as [low, high] 32-bit halves, and the ρ rotation offsets per lane x + 5y.
const RC = [
  [0x00000001, 0x00000000], [0x00008082, 0x00000000], [0x0000808a, 0x80000000], [0x80008000, 0x80000000],
  [0x0000808b, 0x00000000], [0x80000001, 0x00000000], [0x80008081, 0x80000000], [0x00008009, 0x80000000],
  [0x0000008a, 0x00000000], [0x00000088, 0x00000000], [0x80008009, 0x00000000], [0x8000000a, 0x00000000],
  [0x8000808b, 0x00000000], [0x0000008b, 0x80000000], [0x00008089, 0x80000000], [0x00008003, 0x80000000],
  [0x00008002, 0x80000000], [0x00000080, 0x80000000], [0x0000800a, 0x00000000], [0x8000000a, 0x80000000],
  [0x80008081, 0x80000000], [0x00008080, 0x80000000], [0x80000001, 0x00000000], [0x80008008, 0x80000000],
];
const ROT = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];

/** Keccak-f[1600] on 25 lanes stored as little-endian [low, high] pairs: s[2i], s[2i + 1]. */
function keccakF(s: Uint32Array): void {
  const c = new Uint32Array(10);
  const b = new Uint32Array(50);
  for (const [rcLo, rcHi] of RC) {
    // θ
    for (let x = 0; x < 5; x++) {
      c[2 * x] = s[2 * x] ^ s[2 * x + 10] ^ s[2 * x + 20] ^ s[2 * x + 30] ^ s[2 * x + 40];
      c[2 * x + 1] = s[2 * x + 1] ^ s[2 * x + 11] ^ s[2 * x + 21] ^ s[2 * x + 31] ^ s[2 * x + 41];
    }
    for (let x = 0; x < 5; x++) {
      const l = (x + 1) % 5, r = (x + 4) % 5;
      const dLo = c[2 * r] ^ ((c[2 * l] << 1) | (c[2 * l + 1] >>> 31));
      const dHi = c[2 * r + 1] ^ ((c[2 * l + 1] << 1) | (c[2 * l] >>> 31));
      for (let y = 0; y < 25; y += 5) {
        s[2 * (x + y)] ^= dLo;
        s[2 * (x + y) + 1] ^= dHi;
      }
    }
    // ρ and π: lane (x, y) rotated into position (y, 2x + 3y)
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 5; y++) {
        const i = x + 5 * y, j = y + 5 * ((2 * x + 3 * y) % 5);
        let lo = s[2 * i], hi = s[2 * i + 1], n = ROT[i];
        if (n >= 32) [lo, hi, n] = [hi, lo, n - 32];
        b[2 * j] = n ? (lo << n) | (hi >>> (32 - n)) : lo;
        b[2 * j + 1] = n ? (hi << n) | (lo >>> (32 - n)) : hi;
      }
    }
    // χ
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) {
        const i = 2 * (x + y), i1 = 2 * (((x + 1) % 5) + y), i2 = 2 * (((x + 2) % 5) + y);
        s[i] = b[i] ^ (~b[i1] & b[i2]);
        s[i + 1] = b[i + 1] ^ (~b[i1 + 1] & b[i2 + 1]);
      }
    }
    // ι
    s[0] ^= rcLo;
    s[1] ^= rcHi;
  }
}

/** The Keccak-256 digest (32 bytes) of `data`: original Keccak padding 0x01, not SHA3-256's 0x06. */
export function keccak256(data: Uint8Array): Uint8Array {
  const rate = 136;
  const padded = new Uint8Array((Math.floor(data.length / rate) + 1) * rate);
  padded.set(data);
  padded[data.length] ^= 0x01;
  padded[padded.length - 1] ^= 0x80;
  const s = new Uint32Array(50);
  const view = new DataView(padded.buffer);
  for (let offset = 0; offset < padded.length; offset += rate) {
    for (let k = 0; k < rate / 4; k++) s[k] ^= view.getUint32(offset + 4 * k, true);
    keccakF(s);
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let k = 0; k < 8; k++) outView.setUint32(4 * k, s[k], true);
  return out;
}
