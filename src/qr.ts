/**
 * The only module that imports `qrcode`: text in, an SVG QR code out, made on the visitor's device.
 *
 * `qrcode` does the encoding (bit stream, Reed–Solomon blocks, placement). Two of its steps took
 * 90% of the time and are done here instead: choosing the segments (its graph search) and choosing
 * the mask (it redraws and rescans the whole symbol eight times through method calls). Both follow
 * ISO/IEC 18004:2015, and the result is the symbol `qrcode` itself makes for the same segments.
 */
import QRCode from 'qrcode/lib/core/qrcode.js';
import FormatInfo from 'qrcode/lib/core/format-info.js';
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

/** Writes the format information (level M, this mask) into both of its places (7.9). */
function writeFormat(data: Uint8Array, size: number, mask: number): void {
  const bits = FormatInfo.getEncodedBits({ bit: 0 }, mask);
  for (let i = 0; i < 15; i++) {
    const dark = (bits >> i) & 1;
    data[(i < 6 ? i : i < 8 ? i + 1 : size - 15 + i) * size + 8] = dark;
    data[8 * size + (i < 8 ? size - i - 1 : i < 9 ? 15 - i : 14 - i)] = dark;
  }
  data[(size - 8) * size + 8] = 1;
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

/** The symbol for these segments, level M, with the mask of least penalty (first of equals). */
function encode(parts: Segment[]): { version: number; size: number; data: Uint8Array } {
  // Mask 0 asked for, so that qrcode skips its own search; it is taken off again below.
  const { modules, version } = QRCode.create(parts, { errorCorrectionLevel: 'M', maskPattern: 0 });
  const { size, data, reservedBit } = modules;
  const all = patterns(version, size, reservedBit);
  const plain = data.map((module, k) => module ^ all[0][k]);
  let best = { data, score: Infinity };
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
