// Types for the parts of `qrcode` the widget uses (its error correction) and the tests compare with
// (the whole encoder and its tables), without its renderers.
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

declare module 'qrcode/lib/core/reed-solomon-encoder.js' {
  /** Reed–Solomon error correction over GF(256) with `degree` error correction codewords. */
  class ReedSolomonEncoder {
    constructor(degree: number);
    /** The error correction codewords of a block of data codewords. */
    encode(data: Uint8Array): Uint8Array;
  }
  export default ReedSolomonEncoder;
}

declare module 'qrcode/lib/core/error-correction-level.js' {
  const ECLevel: { L: { bit: number }; M: { bit: number }; Q: { bit: number }; H: { bit: number } };
  export default ECLevel;
}

declare module 'qrcode/lib/core/error-correction-code.js' {
  /** Table 9: the number of error correction blocks, and of error correction codewords in all. */
  const ECCode: {
    getBlocksCount(version: number, level: { bit: number }): number;
    getTotalCodewordsCount(version: number, level: { bit: number }): number;
  };
  export default ECCode;
}

declare module 'qrcode/lib/core/alignment-pattern.js' {
  /** The rows (and columns) of the alignment pattern centres of a version. */
  const AlignmentPattern: { getRowColCoords(version: number): number[] };
  export default AlignmentPattern;
}

declare module 'qrcode/lib/core/utils.js' {
  /** The number of codewords (data and error correction) a version holds. */
  const Utils: { getSymbolTotalCodewords(version: number): number };
  export default Utils;
}
