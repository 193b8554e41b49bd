import { expect } from '@open-wc/testing';
import { keccak256 } from '../../src/payloads/keccak.js';
import { hex, utf8 } from './random.js';

describe('keccak256', () => {
  // Known Keccak-256 values as Ethereum computes them; the multi-block ones were produced with the
  // independent js-sha3 package (rate = 136 bytes, so 135/136/137/272 sit on the padding boundaries).
  const sequence = String.fromCharCode(...Array.from({ length: 200 }, (_, i) => i));
  const vectors: [string, Uint8Array, string][] = [
    ['empty input', utf8(''), 'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470'],
    ['"abc"', utf8('abc'), '4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45'],
    [
      'the quick brown fox',
      utf8('The quick brown fox jumps over the lazy dog'),
      '4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15',
    ],
    ['135 bytes (padding fits one byte)', utf8('a'.repeat(135)), '34367dc248bbd832f4e3e69dfaac2f92638bd0bbd18f2912ba4ef454919cf446'],
    ['136 bytes (exactly one block)', utf8('a'.repeat(136)), 'a6c4d403279fe3e0af03729caada8374b5ca54d8065329a3ebcaeb4b60aa386e'],
    ['137 bytes', utf8('a'.repeat(137)), 'd869f639c7046b4929fc92a4d988a8b22c55fbadb802c0c66ebcd484f1915f39'],
    ['272 bytes (two full blocks)', utf8('a'.repeat(272)), 'cf7fcd4f705ee749930d19ca84561a9bf62516bd90a471545fa2f49fdc7e63c8'],
    [
      'bytes 0..199',
      Uint8Array.from(sequence, (c) => c.charCodeAt(0)),
      'bfb0aa97863e797943cf7c33bb7e880bb4543f3d2703c0923c6901c2af57b890',
    ],
  ];
  for (const [name, input, digest] of vectors) {
    it(`hashes ${name}`, () => {
      expect(hex(keccak256(input))).to.equal(digest);
    });
  }

  it('uses Keccak padding, not SHA3-256 (FIPS 202) padding', () => {
    // SHA3-256("") differs only by the domain-separation bits of the padding.
    expect(hex(keccak256(new Uint8Array()))).not.to.equal(
      'a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a',
    );
  });

  it('returns 32 bytes and leaves its input untouched', () => {
    const input = utf8('abc');
    expect(keccak256(input)).to.have.length(32);
    expect(Array.from(input)).to.deep.equal([97, 98, 99]);
  });
});
