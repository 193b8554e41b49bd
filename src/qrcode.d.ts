// Types for the one part of `qrcode` the widget uses: the encoder core, without its renderers.
declare module 'qrcode/lib/core/qrcode.js' {
  interface BitMatrix {
    size: number;
    data: Uint8Array;
    get(row: number, col: number): number;
  }
  interface QRCodeResult {
    modules: BitMatrix;
    version: number;
    maskPattern: number;
  }
  interface CreateOptions {
    errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
    maskPattern?: number;
    version?: number;
  }
  const QRCode: { create(text: string, options?: CreateOptions): QRCodeResult };
  export default QRCode;
}
