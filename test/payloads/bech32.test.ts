import { expect } from '@open-wc/testing';
import { bech32, bech32m } from 'bech32';
import { bech32Decode, bech32Encode, convertBits, type Bech32Encoding } from '../../src/payloads/bech32.js';
import { hex, prng, randomBytes, randomInt } from './random.js';

describe('bech32', () => {
  // BIP173 and BIP350 "valid" strings. No string is valid in both encodings.
  const valid: [string, Bech32Encoding][] = [
    ['A12UEL5L', 'bech32'],
    ['a12uel5l', 'bech32'],
    ['an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs', 'bech32'],
    ['abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw', 'bech32'],
    ['11qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqc8247j', 'bech32'],
    ['split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w', 'bech32'],
    ['?1ezyfcl', 'bech32'],
    ['A1LQFN3A', 'bech32m'],
    ['a1lqfn3a', 'bech32m'],
    ['an83characterlonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11sg7hg6', 'bech32m'],
    ['abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx', 'bech32m'],
    ['11llllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllludsr8', 'bech32m'],
    ['split1checkupstagehandshakeupstreamerranterredcaperredlc445v', 'bech32m'],
    ['?1v759aa', 'bech32m'],
  ];
  for (const [input, encoding] of valid) {
    it(`decodes ${input} as ${encoding} and encodes it back`, () => {
      const decoded = bech32Decode(input);
      expect(decoded?.encoding).to.equal(encoding);
      expect(bech32Encode(decoded!.hrp, decoded!.data, encoding)).to.equal(input.toLowerCase());
    });
  }

  it('decodes the data words of a known string', () => {
    expect(bech32Decode('abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw')).to.deep.equal({
      hrp: 'abcdef',
      data: Array.from({ length: 32 }, (_, i) => i),
      encoding: 'bech32',
    });
  });

  // BIP173 and BIP350 invalid strings, with the reason the BIPs give.
  const invalid: [string, string][] = [
    ['\x201nwldj5', 'HRP character out of range (0x20)'],
    ['\x7f1axkwrx', 'HRP character out of range (0x7F)'],
    ['\x801eym55h', 'HRP character out of range (0x80)'],
    ['an84characterslonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1569pvx', 'overall max length exceeded'],
    ['pzry9x0s0muk', 'no separator character'],
    ['1pzry9x0s0muk', 'empty HRP'],
    ['x1b4n0q5v', 'invalid data character'],
    ['li1dgmt3', 'too short checksum'],
    ['de1lg7wt\xff', 'invalid character in checksum'],
    ['A1G7SGD8', 'checksum calculated with uppercase form of HRP'],
    ['10a06t8', 'empty HRP'],
    ['1qzzfhee', 'empty HRP'],
    ['\x201xj0phk', 'HRP character out of range (0x20, bech32m)'],
    ['\x7f1g6xzxy', 'HRP character out of range (0x7F, bech32m)'],
    ['\x801vctc34', 'HRP character out of range (0x80, bech32m)'],
    ['an84characterslonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11d6pts4', 'overall max length exceeded (bech32m)'],
    ['qyrz8wqd2c9m', 'no separator character (bech32m)'],
    ['1qyrz8wqd2c9m', 'empty HRP (bech32m)'],
    ['y1b0jsk6g', 'invalid data character (bech32m)'],
    ['lt1igcx5c0', 'invalid data character i (bech32m)'],
    ['in1muywd', 'too short checksum (bech32m)'],
    ['mm1crxm3i', 'invalid character in checksum (bech32m)'],
    ['au1s5cgom', 'invalid character in checksum o (bech32m)'],
    ['M1VUXWEZ', 'checksum calculated with uppercase form of HRP (bech32m)'],
    ['16plkw9', 'empty HRP (bech32m)'],
    ['1p2gdwpf', 'empty HRP (bech32m)'],
    ['tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sL5k7', 'mixed case'],
  ];
  for (const [input, reason] of invalid) {
    it(`rejects ${JSON.stringify(input).slice(0, 40)}: ${reason}`, () => {
      expect(bech32Decode(input)).to.equal(null);
    });
  }

  it('rejects a non-ASCII letter that lower-cases to an ASCII one (Kelvin sign K → k)', () => {
    const upper = bech32Encode('k', [0, 1, 2], 'bech32').toUpperCase();
    expect(bech32Decode(upper)?.hrp).to.equal('k');
    expect(bech32Decode(`\u212A${upper.slice(1)}`)).to.equal(null);
  });

  // BIP350 segwit address vectors, testnet included: all are well-formed Bech32/Bech32m strings.
  const addresses: [string, Bech32Encoding, string][] = [
    ['BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', 'bech32', '0014751e76e8199196d454941c45d1b3a323f1433bd6'],
    ['tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7', 'bech32', '00201863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262'],
    ['bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y', 'bech32m', '5128751e76e8199196d454941c45d1b3a323f1433bd6751e76e8199196d454941c45d1b3a323f1433bd6'],
    ['BC1SW50QGDZ25J', 'bech32m', '6002751e'],
    ['bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs', 'bech32m', '5210751e76e8199196d454941c45d1b3a323'],
    ['tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy', 'bech32', '0020000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433'],
    ['tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c', 'bech32m', '5120000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433'],
    ['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0', 'bech32m', '512079be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798'],
  ];
  for (const [address, encoding, scriptPubKey] of addresses) {
    it(`decodes the witness program of ${address}`, () => {
      const decoded = bech32Decode(address)!;
      expect(decoded.encoding).to.equal(encoding);
      const [version, ...words] = decoded.data;
      const program = convertBits(words, 5, 8, false)!;
      // scriptPubKey = OP_n (0x00, or 0x50 + n) + push length + program
      expect(hex([version ? 0x50 + version : 0, program.length, ...program])).to.equal(scriptPubKey);
    });
  }

  it('applies the length limit, which LNURLs must lift', () => {
    const lnurl =
      'LNURL1DP68GURN8GHJ7UM9WFMXJCM99E3K7MF0V9CXJ0M385EKVCENXC6R2C35XVUKXEFCV5MKVV34X5EKZD3EV56NYD3HXQURZEPEXEJXXEPNXSCRVWFNV9NXZCN9XQ6XYEFHVGCXXCMYXYMNSERXFQ5FNS';
    expect(bech32Decode(lnurl)).to.equal(null);
    expect(bech32Decode(lnurl, 2000)?.hrp).to.equal('lnurl');
    expect(bech32Decode(lnurl, lnurl.length - 1)).to.equal(null);
  });

  describe('convertBits', () => {
    const cases: [number[], number, number, boolean, number[] | null][] = [
      [[0xff], 8, 5, true, [31, 28]],
      [[0xff], 8, 5, false, null], // 3 leftover bits would be non-zero
      [[31, 28], 5, 8, false, [0xff]],
      [[31, 29], 5, 8, false, null], // non-zero padding
      [[0, 0, 0], 5, 8, false, null], // 15 bits: 7 leftover bits, more than 4
      [[0, 0], 5, 8, false, [0]],
      [[32], 5, 8, true, null], // value out of range
      [[-1], 8, 5, true, null],
      [[], 8, 5, true, []],
    ];
    for (const [data, from, to, pad, expected] of cases) {
      it(`converts [${data}] from ${from} to ${to} bits${pad ? ' with padding' : ''}`, () => {
        expect(convertBits(data, from, to, pad)).to.deep.equal(expected);
      });
    }

    it('agrees with the bech32 package on 300 random byte strings', () => {
      const next = prng(5);
      for (let i = 0; i < 300; i++) {
        const bytes = randomBytes(next, randomInt(next, 60));
        const words = convertBits(bytes, 8, 5, true)!;
        expect(words).to.deep.equal(bech32.toWords(bytes));
        expect(convertBits(words, 5, 8, false)).to.deep.equal(Array.from(bytes));
      }
    });
  });

  describe('cross-check with the bech32 package', () => {
    const libs = { bech32, bech32m };
    const randomHrp = (next: () => number) =>
      Array.from({ length: 1 + randomInt(next, 10) }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[randomInt(next, 36)]).join('');

    it('encodes and decodes 400 random inputs identically', () => {
      const next = prng(32);
      for (let i = 0; i < 400; i++) {
        const encoding: Bech32Encoding = i % 2 ? 'bech32m' : 'bech32';
        const hrp = randomHrp(next);
        const words = Array.from({ length: randomInt(next, 70) }, () => randomInt(next, 32));
        const ours = bech32Encode(hrp, words, encoding);
        expect(ours).to.equal(libs[encoding].encode(hrp, words, 2000));
        expect(bech32Decode(ours.toUpperCase(), 2000)).to.deep.equal({ hrp, data: words, encoding });
      }
    });

    it('accepts and rejects exactly what the package does after a random edit', () => {
      const next = prng(33);
      const chars = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l1bioQP';
      for (let i = 0; i < 600; i++) {
        const encoding: Bech32Encoding = (i >> 2) % 2 ? 'bech32m' : 'bech32';
        let s: string;
        do {
          const words = Array.from({ length: randomInt(next, 50) }, () => randomInt(next, 32));
          s = bech32Encode(randomHrp(next), words, encoding);
          // Strings ending in 'p' expose Bech32's 'q'-insertion weakness (BIP350), which both must share.
        } while (i % 4 === 3 && !s.endsWith('p'));
        const at = randomInt(next, s.length + 1);
        const char = chars[randomInt(next, chars.length)];
        const edits = [
          s.slice(0, at) + char + s.slice(at + 1), // substitution
          s.slice(0, at) + char + s.slice(at), // insertion
          s.slice(0, at) + s.slice(at + 1), // deletion
          s.slice(0, -1) + 'q' + s.slice(-1), // 'q' before the last character
        ];
        const changed = edits[i % edits.length];
        const ours = bech32Decode(changed);
        const theirs = bech32.decodeUnsafe(changed) ?? bech32m.decodeUnsafe(changed);
        expect(ours?.data ?? null, changed).to.deep.equal(theirs?.words ?? null);
        // A 'q' inserted before a final 'p' goes undetected by Bech32, and is caught by Bech32m.
        if (i % 4 === 3) expect(ours !== null, changed).to.equal(encoding === 'bech32');
      }
    });
  });
});
