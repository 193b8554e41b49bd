// Deterministic random inputs for cross-checks against independent libraries (no Math.random).

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export const randomInt = (next: () => number, n: number) => Math.floor(next() * n);

export function randomBytes(next: () => number, length: number): Uint8Array<ArrayBuffer> {
  return Uint8Array.from({ length }, () => randomInt(next, 256));
}

export const hex = (bytes: ArrayLike<number>) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export const fromHex = (s: string) => Uint8Array.from(s.match(/../g) ?? [], (h) => parseInt(h, 16));

export const utf8 = (s: string) => new TextEncoder().encode(s);
