import { expect } from '@open-wc/testing';
import QRCode from 'qrcode/lib/core/qrcode.js';
import jsQR from 'jsqr';
import { bech32 } from 'bech32';
import * as bip21 from 'bip21';

describe('smoke', () => {
  it('loads cjs', () => {
    expect(typeof QRCode.create).to.equal('function');
    expect(typeof jsQR).to.equal('function');
    expect(typeof bech32.decode).to.equal('function');
    expect(typeof bip21.encode).to.equal('function');
  });
});
