import { expect } from '@open-wc/testing';
import * as bip21 from 'bip21';
import { bip321Uri, formatBtcAmount, percentEncode } from '../../src/payloads/bip321.js';
import { bitcoinAddress } from '../../src/payloads/bitcoin-address.js';
import { prng, randomInt } from './random.js';

// BIP21/BIP321's example address is deliberately invalid (bad checksum): fine for the string form only.
const EXAMPLE = '175tWpb8K1S7NmH4Zx6rewF9WQrcZv245W';

describe('bip321Uri', () => {
  const examples: [Parameters<typeof bip321Uri>[0], string][] = [
    [{ address: EXAMPLE }, 'bitcoin:175tWpb8K1S7NmH4Zx6rewF9WQrcZv245W'],
    [{ address: EXAMPLE, label: 'Luke-Jr' }, 'bitcoin:175tWpb8K1S7NmH4Zx6rewF9WQrcZv245W?label=Luke-Jr'],
    [{ address: EXAMPLE, amount: '20.3', label: 'Luke-Jr' }, 'bitcoin:175tWpb8K1S7NmH4Zx6rewF9WQrcZv245W?amount=20.3&label=Luke-Jr'],
    [
      { address: EXAMPLE, amount: '50', label: 'Luke-Jr', message: 'Donation for project xyz' },
      'bitcoin:175tWpb8K1S7NmH4Zx6rewF9WQrcZv245W?amount=50&label=Luke-Jr&message=Donation%20for%20project%20xyz',
    ],
    [{ address: EXAMPLE, amount: null, label: '', message: undefined }, 'bitcoin:175tWpb8K1S7NmH4Zx6rewF9WQrcZv245W'],
    [{ address: EXAMPLE, message: 'Thanks' }, 'bitcoin:175tWpb8K1S7NmH4Zx6rewF9WQrcZv245W?message=Thanks'],
    [
      { address: 'bc1qufgy354j3kmvuch987xe4s40836x3h0lg8f5n2', amount: '0.001', label: 'Café & Co', message: 'Tip #1: 100% = +thanks' },
      'bitcoin:bc1qufgy354j3kmvuch987xe4s40836x3h0lg8f5n2?amount=0.001&label=Caf%C3%A9%20%26%20Co&message=Tip%20%231%3A%20100%25%20%3D%20%2Bthanks',
    ],
  ];
  for (const [params, uri] of examples) {
    it(`builds ${uri}`, () => {
      expect(bip321Uri(params)).to.equal(uri);
    });
  }

  it('builds a URI for a validated address that bip21 reads back', () => {
    const parsed = bitcoinAddress('BC1P5SWKUGEZN97763TL0YTY6556856UUG0Q6JFLLJVEP9M4P7339X5QZYRH4G');
    if (!parsed) throw new Error('refused');
    const uri = bip321Uri({ address: parsed, amount: formatBtcAmount(0.0005), label: 'Ann' });
    expect(uri).to.equal('bitcoin:bc1p5swkugezn97763tl0yty6556856uug0q6jflljvep9m4p7339x5qzyrh4g?amount=0.0005&label=Ann');
    expect(bip21.decode(uri)).to.deep.equal({
      address: 'bc1p5swkugezn97763tl0yty6556856uug0q6jflljvep9m4p7339x5qzyrh4g',
      options: { amount: 0.0005, label: 'Ann' },
    });
  });

  describe('percentEncode', () => {
    const cases: [string, string][] = [
      [' ', '%20'],
      ['+', '%2B'],
      ['&', '%26'],
      ['=', '%3D'],
      ['#', '%23'],
      ['%', '%25'],
      ['?/:@', '%3F%2F%3A%40'],
      ["!'()*", '%21%27%28%29%2A'],
      ['AZaz09-._~', 'AZaz09-._~'],
      ['é', '%C3%A9'],
      ['€', '%E2%82%AC'],
      ['🍵', '%F0%9F%8D%B5'],
      ['\ud800', '%EF%BF%BD'], // a lone surrogate becomes U+FFFD instead of throwing
    ];
    for (const [input, encoded] of cases) {
      it(`encodes ${JSON.stringify(input)} as ${encoded}`, () => {
        expect(percentEncode(input)).to.equal(encoded);
      });
    }
  });

  it('matches bip21.encode and round-trips through bip21.decode on 300 random requests', () => {
    const next = prng(321);
    const alphabet = ['a', 'Z', '0', ' ', '+', '&', '=', '#', '%', '?', '/', '~', '!', '*', "'", '(', 'é', 'ß', '€', '中', '🍵', '\n'];
    const text = () => Array.from({ length: randomInt(next, 12) }, () => alphabet[randomInt(next, alphabet.length)]).join('');
    for (let i = 0; i < 300; i++) {
      const sats = 1 + randomInt(next, 2_000_000_000);
      const amount = sats / 1e8;
      const label = text();
      const message = text();
      const ours = bip321Uri({ address: EXAMPLE, amount: formatBtcAmount(amount), label, message });
      // bip21 writes the number with String(), which switches to exponents below 1e-6.
      if (amount >= 1e-6) {
        const options = { amount, ...(label && { label }), ...(message && { message }) };
        expect(ours).to.equal(bip21.encode(EXAMPLE, options));
      }
      const decoded = bip21.decode(ours);
      expect(decoded.options.amount).to.equal(amount);
      expect(decoded.options.label ?? '').to.equal(label);
      expect(decoded.options.message ?? '').to.equal(message);
    }
  });
});

describe('formatBtcAmount', () => {
  const cases: [number, string | null][] = [
    [20.3, '20.3'],
    [50, '50'],
    [0.001, '0.001'],
    [1, '1'],
    [100, '100'],
    [0.00000001, '0.00000001'], // one satoshi
    [1e-7, '0.0000001'], // String(1e-7) would be "1e-7"
    [0.12345678, '0.12345678'],
    [21_000_000, '21000000'],
    [0.123456789, null], // finer than a satoshi
    [1e-9, null],
    [0.1 + 0.2, null], // 0.30000000000000004
    [0, null],
    [-1, null],
    [NaN, null],
    [Infinity, null],
    [21_000_000.00000001, null], // more than will ever exist
    [1e21, null],
  ];
  for (const [value, expected] of cases) {
    it(`formats ${value} as ${expected}`, () => {
      expect(formatBtcAmount(value)).to.equal(expected);
    });
  }

  it('formats every whole number of satoshis in a random sample exactly', () => {
    const next = prng(8);
    for (let i = 0; i < 500; i++) {
      const sats = 1 + randomInt(next, 2_100_000_000_000_000);
      const formatted = formatBtcAmount(sats / 1e8);
      const [whole, fraction = ''] = formatted!.split('.');
      expect(BigInt(whole + fraction.padEnd(8, '0')), formatted!).to.equal(BigInt(sats));
    }
  });
});
