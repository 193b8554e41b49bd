/** The only module that imports `qrcode`: text in, an SVG QR code out, made on the visitor's device. */
import QRCode from 'qrcode/lib/core/qrcode.js';
import { html, type TemplateResult } from 'lit';

/** Light modules around the code: scanners need at least 4 (ISO/IEC 18004). */
export const QUIET_ZONE = 4;

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** An SVG path of the dark modules, one subpath per horizontal run. */
  path: string;
}

const cache = new Map<string, QrMatrix | null>();

/** Encodes text (error correction M, as payment QR standards ask); null when it is too long for a QR. */
export function qrMatrix(text: string): QrMatrix | null {
  let matrix = cache.get(text);
  if (matrix !== undefined) return matrix;
  try {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const { size, data } = modules;
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
