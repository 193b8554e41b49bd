import { expect } from '@open-wc/testing';
import { createStaticPix, hasError } from 'pix-utils';
import { crc16ccitt } from '../../src/payloads/crc16.js';
import { prng, randomInt } from './random.js';

// Payloads whose last 4 characters are the CRC of everything before them (ID 63 + length included).
const SIGNED: [string, string][] = [
  ['BCB manual, static example', '00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D'],
  ['pix-utils STATIC_TEST_EMV', '00020126510014br.gov.bcb.pix0115thalesog@me.com0210Pedido 123520400005303986540510.005802BR5914Thales Ogliari6015SAO MIGUEL DO O62070503***63044367'],
  ['pix-utils STATIC_TEST_NO_VALUE_EMV', '00020126510014br.gov.bcb.pix0115thalesog@me.com0210Pedido 12352040000530398654040.005802BR5914Thales Ogliari6015SAO MIGUEL DO O62070503***63044406'],
  ['pix-utils STATIC_TEST_NO_VALUE_ELEMENT_EMV', '00020126510014br.gov.bcb.pix0115thalesog@me.com0210Pedido 1235204000053039865802BR5914Thales Ogliari6015SAO MIGUEL DO O62070503***63042C6B'],
  ['pix-utils DYNAMIC_TEST_EMV', '00020126740014br.gov.bcb.pix2552payload.psp.com/3ec9d2f9-5f03-4e0e-820d-63a81e769e875204000053039865802BR5914Thales Ogliari6015SAO MIGUEL DO O62070503***63040C64'],
  ['UnionPay EMVCo merchant QR (Hong Kong test platform)', '000201010211153125000344000203441000000000000065204597253033445802HK5913Test Merchant6002HK626001200000000000000000000005200000000000000000000007080000001063045855'],
];

describe('crc16ccitt', () => {
  describe('check values (CRC catalogue; non-ASCII rows from Python binascii.crc_hqx over UTF-8)', () => {
    const table: [string, string][] = [
      ['123456789', '29B1'],
      ['', 'FFFF'],
      ['A', 'B915'],
      ['é', '7ACB'],
      ['€', '0B51'],
      ['😀', '4F4F'],
      ['São Paulo', 'E390'],
      ['Pix ✓ çãõ', '432F'],
    ];
    for (const [text, crc] of table) {
      it(`${JSON.stringify(text)} → ${crc}`, () => expect(crc16ccitt(text)).to.equal(crc));
    }
  });

  describe('reproduces the CRC of published EMV payloads', () => {
    for (const [name, payload] of SIGNED) {
      it(name, () => expect(crc16ccitt(payload.slice(0, -4))).to.equal(payload.slice(-4)));
    }
  });

  it('always gives 4 upper-case hex digits, zero-padded', () => {
    const next = prng(16);
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const crc = crc16ccitt(String(randomInt(next, 1e9)));
      expect(crc).to.match(/^[0-9A-F]{4}$/);
      seen.add(crc[0]);
    }
    // Values under 0x1000 exist and keep their leading zero.
    expect(seen.has('0')).to.equal(true);
  });

  it('agrees with the CRC pix-utils writes, over UTF-8, for 300 random descriptions', () => {
    const next = prng(1021);
    const alphabet = [...'abcXYZ019 .-/*çãõéÜß€✓中文😀'];
    for (let i = 0; i < 300; i++) {
      const length = 1 + randomInt(next, 18);
      const infoAdicional = Array.from({ length }, () => alphabet[randomInt(next, alphabet.length)]).join('');
      const pix = createStaticPix({ merchantName: 'FULANO', merchantCity: 'BRASILIA', pixKey: 'fulano@example.com', infoAdicional, transactionAmount: 0 });
      if (hasError(pix)) throw new Error(pix.message);
      const code = pix.toBRCode();
      expect(crc16ccitt(code.slice(0, -4)), infoAdicional).to.equal(code.slice(-4));
    }
  });
});
