import { expect } from '@open-wc/testing';
import { getAddress } from '@ethersproject/address';
import { parseEthereumAddress, toChecksumAddress } from '../../src/payloads/erc55.js';
import { hex, prng, randomBytes, randomInt } from './random.js';

// ERC-55 test cases.
const ALL_CAPS = ['0x52908400098527886E0F7030069857D2E4169EE7', '0x8617E340B3D01FA5F11F306F4090FD50E238070D'];
const ALL_LOWER = ['0xde709f2102306220921060314715629080e2fb77', '0x27b1fdb04752bbc536007a920d24acb045561c26'];
const NORMAL = [
  '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
  '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
  '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
  '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
];

/** Swaps the case of the first letter in the hex part. */
const flipOneLetter = (address: string) =>
  address.replace(/(?<=^0x.*?)[a-fA-F]/, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()));

describe('toChecksumAddress', () => {
  for (const address of NORMAL) {
    it(`checksums ${address.toLowerCase()} as ${address}`, () => {
      expect(toChecksumAddress(address.toLowerCase())).to.equal(address);
      expect(toChecksumAddress(address.toUpperCase().replace('0X', '0x'))).to.equal(address);
    });
  }

  it('agrees with ethers getAddress on 500 random addresses', () => {
    const next = prng(55);
    for (let i = 0; i < 500; i++) {
      const address = `0x${hex(randomBytes(next, 20))}`;
      expect(toChecksumAddress(address)).to.equal(getAddress(address));
    }
  });
});

describe('parseEthereumAddress', () => {
  const valid: [string, string][] = [
    ...NORMAL.map((a): [string, string] => [a, a]),
    ...[...ALL_CAPS, ...ALL_LOWER].map((a): [string, string] => [a, getAddress(a.toLowerCase())]),
    ['  0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359 ', NORMAL[1]],
    ['ethereum:0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359?value=2.014e18', NORMAL[1]],
    ['ETHEREUM:0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359@1?value=1', NORMAL[1]],
    ['ethereum:pay-0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359@137', NORMAL[1]],
    ['ethereum:0x89205a3a3b2a69de6dbf7f01ed13b2108b2c43e7/transfer?address=0x8e23ee67d1332ad560396262c48ffbb01f93d052&uint256=1', getAddress('0x89205a3a3b2a69de6dbf7f01ed13b2108b2c43e7')],
  ];
  for (const [input, expected] of valid) {
    it(`accepts ${input.trim()}`, () => {
      expect(parseEthereumAddress(input)).to.deep.equal({ ok: true, value: expected });
    });
  }

  const invalid: [string, RegExp, string][] = [
    ['0xfb6916095ca1df60bb79Ce92ce3ea74c37c5d359', /checksum does not match: probably a typo/, "ERC-681's own example address (fails ERC-55)"],
    ...NORMAL.map((a): [string, RegExp, string] => [flipOneLetter(a), /checksum does not match: probably a typo/, `${a} with one letter's case flipped`]),
    ['fb6916095ca1df60bb79ce92ce3ea74c37c5d359', /starts with 0x/, 'a missing 0x'],
    ['0xfb6916095ca1df60bb79ce92ce3ea74c37c5d35', /39 hexadecimal characters after 0x instead of 40/, 'one character short'],
    ['0xfb6916095ca1df60bb79ce92ce3ea74c37c5d3590', /41 hexadecimal characters/, 'one character too many'],
    ['0xfb6916095ca1df60bb79ce92ce3ea74c37c5d35g', /not hexadecimal/, 'a non-hex character'],
    ['vitalik.eth', /ENS names are not supported/, 'an ENS name'],
    ['bc1qufgy354j3kmvuch987xe4s40836x3h0lg8f5n2', /not an Ethereum address/, 'a Bitcoin address'],
    ['', /Enter an Ethereum address/, 'an empty string'],
    ['ethereum:', /Enter an Ethereum address/, 'a bare scheme'],
  ];
  for (const [input, message, reason] of invalid) {
    it(`refuses ${reason}`, () => {
      const result = parseEthereumAddress(input);
      expect(result.ok ? result.value : result.error).to.match(message);
    });
  }

  it('accepts and refuses exactly what ethers getAddress does, on 500 random case mutations', () => {
    const next = prng(5555);
    let refused = 0;
    for (let i = 0; i < 500; i++) {
      const checksummed = getAddress(`0x${hex(randomBytes(next, 20))}`);
      // Flip the case of a random number of letters: zero flips keep a valid checksum.
      let address = checksummed;
      for (let flips = randomInt(next, 3); flips > 0; flips--) {
        const at = 2 + randomInt(next, 40);
        const c = address[at];
        address = address.slice(0, at) + (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) + address.slice(at + 1);
      }
      let theirs: string | null;
      try {
        theirs = getAddress(address);
      } catch {
        theirs = null;
      }
      const ours = parseEthereumAddress(address);
      expect(ours.ok ? ours.value : null, address).to.equal(theirs);
      if (!ours.ok) refused++;
    }
    expect(refused).to.be.within(100, 400);
  });
});
