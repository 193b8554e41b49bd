import { expect } from '@open-wc/testing';
import { sha256 } from '../../src/payloads/sha256.js';
import { hex, prng, randomBytes, randomInt, utf8 } from './random.js';

describe('sha256', () => {
  // FIPS 180-4 / NIST CSRC example values.
  const vectors: [string, string, string][] = [
    ['"abc" (one block)', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['empty message', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    [
      '448-bit message (padding spills into a second block)',
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      '896-bit message',
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
    ['one million "a" (15 625 blocks)', 'a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
  ];
  for (const [name, input, digest] of vectors) {
    it(`hashes the ${name}`, () => {
      expect(hex(sha256(utf8(input)))).to.equal(digest);
    });
  }

  it('hashes a subarray view by its own bytes only', () => {
    const buffer = utf8('xxabcxx');
    expect(hex(sha256(buffer.subarray(2, 5)))).to.equal(vectors[0][2]);
  });

  it('agrees with WebCrypto on 300 random inputs around the block boundaries', async () => {
    const next = prng(256);
    for (let i = 0; i < 300; i++) {
      const data = randomBytes(next, i < 200 ? i : randomInt(next, 5000));
      const expected = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
      expect(hex(sha256(data)), `length ${data.length}`).to.equal(hex(expected));
    }
  });
});
