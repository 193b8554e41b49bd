// Types for the parts of `qrcode` the widget uses: the encoder core, without its renderers.
declare module 'qrcode/lib/core/qrcode.js' {
  interface BitMatrix {
    size: number;
    data: Uint8Array;
    /** 1 where a function pattern or format/version information sits, which masks leave alone. */
    reservedBit: Uint8Array;
    get(row: number, col: number): number;
  }
  interface QRCodeResult {
    modules: BitMatrix;
    version: number;
    maskPattern: number;
    segments: { mode: { id: string; ccBits: number[] }; getBitsLength(): number }[];
  }
  interface CreateOptions {
    errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
    maskPattern?: number;
    version?: number;
  }
  type Data = string | { data: string; mode: 'byte' | 'alphanumeric' | 'numeric' | 'kanji' }[];
  const QRCode: { create(data: Data, options?: CreateOptions): QRCodeResult };
  export default QRCode;
}

declare module 'qrcode/lib/core/format-info.js' {
  /** The 15 format bits (BCH-coded, masked) for an error correction level and mask pattern. */
  const FormatInfo: { getEncodedBits(level: { bit: number }, mask: number): number };
  export default FormatInfo;
}
