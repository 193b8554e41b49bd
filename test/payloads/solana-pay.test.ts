import { expect } from '@open-wc/testing';
import bs58 from 'bs58';
// @ts-ignore -- ships without type declarations; typed below.
import * as multicoin from 'multicoin-address-validator';
import { formatSolAmount, parseSolanaAddress, solanaPayUri } from '../../src/payloads/solana-pay.js';
import { prng, randomBytes, randomInt } from './random.js';

const WAValidator = ((multicoin as unknown as { default?: unknown }).default ?? multicoin) as {
  validate(address: string, currency: string): boolean;
};

// The recipient of every example in the Solana Pay SPEC, and the USDC mint its second example uses.
const MVINES = 'mvines9iiHiQTysrwkJjGf2gb9Ex9jXJX8ns3qwf2kN';
const USDC_MINT = 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v';

/** The query of a `solana:` URL as the SPEC has wallets read it (URL-decoded). */
function query(uri: string): Record<string, string> {
  return Object.fromEntries(new URL(uri).searchParams);
}

describe('Solana Pay SPEC transfer-request examples', () => {
  const example1 = `solana:${MVINES}?amount=1&label=Michael&message=Thanks%20for%20all%20the%20fish&memo=OrderId12345`;
  const example2 = `solana:${MVINES}?amount=0.01&spl-token=${USDC_MINT}`;
  const example3 = `solana:${MVINES}&label=Michael`;

  it('builds example 1 without its memo, which wallets record on-chain', () => {
    const uri = solanaPayUri({ recipient: MVINES, amount: formatSolAmount(1), label: 'Michael', message: 'Thanks for all the fish' });
    expect(uri).to.equal(example1.replace('&memo=OrderId12345', ''));
    const { memo, ...rest } = query(example1);
    expect(memo).to.equal('OrderId12345');
    expect(query(uri)).to.deep.equal(rest);
  });

  it("builds example 2's SOL part: amount 0.01 with its leading 0", () => {
    expect(solanaPayUri({ recipient: MVINES, amount: formatSolAmount(0.01) })).to.equal(`solana:${MVINES}?amount=0.01`);
    expect(query(example2).amount).to.equal('0.01');
  });

  it('builds example 3 with "?" where the SPEC has "&"', () => {
    const uri = solanaPayUri({ recipient: MVINES, label: 'Michael' });
    expect(uri).to.equal(`solana:${MVINES}?label=Michael`);
    expect(uri).not.to.equal(example3);
    // Read as a URL, the SPEC's version has no query at all: the label is glued to the recipient.
    expect(new URL(example3).search).to.equal('');
    expect(query(uri)).to.deep.equal({ label: 'Michael' });
  });

  it('reads the recipient of examples 1 and 2, and refuses example 3 with the reason', () => {
    expect(parseSolanaAddress(example1)).to.deep.equal({ ok: true, value: MVINES });
    expect(parseSolanaAddress(example2)).to.deep.equal({ ok: true, value: MVINES });
    const third = parseSolanaAddress(example3);
    expect(third.ok).to.equal(false);
    if (!third.ok) expect(third.error).to.contain('"?"');
  });
});

describe('solanaPayUri', () => {
  const cases: [Parameters<typeof solanaPayUri>[0], string][] = [
    [{ recipient: MVINES }, `solana:${MVINES}`],
    [{ recipient: MVINES, amount: null, label: '', message: undefined }, `solana:${MVINES}`],
    [{ recipient: MVINES, message: 'Thanks' }, `solana:${MVINES}?message=Thanks`],
    [{ recipient: MVINES, amount: '0.000000001' }, `solana:${MVINES}?amount=0.000000001`],
    [
      { recipient: MVINES, amount: '2.5', label: 'Café & Co', message: 'Tip #1: 100% = +thanks' },
      `solana:${MVINES}?amount=2.5&label=Caf%C3%A9%20%26%20Co&message=Tip%20%231%3A%20100%25%20%3D%20%2Bthanks`,
    ],
  ];
  for (const [params, uri] of cases) {
    it(`builds ${uri}`, () => {
      expect(solanaPayUri(params)).to.equal(uri);
    });
  }

  const texts = ['Café & Co', '寿司 🍣', 'a+b=c?d#e/f', '100% sure', "O'Brien \"quoted\"", 'line\nbreak'];
  for (const text of texts) {
    it(`URL-decodes back to ${JSON.stringify(text)}, never with a memo`, () => {
      const uri = solanaPayUri({ recipient: MVINES, amount: '1', label: text, message: text });
      expect(query(uri)).to.deep.equal({ amount: '1', label: text, message: text });
      expect(uri).not.to.match(/[?&]memo=/);
      expect(uri).not.to.contain('+');
    });
  }
});

describe('formatSolAmount', () => {
  const cases: [number, string | null][] = [
    [1, '1'],
    [0.01, '0.01'],
    [0.5, '0.5'],
    [2.5, '2.5'],
    [1000, '1000'],
    [123.456, '123.456'],
    [1e-9, '0.000000001'],
    [1e-7, '0.0000001'],
    [0.123456789, '0.123456789'],
    [1.5e-9, null],
    [1e-10, null],
    [0.1 + 0.2, null],
    [1e-21, null],
    [0, null],
    [-1, null],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    [1e21, null],
  ];
  for (const [value, expected] of cases) {
    it(`formats ${value} as ${expected}`, () => {
      expect(formatSolAmount(value)).to.equal(expected);
    });
  }

  it('gives plain decimals (no exponent, leading 0, no trailing zeros) that read back exactly', () => {
    const next = prng(501);
    for (let i = 0; i < 300; i++) {
      const value = (1 + randomInt(next, 10 ** 6)) / 10 ** randomInt(next, 10);
      const text = formatSolAmount(value);
      expect(text, String(value)).to.match(/^(0|[1-9]\d*)(\.\d{0,8}[1-9])?$/);
      expect(Number(text)).to.equal(value);
    }
  });
});

describe('parseSolanaAddress', () => {
  const valid: [string, string][] = [
    [MVINES, MVINES],
    [`solana:${MVINES}`, MVINES],
    [`  ${MVINES}\n`, MVINES],
    [`SOLANA:${MVINES}?amount=1&label=Michael`, MVINES],
    [USDC_MINT, USDC_MINT],
    // The SPEC's "zero value" key: 32 zero bytes, only 32 characters.
    ['11111111111111111111111111111111', '11111111111111111111111111111111'],
  ];
  for (const [input, expected] of valid) {
    it(`accepts ${JSON.stringify(input)}`, () => {
      expect(parseSolanaAddress(input)).to.deep.equal({ ok: true, value: expected });
    });
  }

  const invalid: [string, string, string][] = [
    ['', 'nothing', 'No Solana address'],
    ['   ', 'blanks', 'No Solana address'],
    ['solana:', 'the scheme alone', 'No Solana address'],
    ['solana:https://example.com/solana-pay', 'a transaction request', 'transaction request'],
    ['solana:https%3A%2F%2Fexample.com%2Fsolana-pay%3Forder%3D12345', 'an encoded transaction request', 'transaction request'],
    [`${MVINES.slice(0, 10)}0${MVINES.slice(11)}`, 'the excluded character 0', '"0"'],
    [`${MVINES.slice(0, 10)}l${MVINES.slice(11)}`, 'the excluded character l', '"l"'],
    [`${MVINES.slice(0, 20)} ${MVINES.slice(20)}`, 'a space inside', '" "'],
    [MVINES.slice(0, -2), 'a truncated address', '32-byte'],
    [`${MVINES}${MVINES.slice(0, 3)}`, 'extra characters', '32-byte'],
    ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', 'a Bitcoin address (25 bytes)', '25 bytes'],
    ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', 'an Ethereum address', 'Ethereum'],
  ];
  for (const [input, reason, message] of invalid) {
    it(`refuses ${reason}`, () => {
      const result = parseSolanaAddress(input);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.error).to.contain(message);
    });
  }
});

describe('parseSolanaAddress against bs58', () => {
  it('accepts 400 random 32-byte keys (some with leading zero bytes) as bs58 encodes them', () => {
    const next = prng(3232);
    for (let i = 0; i < 400; i++) {
      const key = randomBytes(next, 32);
      for (let z = randomInt(next, 6) - 3; z >= 0; z--) key[z] = 0;
      const encoded = bs58.encode(key);
      expect(parseSolanaAddress(encoded), encoded).to.deep.equal({ ok: true, value: encoded });
    }
  });

  it('refuses 300 random payloads of any other length', () => {
    const next = prng(3233);
    for (let i = 0; i < 300; i++) {
      const length = 1 + randomInt(next, 63);
      if (length === 32) continue;
      const encoded = bs58.encode(randomBytes(next, length));
      expect(parseSolanaAddress(encoded).ok, encoded).to.equal(false);
    }
  });

  it('accepts a one-character change exactly when bs58 still decodes it to 32 bytes', () => {
    const next = prng(3234);
    const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
    for (let i = 0; i < 300; i++) {
      const encoded = bs58.encode(randomBytes(next, 32));
      const at = randomInt(next, encoded.length);
      const changed = encoded.slice(0, at) + alphabet[randomInt(next, 58)] + encoded.slice(at + 1);
      expect(parseSolanaAddress(changed).ok, changed).to.equal(bs58.decodeUnsafe(changed)?.length === 32);
    }
  });
});

describe('parseSolanaAddress against multicoin-address-validator', () => {
  it('agrees on 300 random keys of 43–44 characters', () => {
    const next = prng(4344);
    let compared = 0;
    for (let i = 0; i < 300; i++) {
      const encoded = bs58.encode(randomBytes(next, 32));
      if (encoded.length < 43) continue;
      compared++;
      expect(WAValidator.validate(encoded, 'SOL'), encoded).to.equal(true);
      expect(parseSolanaAddress(encoded).ok, encoded).to.equal(true);
    }
    expect(compared).to.be.greaterThan(290);
  });

  // The library only checks for 43–44 decodable characters, not for 32 bytes.
  it('differs where it checks the length in characters instead of bytes', () => {
    const zero = '11111111111111111111111111111111';
    expect(WAValidator.validate(zero, 'SOL')).to.equal(false);
    expect(parseSolanaAddress(zero).ok).to.equal(true);
    const next = prng(4345);
    let short = '';
    while (short.length !== 43) short = bs58.encode(randomBytes(next, 31));
    expect(WAValidator.validate(short, 'SOL')).to.equal(true);
    expect(parseSolanaAddress(short).ok).to.equal(false);
  });
});
