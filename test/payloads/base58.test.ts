import { expect } from '@open-wc/testing';
import bs58check from 'bs58check';
import { base58CheckDecode } from '../../src/payloads/base58.js';
import { hex, prng, randomBytes, randomInt } from './random.js';

describe('base58CheckDecode', () => {
  // Version byte + 20-byte hash. Mainnet P2PKH 0x00 (1…), P2SH 0x05 (3…); testnet 0x6f (m…/n…), 0xc4 (2…).
  const valid: [string, string][] = [
    ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', '0077bff20c60e522dfaa3350c39b030a5d004e839a'],
    ['1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', '0062e907b15cbf27d5425399ebf6f0fb50ebb88f18'],
    ['1111111111111111111114oLvT2', '000000000000000000000000000000000000000000'],
    ['3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', '05b472a266d0bd89c13706a4132ccfb16f7c3b9fcb'],
    ['mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn', '6f243f1394f44554f4ce3fd68649c19adc483ce924'],
    ['2MzQwSSnBHWHqSAqtTVQ6v47XtaisrJa1Vc', 'c44e9f39ca4688ff102128ea4ccda34105324305b0'],
  ];
  for (const [input, expected] of valid) {
    it(`decodes ${input}`, () => {
      expect(hex(base58CheckDecode(input) ?? [])).to.equal(expected);
    });
  }

  const invalid: [string, string][] = [
    ['', 'an empty string'],
    ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3', 'a wrong checksum (last character changed)'],
    ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN', 'a truncated string'],
    ['175tWpb8K1S7NmH4Zx6rewF9WQrcZv245W', "BIP21's deliberately invalid example address"],
    ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNV0N2', 'the excluded character 0'],
    ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVO2', 'the excluded character O'],
    ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVI2', 'the excluded character I'],
    ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVl2', 'the excluded character l'],
    ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNV N2', 'a space'],
    ['1111', 'fewer than 5 bytes'],
  ];
  for (const [input, reason] of invalid) {
    it(`rejects ${reason}`, () => {
      expect(base58CheckDecode(input)).to.equal(null);
    });
  }

  it('agrees with bs58check on 400 random payloads, including leading zero bytes', () => {
    const next = prng(58);
    for (let i = 0; i < 400; i++) {
      const payload = randomBytes(next, 1 + randomInt(next, 40));
      for (let z = randomInt(next, 4) - 1; z >= 0; z--) payload[z] = 0;
      const encoded = bs58check.encode(payload);
      expect(hex(base58CheckDecode(encoded) ?? []), encoded).to.equal(hex(payload));
    }
  });

  it('rejects what bs58check rejects after a one-character change', () => {
    const next = prng(59);
    const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
    for (let i = 0; i < 300; i++) {
      const encoded = bs58check.encode(randomBytes(next, 21));
      const at = randomInt(next, encoded.length);
      const changed = encoded.slice(0, at) + alphabet[randomInt(next, 58)] + encoded.slice(at + 1);
      const theirs = bs58check.decodeUnsafe(changed);
      const ours = base58CheckDecode(changed);
      expect(ours && hex(ours), changed).to.equal(theirs ? hex(theirs) : null);
    }
  });
});
