import { expect } from '@open-wc/testing';
import { bech32, bech32m } from 'bech32';
import bs58check from 'bs58check';
// The package entry point loses its named exports in the test runner's CommonJS shim (the shim takes the
// default export, validate itself, as the module), so its ES build is imported directly.
import { validate, getAddressInfo, Network } from 'bitcoin-address-validation/dist/index.js';
import * as checks from '../../src/payloads/bitcoin-address.js';
import { bitcoinAddress, prepareBitcoinAddress } from '../../src/payloads/bitcoin-address.js';
import { parseBitcoinAddress as explain } from '../../src/payloads/bitcoin-errors.js';
import { prng, randomBytes, randomInt } from './random.js';

const TESTNET = /testnet.*Only mainnet addresses can receive payments/;
const REGTEST = /regtest.*Only mainnet addresses can receive payments/;
const TYPO = /typo: its checksum does not match/;
const OLD_CHECKSUM = /old-style bech32 checksum.*bech32m/;
const LENGTH = /impossible length/;
const UNKNOWN = /not a Bitcoin address\. A Bitcoin address starts with 1, 3 or bc1/;

/** The checks of bitcoin-address.ts and the reason for a refusal, as the Bitcoin provider reads an address. */
function parseBitcoinAddress(input: string) {
  const result = explain(input, checks);
  // What a page with a right address runs: the same answer, without the reasons.
  expect(bitcoinAddress(input), input).to.deep.equal(result.ok ? result.value : null);
  return result;
}

function error(input: string): string {
  const result = parseBitcoinAddress(input);
  return result.ok ? `accepted as ${result.value}` : result.error;
}

describe('parseBitcoinAddress', () => {
  // Base58Check arrives on demand, for the first legacy address.
  before(() => prepareBitcoinAddress('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'));

  // The vectors' kind (P2WPKH …) names each case; what the widget keeps is the address alone.
  const valid: [input: string, address: string, kind: string][] = [
    // BIP173 examples and BIP350 mainnet vectors
    ['BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 'p2wpkh'],
    ['bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3', 'bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3', 'p2wsh'],
    ['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0', 'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0', 'p2tr'],
    ['bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y', 'bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y', 'segwit'],
    ['BC1SW50QGDZ25J', 'bc1sw50qgdz25j', 'segwit'],
    ['bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs', 'bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs', 'segwit'],
    // BIP321's segwit examples (its base58 example 175tW… is deliberately invalid)
    ['bc1qufgy354j3kmvuch987xe4s40836x3h0lg8f5n2', 'bc1qufgy354j3kmvuch987xe4s40836x3h0lg8f5n2', 'p2wpkh'],
    ['BC1P5SWKUGEZN97763TL0YTY6556856UUG0Q6JFLLJVEP9M4P7339X5QZYRH4G', 'bc1p5swkugezn97763tl0yty6556856uug0q6jflljvep9m4p7339x5qzyrh4g', 'p2tr'],
    // Base58Check P2PKH and P2SH
    ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', 'p2pkh'],
    ['1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', 'p2pkh'],
    ['3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'p2sh'],
    // Normalisation: spaces, a bitcoin: URI in any case, a query
    ['  bc1qufgy354j3kmvuch987xe4s40836x3h0lg8f5n2\n', 'bc1qufgy354j3kmvuch987xe4s40836x3h0lg8f5n2', 'p2wpkh'],
    ['bitcoin:1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2?amount=20.3&label=Luke-Jr', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', 'p2pkh'],
    ['BITCOIN:BC1QUFGY354J3KMVUCH987XE4S40836X3H0LG8F5N2?BC=BC1P5SWKUGEZN97763TL0YTY6556856UUG0Q6JFLLJVEP9M4P7339X5QZYRH4G', 'bc1qufgy354j3kmvuch987xe4s40836x3h0lg8f5n2', 'p2wpkh'],
    ['Bitcoin:3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'p2sh'],
  ];
  for (const [input, address, kind] of valid) {
    it(`accepts ${input.trim().slice(0, 60)} (${kind})`, () => {
      expect(parseBitcoinAddress(input)).to.deep.equal({ ok: true, value: address });
    });
  }

  const regtest = bech32.encode('bcrt', [0, ...bech32.toWords(new Uint8Array(20).fill(7))]);
  const invalid: [string, RegExp, string][] = [
    // Testnet, signet and regtest: valid strings, wrong network (BIP173/BIP350 testnet vectors, base58 testnet)
    ['tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx', TESTNET, 'BIP173 testnet P2WPKH'],
    ['tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7', TESTNET, 'BIP173 testnet P2WSH'],
    ['tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy', TESTNET, 'BIP350 testnet v0'],
    ['TB1PQQQQP399ET2XYGDJ5XREQHJJVCMZHXW4AYWXECJDZEW6HYLGVSESF3HN0C', TESTNET, 'BIP350 testnet v1'],
    ['mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn', TESTNET, 'testnet P2PKH (m…)'],
    ['2MzQwSSnBHWHqSAqtTVQ6v47XtaisrJa1Vc', TESTNET, 'testnet P2SH (2…)'],
    [bs58check.encode(Uint8Array.from([0x6f, ...new Uint8Array(20).fill(255)])), TESTNET, 'testnet P2PKH (n…)'],
    [regtest, REGTEST, 'regtest'],
    // BIP173's v1+ examples with Bech32 checksums: valid once, invalid since BIP350
    ['bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx', OLD_CHECKSUM, 'BIP173 v1 example'],
    ['BC1SW50QA3JX3S', OLD_CHECKSUM, 'BIP173 v16 example'],
    ['bc1zw508d6qejxtdg4y5r3zarvaryvg6kdaj', OLD_CHECKSUM, 'BIP173 v2 example'],
    // BIP350 invalid vectors
    ['tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut', UNKNOWN, 'invalid human-readable part'],
    ['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd', OLD_CHECKSUM, 'Bech32 instead of Bech32m (v1)'],
    ['tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf', TESTNET, 'testnet, Bech32 instead of Bech32m'],
    ['BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL', OLD_CHECKSUM, 'Bech32 instead of Bech32m (v16)'],
    ['bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh', TYPO, 'Bech32m instead of Bech32 (v0)'],
    ['tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47', TESTNET, 'testnet, Bech32m instead of Bech32'],
    ['bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4', /never appears in a bc1 address/, 'invalid character in checksum'],
    ['BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R', /unknown witness version/, 'invalid witness version'],
    ['bc1pw5dgrnzv', LENGTH, 'program of 1 byte'],
    ['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav', LENGTH, 'program of 41 bytes'],
    ['BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P', LENGTH, 'v0 program of 16 bytes'],
    ['tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq', /mixes upper- and lower-case/, 'mixed case'],
    ['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf', LENGTH, 'zero padding of more than 4 bits'],
    ['tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j', TESTNET, 'testnet, non-zero padding'],
    ['bc1gmk9yu', LENGTH, 'empty data section'],
    // BIP173 invalid vectors
    ['tc1qw508d6qejxtdg4y5r3zarvary0c5xw7kg3g4ty', UNKNOWN, 'BIP173 invalid human-readable part'],
    ['bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5', TYPO, 'BIP173 invalid checksum'],
    ['BC13W508D6QEJXTDG4Y5R3ZARVARY0C5XW7KN40WF2', /unknown witness version/, 'BIP173 invalid witness version'],
    ['bc1rw5uspcuh', LENGTH, 'BIP173 program too short'],
    ['bc10w508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kw5rljs90', LENGTH, 'BIP173 program too long'],
    ['bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du', LENGTH, 'BIP173 zero padding of more than 4 bits'],
    // Base58 and other mistakes
    ['175tWpb8K1S7NmH4Zx6rewF9WQrcZv245W', TYPO, "BIP21/BIP321's deliberately invalid example"],
    ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3', TYPO, 'a base58 typo'],
    ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNV0N', /0, O, I or l/, 'a base58 excluded character'],
    [bs58check.encode(Uint8Array.from([0x30, ...new Uint8Array(20)])), UNKNOWN, 'a Litecoin P2PKH (L…)'],
    [bs58check.encode(Uint8Array.from([0x00, ...new Uint8Array(21).fill(9)])), /another cryptocurrency/, 'a 21-byte hash'],
    ['bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq', /too long/, 'over 90 characters'],
    ['0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359', UNKNOWN, 'an Ethereum address'],
    ['satoshi@bitcoin.org', UNKNOWN, 'a Lightning Address'],
    ['   ', /Enter a Bitcoin address/, 'blank input'],
    ['bitcoin:?lightning=lnbc420bogusinvoice', /Enter a Bitcoin address/, 'a URI without an address'],
  ];
  for (const [input, message, reason] of invalid) {
    it(`refuses ${reason}`, () => {
      expect(error(input)).to.match(message);
    });
  }

  describe('cross-check with bitcoin-address-validation', () => {
    function agree(address: string): boolean {
      const ours = parseBitcoinAddress(address);
      const mainnet = validate(address, Network.mainnet);
      expect(ours.ok, address).to.equal(mainnet);
      // Segwit addresses are kept in lower case, the others as written.
      if (ours.ok) expect(ours.value, address).to.equal(getAddressInfo(address).bech32 ? address.toLowerCase() : address);
      if (!ours.ok && validate(address)) expect(ours.error, address).to.match(/testnet|regtest/);
      return ours.ok;
    }

    it('agrees on 500 random segwit addresses of every version, length and network', () => {
      const next = prng(173);
      let accepted = 0;
      for (let i = 0; i < 500; i++) {
        const version = randomInt(next, 17);
        const length = [20, 32][randomInt(next, 2)] ?? 0;
        const program = randomBytes(next, i % 3 ? length : 1 + randomInt(next, 42));
        const hrp = ['bc', 'bc', 'tb', 'bcrt'][randomInt(next, 4)];
        // Mostly the right checksum for the version, sometimes the wrong one.
        const lib = (version === 0) === (randomInt(next, 8) > 0) ? bech32 : bech32m;
        const address = lib.encode(hrp, [version, ...bech32.toWords(program)]);
        if (agree(address)) accepted++;
        // On mainnet, the reason follows from how the address was made.
        const size = program.length;
        const sized = size >= 2 && size <= 40 && (version > 0 || size === 20 || size === 32);
        const reason = !sized ? LENGTH : (lib === bech32) !== (version === 0) ? (version ? OLD_CHECKSUM : TYPO) : null;
        if (hrp === 'bc' && reason) expect(error(address), address).to.match(reason);
      }
      expect(accepted).to.be.within(100, 400);
    });

    it('agrees on 400 random base58 addresses with assorted version bytes and lengths', () => {
      const next = prng(58);
      let accepted = 0;
      for (let i = 0; i < 400; i++) {
        const version = [0x00, 0x05, 0x6f, 0xc4, randomInt(next, 256)][randomInt(next, 5)];
        const hash = randomBytes(next, i % 4 ? 20 : 19 + randomInt(next, 3));
        if (agree(bs58check.encode(Uint8Array.from([version, ...hash])))) accepted++;
      }
      expect(accepted).to.be.within(50, 350);
    });

    it('agrees on 400 addresses with a random one-character edit', () => {
      const next = prng(350);
      const chars = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
      for (let i = 0; i < 400; i++) {
        const address = i % 2
          ? bech32m.encode('bc', [1, ...bech32.toWords(randomBytes(next, 32))])
          : bs58check.encode(Uint8Array.from([i % 4 ? 0 : 5, ...randomBytes(next, 20)]));
        const at = randomInt(next, address.length);
        agree(address.slice(0, at) + chars[randomInt(next, chars.length)] + address.slice(at + 1));
      }
    });
  });
});
