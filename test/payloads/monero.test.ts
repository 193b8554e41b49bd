import { expect } from '@open-wc/testing';
// @ts-ignore -- ships without type declarations; typed below.
import * as multicoin from 'multicoin-address-validator';
import { keccak256 } from '../../src/payloads/keccak.js';
import { formatXmrAmount, moneroUri, parseMoneroAddress } from '../../src/payloads/monero.js';
import { prng, randomBytes, randomInt } from './random.js';

const WAValidator = ((multicoin as unknown as { default?: unknown }).default ?? multicoin) as {
  validate(address: string, currency: string, networkType?: string): boolean;
};

/** The library throws on some malformed input instead of answering false. */
function theirs(address: string, networkType?: string): boolean {
  try {
    return WAValidator.validate(address, 'XMR', networkType);
  } catch {
    return false;
  }
}

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const ENCODED_BLOCK_SIZES = [0, 2, 3, 5, 6, 7, 9, 10, 11];

/** Test-only encoder (Monero base58: 8-byte blocks, each padded with '1' to its fixed width). */
function encodeMoneroBase58(bytes: Uint8Array): string {
  let out = '';
  for (let at = 0; at < bytes.length; at += 8) {
    const block = bytes.subarray(at, at + 8);
    let num = block.reduce((n, byte) => (n << 8n) | BigInt(byte), 0n);
    let chars = '';
    for (let i = 0; i < ENCODED_BLOCK_SIZES[block.length]; i++, num /= 58n) chars = ALPHABET[Number(num % 58n)] + chars;
    out += chars;
  }
  return out;
}

/** An address: network byte (a one-byte varint here), keys, and the first 4 bytes of their Keccak-256. */
function makeAddress(tag: number, keys: Uint8Array): string {
  const body = Uint8Array.from([tag, ...keys]);
  return encodeMoneroBase58(Uint8Array.from([...body, ...keccak256(body).subarray(0, 4)]));
}

// Monero's own functional test (tests/functional_tests/validate_address.py, check_good_addresses).
const MONERO_TESTS: [string, '' | 'i' | 's', string][] = [
  ['mainnet', '', '42ey1afDFnn4886T7196doS9GPMzexD9gXpsZJDwVjeRVdFCSoHnv7KPbBeGpzJBzHRCAs9UxqeoyFQMYbqSWYTfJJQAWDm'],
  ['mainnet', '', '44Kbx4sJ7JDRDV5aAhLJzQCjDz2ViLRduE3ijDZu3osWKBjMGkV1XPk4pfDUMqt1Aiezvephdqm6YD19GKFD9ZcXVUTp6BW'],
  ['testnet', '', '9ujeXrjzf7bfeK3KZdCqnYaMwZVFuXemPU8Ubw335rj2FN1CdMiWNyFV3ksEfMFvRp9L9qum5UxkP5rN9aLcPxbH1au4WAB'],
  ['stagenet', '', '53teqCAESLxeJ1REzGMAat1ZeHvuajvDiXqboEocPaDRRmqWoVPzy46GLo866qRFjbNhfkNckyhST3WEvBviDwpUDd7DSzB'],
  ['mainnet', 'i', '4BxSHvcgTwu25WooY4BVmgdcKwZu5EksVZSZkDd6ooxSVVqQ4ubxXkhLF6hEqtw96i9cf3cVfLw8UWe95bdDKfRQeYtPwLm1Jiw7AKt2LY'],
  ['mainnet', 's', '8AsN91rznfkBGTY8psSNkJBg9SZgxxGGRUhGwRptBhgr5XSQ1XzmA9m8QAnoxydecSh5aLJXdrgXwTDMMZ1AuXsN1EX5Mtm'],
  ['mainnet', 's', '86kKnBKFqzCLxtK1Jmx2BkNBDBSMDEVaRYMMyVbeURYDWs8uNGDZURKCA5yRcyMxHzPcmCf1q2fSdhQVcaKsFrtGRsdGfNk'],
  ['testnet', 'i', 'AApMA1VuhiCaHzr5X2KXi2Zc9oJ3VaGjkfChxxpRpxkyKf1NetvbRbQTbFMrGkr85DjnEH7JsBaoUFsgKwZnmtnVWnoB8MDotCsLb7eWwz'],
  ['testnet', 's', 'BdKg9udkvckC5T58a8Nmtb6BNsgRAxs7uA2D49sWNNX5HPW5Us6Wxu8QMXrnSx3xPBQQ2iu9kwEcRGAoiz6EPmcZKbF62GS'],
  ['testnet', 's', 'BcFvPa3fT4gVt5QyRDe5Vv7VtUFao9ci8NFEy3r254KF7R1N2cNB5FYhGvrHbMStv4D6VDzZ5xtxeKV8vgEPMnDcNFuwZb9'],
  ['stagenet', 'i', '5K8mwfjumVseCcQEjNbf59Um6R9NfVUNkHTLhhPCmNvgDLVS88YW5tScnm83rw9mfgYtchtDDTW5jEfMhygi27j1QYphX38hg6m4VMtN29'],
  ['stagenet', 's', '73LhUiix4DVFMcKhsPRG51QmCsv8dYYbL6GcQoLwEEFvPvkVvc7BhebfA4pnEFF9Lq66hwvLqBvpHjTcqvpJMHmmNjPPBqa'],
  ['stagenet', 's', '7A1Hr63MfgUa8pkWxueD5xBqhQczkusYiCMYMnJGcGmuQxa7aDBxN1G7iCuLCNB3VPeb2TW7U9FdxB27xKkWKfJ8VhUZthF'],
];
const TYPES = { '': 'standard', i: 'integrated', s: 'subaddress' } as const;

// The Monero Project's donation address (what donate@getmonero.org resolves to, a subaddress).
const DONATION = '888tNkZrPN6JsEgekjMnABU4TBzc2Dt29EPAvkRxbANsAnjyPbb3iQ1YBRk1UXcdRsiKc9dhwMVgN5S9cQUiyoogDavup3H';
const STANDARD = MONERO_TESTS[0][2];

describe('parseMoneroAddress: Monero functional test vectors', () => {
  for (const [network, kind, address] of MONERO_TESTS) {
    if (network === 'mainnet') {
      it(`accepts the mainnet ${TYPES[kind]} ${address.slice(0, 12)}…`, () => {
        expect(parseMoneroAddress(address)).to.deep.equal({ ok: true, value: { address, type: TYPES[kind] } });
      });
    } else {
      it(`refuses the ${network} ${TYPES[kind]} ${address.slice(0, 12)}…, saying why`, () => {
        const result = parseMoneroAddress(address);
        expect(result.ok).to.equal(false);
        if (!result.ok) expect(result.error).to.contain(network).and.to.contain('only a mainnet address');
      });
    }
  }
});

describe('parseMoneroAddress: documented addresses', () => {
  const documented: [string, string, 'standard' | 'integrated' | 'subaddress'][] = [
    ['the Monero donation address (getmonero.org)', DONATION, 'subaddress'],
    ["getmonero.org's former donation address", '44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A', 'standard'],
    ["monerodocs' standard address example", '4AdUndXHHZ6cfufTMvppY6JwXNouMBzSkbLYfpAV5Usx3skxNgYeYTRj5UzqtReoS44qo9mtmXCqY45DJ852K5Jv2684Rge', 'standard'],
    [
      "monerodocs' integrated address example",
      '4LL9oSLmtpccfufTMvppY6JwXNouMBzSkbLYfpAV5Usx3skxNgYeYTRj5UzqtReoS44qo9mtmXCqY45DJ852K5Jv2bYXZKKQePHES9khPK',
      'integrated',
    ],
  ];
  for (const [name, address, type] of documented) {
    it(`accepts ${name} as a ${type}`, () => {
      expect(parseMoneroAddress(address)).to.deep.equal({ ok: true, value: { address, type } });
    });
  }

  // From the Monero wallet RPC documentation's examples.
  for (const address of [
    '9wviCeWe2D8XS82k2ovp5EUYLzBt9pYNW2LXUFsZiv8S3Mt21FZ5qQaAroko1enzw3eGr9qC7X1D7Geoo2RrAotYPwq9Gm8',
    'A2rgGdM78JEQcxEUsi761WbnJWsFRCwh1PkiGtGnUUcJTGenfCr5WEtdoXezutmPiQMsaM4zJbpdH5PMjkCt7QrXAhV8wDB',
    'BZg53n1EgLJhYDZNCi3VvxXFMdmmgk6HhhFCvvw9sMf1RQFp7LyjGvrNuF7TzukfaGh7Gsin2bEDpUNRv9oc8qSGMKCnktw',
  ]) {
    it(`refuses the wallet RPC docs' testnet address ${address.slice(0, 12)}…`, () => {
      const result = parseMoneroAddress(address);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.error).to.contain('testnet');
    });
  }
});

describe('parseMoneroAddress: input forms and mistakes', () => {
  const accepted: [string, string][] = [
    [`monero:${DONATION}`, DONATION],
    [`  ${DONATION}\n`, DONATION],
    [`MONERO:${DONATION}?tx_amount=1&tx_description=Thanks`, DONATION],
  ];
  for (const [input, address] of accepted) {
    it(`accepts ${JSON.stringify(input.slice(0, 20))}…`, () => {
      expect(parseMoneroAddress(input)).to.deep.equal({ ok: true, value: { address, type: 'subaddress' } });
    });
  }

  const swap = (s: string, at: number, char: string) => s.slice(0, at) + char + s.slice(at + 1);
  const refused: [string, string, string][] = [
    ['', 'nothing', 'No Monero address'],
    ['monero:', 'the scheme alone', 'No Monero address'],
    ['a', "Monero's bad address 'a'", '95 characters'],
    ['@', "Monero's bad address '@'", '95 characters'],
    ['42ey', "Monero's bad address '42ey'", '95 characters'],
    [`${STANDARD.slice(0, -1)}9`, "Monero's bad address (last character changed)", 'probably a typo'],
    [swap(DONATION, 40, DONATION[40] === 'a' ? 'b' : 'a'), 'one character changed', 'probably a typo'],
    [DONATION.slice(0, 10) + DONATION[11] + DONATION[10] + DONATION.slice(12), 'two neighbours swapped', 'probably a typo'],
    [`zzzzzzzzzzz${STANDARD.slice(11)}`, 'a block that overflows 64 bits', 'probably a typo'],
    [STANDARD.slice(0, -1), 'a truncated address', 'has 94'],
    [swap(STANDARD, 30, '0'), 'the excluded character 0', '"0"'],
    [swap(STANDARD, 30, 'I'), 'the excluded character I', '"I"'],
    [swap(STANDARD, 30, ' '), 'a space inside', '" "'],
    ['donate@getmonero.org', 'an OpenAlias name', 'OpenAlias'],
    ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', 'a Bitcoin address', '95 characters'],
  ];
  for (const [input, reason, message] of refused) {
    it(`refuses ${reason}`, () => {
      const result = parseMoneroAddress(input);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.error).to.contain(message);
    });
  }

  it('refuses valid checksums around the wrong key length or an unknown network byte', () => {
    const next = prng(7);
    for (const [tag, length] of [
      [18, 72],
      [19, 64],
      [42, 72],
      [12, 64],
      [0, 72],
    ]) {
      const result = parseMoneroAddress(makeAddress(tag, randomBytes(next, length)));
      expect(result.ok, `${tag}/${length}`).to.equal(false);
      if (!result.ok) expect(result.error).to.contain('not a Monero mainnet address');
    }
  });
});

describe('parseMoneroAddress against multicoin-address-validator', () => {
  it('the test encoder gives the documented lengths and first characters', () => {
    const next = prng(1);
    const standard = makeAddress(18, randomBytes(next, 64));
    expect(standard).to.have.length(95).and.match(/^4/);
    expect(makeAddress(19, randomBytes(next, 72))).to.have.length(106).and.match(/^4/);
    expect(makeAddress(42, randomBytes(next, 64))).to.have.length(95).and.match(/^8/);
  });

  const mainnet: [number, number, 'standard' | 'integrated' | 'subaddress'][] = [
    [18, 64, 'standard'],
    [19, 72, 'integrated'],
    [42, 64, 'subaddress'],
  ];
  for (const [tag, length, type] of mainnet) {
    it(`both accept 100 random mainnet ${type} addresses`, () => {
      const next = prng(tag);
      for (let i = 0; i < 100; i++) {
        const address = makeAddress(tag, randomBytes(next, length));
        expect(theirs(address), address).to.equal(true);
        expect(parseMoneroAddress(address), address).to.deep.equal({ ok: true, value: { address, type } });
      }
    });
  }

  const test: [number, number, 'testnet' | 'stagenet'][] = [
    [53, 64, 'testnet'],
    [54, 72, 'testnet'],
    [63, 64, 'testnet'],
    [24, 64, 'stagenet'],
    [25, 72, 'stagenet'],
  ];
  for (const [tag, length, network] of test) {
    it(`refuses 50 random ${network} addresses (prefix ${tag}) that the library places on ${network}`, () => {
      const next = prng(tag);
      for (let i = 0; i < 50; i++) {
        const address = makeAddress(tag, randomBytes(next, length));
        expect(theirs(address, network), address).to.equal(true);
        expect(theirs(address), address).to.equal(false);
        const result = parseMoneroAddress(address);
        expect(result.ok, address).to.equal(false);
        if (!result.ok) expect(result.error).to.contain(network);
      }
    });
  }

  // The library's stagenet list lacks the subaddress prefix 36 (Monero's cryptonote_config.h has it).
  it('refuses stagenet subaddresses (prefix 36), which the library does not know', () => {
    const address = makeAddress(36, randomBytes(prng(36), 64));
    expect(theirs(address, 'stagenet')).to.equal(false);
    const result = parseMoneroAddress(address);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error).to.contain('stagenet');
    const real = MONERO_TESTS.find(([network, kind]) => network === 'stagenet' && kind === 's')![2];
    expect(theirs(real, 'stagenet')).to.equal(false);
  });

  it('both refuse 300 one-character changes to valid mainnet addresses', () => {
    const next = prng(300);
    for (let i = 0; i < 300; i++) {
      const [tag, length] = mainnet[randomInt(next, 3)];
      const address = makeAddress(tag, randomBytes(next, length));
      const at = randomInt(next, address.length);
      let char = address[at];
      while (char === address[at]) char = ALPHABET[randomInt(next, 58)];
      const changed = address.slice(0, at) + char + address.slice(at + 1);
      expect(theirs(changed), changed).to.equal(false);
      expect(parseMoneroAddress(changed).ok, changed).to.equal(false);
    }
  });
});

describe('formatXmrAmount', () => {
  const cases: [number, string | null][] = [
    [1, '1'],
    [0.5, '0.5'],
    [0.05, '0.05'],
    [12.34, '12.34'],
    [1e-12, '0.000000000001'],
    [0.123456789012, '0.123456789012'],
    [18_446_744, '18446744'],
    [1.5e-12, null],
    [1e-13, null],
    [0.1 + 0.2, null],
    [18_446_745, null],
    [0, null],
    [-0.5, null],
    [Number.NaN, null],
    [Number.NEGATIVE_INFINITY, null],
  ];
  for (const [value, expected] of cases) {
    it(`formats ${value} as ${expected}`, () => {
      expect(formatXmrAmount(value)).to.equal(expected);
    });
  }
});

describe('moneroUri', () => {
  const cases: [Parameters<typeof moneroUri>[0], string][] = [
    [{ address: DONATION }, `monero:${DONATION}`],
    [{ address: DONATION, amount: null, recipientName: '', description: undefined }, `monero:${DONATION}`],
    [{ address: DONATION, amount: '0.5' }, `monero:${DONATION}?tx_amount=0.5`],
    [{ address: DONATION, description: 'Thanks' }, `monero:${DONATION}?tx_description=Thanks`],
    [
      // wallet2::make_uri's order: tx_amount, recipient_name, tx_description.
      { address: DONATION, description: 'For the docs & more', recipientName: 'Monero Project', amount: '0.000000000001' },
      `monero:${DONATION}?tx_amount=0.000000000001&recipient_name=Monero%20Project&tx_description=For%20the%20docs%20%26%20more`,
    ],
  ];
  for (const [params, uri] of cases) {
    it(`builds ${uri.replace(DONATION, '888tNk…')}`, () => {
      expect(moneroUri(params)).to.equal(uri);
    });
  }

  for (const text of ['Café & Co', '寿司 🍣', 'a+b=c?d#e/f', '100% sure']) {
    it(`URL-decodes back to ${JSON.stringify(text)}`, () => {
      const uri = moneroUri({ address: DONATION, amount: formatXmrAmount(2.5), recipientName: text, description: text });
      const url = new URL(uri);
      expect(url.pathname).to.equal(DONATION);
      expect(Object.fromEntries(url.searchParams)).to.deep.equal({ tx_amount: '2.5', recipient_name: text, tx_description: text });
      expect(uri).not.to.contain('+');
    });
  }
});
