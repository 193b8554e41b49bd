/**
 * The only module that imports `qrcode`: text in, an SVG QR code out, made on the visitor's device.
 *
 * `qrcode` gives the error correction: the Reed–Solomon encoder over GF(256). This module does
 * the rest after ISO/IEC 18004:2015: it chooses the segments, writes the bit stream, splits it
 * into blocks, places the modules and chooses the mask. It uses level M only, so it carries that
 * level's row of the table of blocks, not `qrcode`'s table of all four levels.
 * `qrcode.create` would do the same with its own segmentation (a graph search) and mask search (it
 * redraws and rescans the symbol eight times), which took 90% of the time, and brings code for
 * modes the widget never uses. The tests check that every symbol is the one `qrcode.create` draws
 * for the same segments.
 */
import ReedSolomonEncoder from 'qrcode/lib/core/reed-solomon-encoder.js';
import { html, type TemplateResult } from 'lit';

/** Light modules around the code: scanners need at least 4 (ISO/IEC 18004). */
export const QUIET_ZONE = 4;

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** An SVG path of the dark modules, one subpath per horizontal run. */
  path: string;
}

type Mode = 'byte' | 'alphanumeric' | 'numeric';
const MODES: readonly Mode[] = ['byte', 'alphanumeric', 'numeric'];
export interface Segment {
  data: string;
  mode: Mode;
}

/** Bits of the character count indicator, per mode, for versions 1–9, 10–26 and 27–40 (Table 3). */
const COUNT_BITS: Record<Mode, readonly number[]> = { byte: [8, 16, 16], alphanumeric: [9, 11, 13], numeric: [10, 12, 14] };
const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const band = (version: number) => (version < 10 ? 0 : version < 27 ? 1 : 2);

/**
 * The segmentation of the text that takes the fewest bits for versions in this band: a shortest
 * path over the characters, where each state is the mode of the open segment. Costs are in sixths
 * of a bit: a digit costs 10/3 bits, an alphanumeric character 11/2, a byte 8.
 */
export function segments(text: string, versionBand = 0): Segment[] {
  const chars = [...text];
  const header = MODES.map((mode) => (4 + COUNT_BITS[mode][versionBand]) * 6);
  // via[i][m]: the mode character i is in, when the segment open after it is in mode m.
  const via: Int8Array[] = [];
  let costs = header.slice();
  for (const c of chars) {
    const point = c.codePointAt(0)!;
    const bytes = point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
    const next = [costs[0] + bytes * 48, Infinity, Infinity];
    const from = Int8Array.of(0, -1, -1);
    if (ALPHANUMERIC.includes(c)) (next[1] = costs[1] + 33), (from[1] = 1);
    if (c >= '0' && c <= '9') (next[2] = costs[2] + 20), (from[2] = 2);
    // Close a segment after this character (its last partial bit rounds up) and open another.
    const ended = next.map((cost) => Math.ceil(cost / 6) * 6);
    for (let to = 0; to < 3; to++) {
      for (let mode = 0; mode < 3; mode++) {
        const cost = ended[mode] + header[to];
        if (from[mode] >= 0 && cost < next[to]) (next[to] = cost), (from[to] = mode);
      }
    }
    costs = next;
    via.push(from);
  }
  let mode = costs.indexOf(Math.min(...costs));
  const result: Segment[] = [];
  for (let i = chars.length - 1; i >= 0; i--) {
    mode = via[i][mode];
    const last = result[0];
    if (last?.mode === MODES[mode]) last.data = chars[i] + last.data;
    else result.unshift({ data: chars[i], mode: MODES[mode] });
  }
  return result;
}

/** Whether mask pattern `p` (Table 10) inverts the module at row i, column j. */
const masks: readonly ((i: number, j: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i * j) % 3) + ((i + j) % 2)) % 2 === 0,
];

/** The 15 format bits of level M (indicator 00) and this mask: BCH (15, 5), then XOR 101010000010010 (7.9.1). */
export function formatBits(mask: number): number {
  let code = mask << 10;
  for (let bit = 14; bit >= 10; bit--) if ((code >> bit) & 1) code ^= 0x537 << (bit - 10);
  return ((mask << 10) | code) ^ 0x5412;
}

/** Writes the format information (level M, this mask) into both of its places (7.9). */
function writeFormat(data: Uint8Array, size: number, mask: number): void {
  const bits = formatBits(mask);
  for (let i = 0; i < 15; i++) {
    const dark = (bits >> i) & 1;
    data[(i < 6 ? i : i < 8 ? i + 1 : size - 15 + i) * size + 8] = dark;
    data[8 * size + (i < 8 ? size - i - 1 : i < 9 ? 15 - i : 14 - i)] = dark;
  }
  data[(size - 8) * size + 8] = 1;
}

/** The rows (and columns) of the alignment pattern centres: 6, then evenly to size − 7 (6.3.6, Annex E). */
export function alignmentCoordinates(version: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const size = version * 4 + 17;
  // Even steps, the first one taking what is left over; version 32 is the table's one exception.
  const step = version === 32 ? 26 : Math.ceil((size - 13) / (2 * count - 2)) * 2;
  return [6, ...Array.from({ length: count - 1 }, (_, i) => size - 7 - (count - 2 - i) * step)];
}

/**
 * Level M in Table 9: the number of error correction blocks of versions 1 to 40, and the error
 * correction codewords of each block of versions 1 to 21 (28 from version 22 on).
 */
const M_BLOCKS = [1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49];
const M_EC_PER_BLOCK = [10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26];

/** Level M's blocks of a version (Table 9): how many, and the error correction codewords of each. */
export const blocksM = (version: number): { blocks: number; ecPerBlock: number } => ({
  blocks: M_BLOCKS[version - 1],
  ecPerBlock: M_EC_PER_BLOCK[version - 1] ?? 28,
});

/**
 * The codewords a version holds (Table 1): its modules less the function patterns (finders with
 * separators, timing, alignment less where it crosses timing), format and version information,
 * in whole bytes.
 */
export function totalCodewords(version: number): number {
  const size = version * 4 + 17;
  const count = version === 1 ? 0 : Math.floor(version / 7) + 2;
  const alignment = count ? 25 * (count * count - 3) - 10 * (count - 2) : 0;
  return (size * size - 192 - 2 * (size - 16) - alignment - 31 - (version >= 7 ? 36 : 0)) >> 3;
}

/**
 * The penalty of a masked symbol (7.8.3), scored as `qrcode` scores it: runs of five or more
 * (N1), 2×2 blocks (N2), finder-like 1:1:3:1:1 patterns with four light modules on one side
 * (N3), and the balance of dark and light (N4). Infinity once it reaches `limit`.
 */
function penalty(data: Uint8Array, size: number, limit = Infinity): number {
  let points = 0;
  let dark = 0;
  for (let a = 0; a < size; a++) {
    // Row a and column a side by side: runs (N1) and 1:1:3:1:1 patterns (N3).
    const row = a * size;
    let last = data[row];
    let run = 1;
    let bits = last;
    let columnLast = data[a];
    let columnRun = 1;
    let columnBits = columnLast;
    dark += last;
    for (let b = 1; b < size; b++) {
      const module = data[row + b];
      dark += module;
      if (module === last) run++;
      else {
        if (run >= 5) points += run - 2;
        run = 1;
        last = module;
      }
      bits = ((bits << 1) & 0x7ff) | module;
      const below = data[b * size + a];
      if (below === columnLast) columnRun++;
      else {
        if (columnRun >= 5) points += columnRun - 2;
        columnRun = 1;
        columnLast = below;
      }
      columnBits = ((columnBits << 1) & 0x7ff) | below;
      if (b >= 10) {
        if (bits === 0x5d0 || bits === 0x05d) points += 40;
        if (columnBits === 0x5d0 || columnBits === 0x05d) points += 40;
      }
    }
    if (run >= 5) points += run - 2;
    if (columnRun >= 5) points += columnRun - 2;
    // 2×2 blocks of one colour (N2) between rows a and a + 1.
    if (a < size - 1) {
      const next = row + size;
      let left = data[row] + data[next];
      for (let b = 1; b < size; b++) {
        const right = data[row + b] + data[next + b];
        if (left + right === 0 || left + right === 4) points += 3;
        left = right;
      }
    }
    // Already worse than the best mask so far: every term is positive.
    if (points >= limit) return Infinity;
  }
  // Balance of dark and light (N4).
  return points + Math.abs(Math.ceil((dark * 100) / data.length / 5) - 10) * 10;
}

/**
 * For each version, the eight masks as arrays: 1 where the mask inverts the module. Function
 * patterns and format and version information are never masked.
 */
const patternsOf = new Map<number, Uint8Array[]>();
function patterns(version: number, size: number, reserved: Uint8Array): Uint8Array[] {
  let all = patternsOf.get(version);
  if (!all) {
    all = masks.map((inverts) => {
      const pattern = new Uint8Array(size * size);
      for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) pattern[i * size + j] = +(!reserved[i * size + j] && inverts(i, j));
      return pattern;
    });
    patternsOf.set(version, all);
  }
  return all;
}

/** The mode indicator of each mode (Table 2). */
const INDICATOR: Record<Mode, number> = { byte: 4, alphanumeric: 2, numeric: 1 };
const utf8 = new TextEncoder();

/** A segment as bits (7.4.3 to 7.4.5): [value, length] pairs after its mode and count. */
function bits({ data, mode }: Segment): [number, number][] {
  const out: [number, number][] = [];
  if (mode === 'byte') for (const byte of utf8.encode(data)) out.push([byte, 8]);
  else if (mode === 'numeric') {
    // Groups of three digits in 10 bits; a last group of two in 7, of one in 4.
    for (let i = 0; i < data.length; i += 3) {
      const group = data.slice(i, i + 3);
      out.push([+group, group.length * 3 + 1]);
    }
  } else {
    // Pairs as 45 × first + second in 11 bits; a last single character in 6.
    for (let i = 0; i < data.length; i += 2) {
      const first = ALPHANUMERIC.indexOf(data[i]);
      out.push(i + 1 < data.length ? [first * 45 + ALPHANUMERIC.indexOf(data[i + 1]), 11] : [first, 6]);
    }
  }
  return out;
}

/**
 * The codewords of these segments at level M, in the smallest version that holds them (7.4),
 * error correction added and blocks interleaved (7.5, 7.6). Throws when no version holds them.
 */
function codewords(parts: Segment[]): { version: number; stream: Uint8Array } {
  const encoded = parts.map((part) => {
    const pairs = bits(part);
    return { part, bits: pairs, length: pairs.reduce((n, [, l]) => n + l, 0) };
  });
  const length = (version: number) => encoded.reduce((sum, { part, length }) => sum + 4 + COUNT_BITS[part.mode][band(version)] + length, 0);
  let version = 1;
  const dataCount = (v: number) => {
    const { blocks, ecPerBlock } = blocksM(v);
    return totalCodewords(v) - blocks * ecPerBlock;
  };
  while (length(version) > dataCount(version) * 8) if (++version > 40) throw new RangeError('Too long for a QR code');
  // The bit stream: mode, count, data; a terminator of up to four zeros, zeros to the byte, then
  // the pad codewords 11101100 and 00010001 in turn (7.4.9, 7.4.10).
  const data = new Uint8Array(dataCount(version));
  let at = 0;
  const put = (value: number, count: number) => {
    for (let i = count - 1; i >= 0; i--, at++) if ((value >>> i) & 1) data[at >> 3] |= 0x80 >> (at & 7);
  };
  for (const { part, bits } of encoded) {
    put(INDICATOR[part.mode], 4);
    put(part.mode === 'byte' ? bits.length : part.data.length, COUNT_BITS[part.mode][band(version)]);
    for (const [value, count] of bits) put(value, count);
  }
  const padded = (at + 4 + 7) >> 3;
  for (let i = padded; i < data.length; i++) data[i] = (i - padded) % 2 ? 0x11 : 0xec;
  // Blocks (Table 9): the later ones hold one data codeword more; each gets the same number of
  // error correction codewords. The stream takes the data codewords of every block in turn, then
  // the error correction codewords.
  const total = totalCodewords(version);
  const { blocks, ecPerBlock } = blocksM(version);
  const shortData = Math.floor(data.length / blocks);
  const longBlocks = data.length % blocks;
  const rs = new ReedSolomonEncoder(ecPerBlock);
  const dataBlocks: Uint8Array[] = [];
  const ecBlocks: Uint8Array[] = [];
  for (let b = 0, offset = 0; b < blocks; b++) {
    const block = data.subarray(offset, (offset += shortData + +(b >= blocks - longBlocks)));
    dataBlocks.push(block);
    ecBlocks.push(rs.encode(block));
  }
  const stream = new Uint8Array(total);
  let k = 0;
  for (const group of [dataBlocks, ecBlocks]) {
    // The last block is the longest.
    for (let i = 0; i < group[blocks - 1].length; i++) for (const block of group) if (i < block.length) stream[k++] = block[i];
  }
  return { version, stream };
}

/**
 * The symbol before masking (7.3, 7.7): function patterns, the reserved places of format and
 * version information, and the codewords in their two-module columns, upwards then downwards
 * from the bottom right. `reserved` is 1 where masks leave the module alone.
 */
function place(version: number, stream: Uint8Array): { size: number; data: Uint8Array; reserved: Uint8Array } {
  const size = version * 4 + 17;
  const data = new Uint8Array(size * size);
  const reserved = new Uint8Array(size * size);
  const set = (row: number, col: number, dark: boolean | number) => {
    data[row * size + col] = +dark;
    reserved[row * size + col] = 1;
  };
  // Finder patterns with their separators, in three corners (6.3.3).
  for (const [top, left] of [[0, 0], [size - 7, 0], [0, size - 7]]) {
    for (let r = -1; r <= 7; r++) {
      for (let c = -1; c <= 7; c++) {
        if (top + r < 0 || top + r >= size || left + c < 0 || left + c >= size) continue;
        const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
        set(top + r, left + c, ring !== 2 && ring !== 4);
      }
    }
  }
  // Timing patterns (6.3.5).
  for (let i = 8; i < size - 8; i++) set(i, 6, i % 2 === 0), set(6, i, i % 2 === 0);
  // Alignment patterns (6.3.6): at every pair of coordinates but where a finder pattern sits.
  const centres = alignmentCoordinates(version);
  const last = centres.length - 1;
  centres.forEach((row, i) =>
    centres.forEach((col, j) => {
      if ((i || j) && (i || j !== last) && (i !== last || j)) {
        for (let r = -2; r <= 2; r++) for (let c = -2; c <= 2; c++) set(row + r, col + c, Math.max(Math.abs(r), Math.abs(c)) !== 1);
      }
    }),
  );
  // Format information (7.9), written with the mask; the dark module beside it.
  for (let i = 0; i < 15; i++) {
    set(i < 6 ? i : i < 8 ? i + 1 : size - 15 + i, 8, 0);
    set(8, i < 8 ? size - i - 1 : i < 9 ? 15 - i : 14 - i, 0);
  }
  set(size - 8, 8, 1);
  // Version information from version 7 (7.10): 6 bits and a (18, 6) Golay code, next to the
  // top right and bottom left finders.
  if (version >= 7) {
    let code = version << 12;
    for (let digit = 17; digit >= 12; digit--) if ((code >> digit) & 1) code ^= 0x1f25 << (digit - 12);
    code |= version << 12;
    for (let i = 0; i < 18; i++) {
      const row = Math.floor(i / 3);
      const col = (i % 3) + size - 11;
      set(row, col, (code >> i) & 1);
      set(col, row, (code >> i) & 1);
    }
  }
  // The codewords, most significant bit first; the remainder bits past them stay light (7.7.3).
  let bit = 0;
  for (let right = size - 1, upwards = true; right > 0; right -= 2, upwards = !upwards) {
    if (right === 6) right--;
    for (let step = 0; step < size; step++) {
      const row = upwards ? size - 1 - step : step;
      for (const col of [right, right - 1]) {
        const k = row * size + col;
        if (reserved[k]) continue;
        data[k] = (stream[bit >> 3] >> (7 - (bit & 7))) & 1;
        bit++;
      }
    }
  }
  return { size, data, reserved };
}

/** The symbol for these segments, level M, with the mask of least penalty (first of equals). */
function encode(parts: Segment[]): { version: number; size: number; data: Uint8Array } {
  const { version, stream } = codewords(parts);
  const { size, data: plain, reserved } = place(version, stream);
  const all = patterns(version, size, reserved);
  let best = { data: plain, score: Infinity };
  for (let mask = 0; mask < 8; mask++) {
    const pattern = all[mask];
    const candidate = new Uint8Array(plain.length);
    for (let k = 0; k < plain.length; k++) candidate[k] = plain[k] ^ pattern[k];
    writeFormat(candidate, size, mask);
    const score = penalty(candidate, size, best.score);
    if (score < best.score) best = { data: candidate, score };
  }
  return { version, size, data: best.data };
}

/** The symbol of a text, with the segments that take the fewest bits for its version. */
export function symbol(text: string): { version: number; size: number; data: Uint8Array } {
  let result = encode(segments(text));
  // Versions 10 and up count characters with more bits: segment again for those.
  if (band(result.version) > 0) result = encode(segments(text, band(result.version)));
  return result;
}

const cache = new Map<string, QrMatrix | null>();

/** Whether the text's symbol is encoded already. */
export const qrCached = (text: string): boolean => cache.has(text);

/** Encodes text (error correction M, as payment QR standards ask); null when it is too long for a QR. */
export function qrMatrix(text: string): QrMatrix | null {
  let matrix = cache.get(text);
  if (matrix !== undefined) return matrix;
  try {
    if (!text) throw new RangeError('No text');
    const { size, data } = symbol(text);
    let path = '';
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        if (!data[y * size + x]) continue;
        let run = 1;
        while (x + run < size && data[y * size + x + run]) run++;
        path += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`;
        x += run;
      }
    }
    matrix = { size, path };
  } catch {
    matrix = null;
  }
  cache.set(text, matrix);
  return matrix;
}

/**
 * The QR code as an SVG image: black modules on a white plate with the quiet zone, whatever the
 * theme (an inverted code fails in many scanners). Null when the text does not fit in a QR code.
 */
export function qrCode(text: string, label: string): TemplateResult | null {
  const matrix = qrMatrix(text);
  if (!matrix) return null;
  const side = matrix.size + 2 * QUIET_ZONE;
  return html`<svg class="qr-code" viewBox="0 0 ${side} ${side}" role="img" aria-label=${label} shape-rendering="crispEdges"><rect width=${side} height=${side} fill="#fff"></rect><path d=${matrix.path} fill="#000"></path></svg>`;
}
