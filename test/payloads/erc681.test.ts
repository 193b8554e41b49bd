import { expect } from '@open-wc/testing';
import { getAddress } from '@ethersproject/address';
import { parse as parseEthUrl } from 'eth-url-parser';
import { decimalToUnits, erc681Uri } from '../../src/payloads/erc681.js';
import { hex, prng, randomBytes, randomInt } from './random.js';

describe('decimalToUnits', () => {
  const cases: [string, number, bigint | null][] = [
    ['0.01', 18, 10_000_000_000_000_000n],
    ['2.014', 18, 2_014_000_000_000_000_000n], // ERC-681's example: 2.014e18 wei
    ['1', 18, 1_000_000_000_000_000_000n],
    ['0', 18, 0n],
    ['1.5', 6, 1_500_000n], // USDC has 6 decimals
    ['0.000000000000000001', 18, 1n], // one wei
    ['123456789.123456789123456789', 18, 123456789123456789123456789n], // exactly 18 decimals
    ['0.1234567891234567891', 18, null], // 19 decimals
    ['0.0000000000000000001', 18, null], // below one wei
    ['1.000000000000000000000', 18, 1_000_000_000_000_000_000n], // trailing zeros are exact
    ['0.1234567', 6, null],
    ['10', 0, 10n],
    ['1.5', 0, null],
    ['99999999999999999999999.5', 1, 999999999999999999999995n], // beyond Number precision
    ['-1', 18, null],
    ['+1', 18, null],
    ['1e18', 0, null],
    ['1,5', 18, null],
    ['.5', 18, null],
    ['1.', 18, null],
    ['', 18, null],
    [' 1', 18, null],
    ['1', -1, null],
    ['1', 1.5, null],
  ];
  for (const [decimal, decimals, expected] of cases) {
    it(`converts ${JSON.stringify(decimal)} with ${decimals} decimals to ${expected}`, () => {
      // Compared as strings: a failing assertion holding a bigint can't be reported by the runner.
      expect(String(decimalToUnits(decimal, decimals))).to.equal(String(expected));
    });
  }
});

describe('erc681Uri', () => {
  // ERC-681's example address fails ERC-55 (mixed case, wrong checksum); the builder re-checksums it.
  const ERC681_EXAMPLE = '0xfb6916095ca1df60bb79Ce92ce3ea74c37c5d359';
  const CHECKSUMMED = '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359';
  const cases: [Parameters<typeof erc681Uri>[0], string][] = [
    [{ address: ERC681_EXAMPLE, value: decimalToUnits('2.014', 18) }, `ethereum:${CHECKSUMMED}?value=2014000000000000000`],
    [{ address: CHECKSUMMED.toLowerCase() }, `ethereum:${CHECKSUMMED}`],
    [{ address: CHECKSUMMED, chainId: 1 }, `ethereum:${CHECKSUMMED}@1`],
    [{ address: CHECKSUMMED, chainId: 137, value: 10n ** 16n }, `ethereum:${CHECKSUMMED}@137?value=10000000000000000`],
    [{ address: CHECKSUMMED, chainId: null, value: null }, `ethereum:${CHECKSUMMED}`],
    [{ address: CHECKSUMMED, value: 0n }, `ethereum:${CHECKSUMMED}?value=0`],
    [{ address: CHECKSUMMED, chainId: 0, value: -1n }, `ethereum:${CHECKSUMMED}`],
    [{ address: CHECKSUMMED, chainId: 1.5 }, `ethereum:${CHECKSUMMED}`],
  ];
  for (const [params, uri] of cases) {
    it(`builds ${uri}`, () => {
      expect(erc681Uri(params)).to.equal(uri);
    });
  }

  // The URIs are checked against ERC-681's ABNF, and parsed back by eth-url-parser:
  //   request = "ethereum" ":" [ "pay-" ] target_address [ "@" chain_id ] [ "/" function_name ] [ "?" parameters ]
  //   number  = [ "-" / "+" ] *DIGIT [ "." 1*DIGIT ] [ ( "e" / "E" ) [ 1*DIGIT ] ]
  const REQUEST = /^ethereum:(?:pay-)?(0x[0-9a-fA-F]{40})(?:@(\d+))?(?:\?value=([-+]?\d*(?:\.\d+)?(?:[eE]\d*)?))?$/;

  it('follows the ERC-681 grammar on 300 random requests, with the value as an exact integer', () => {
    const next = prng(681);
    for (let i = 0; i < 300; i++) {
      const address = `0x${hex(randomBytes(next, 20))}`;
      const chainId = [undefined, 1, 10, 137, 8453, 11155111][randomInt(next, 6)];
      const value = i % 7 ? BigInt(randomInt(next, 1e6)) * 10n ** BigInt(randomInt(next, 25)) + BigInt(randomInt(next, 1e9)) : undefined;
      const uri = erc681Uri({ address, chainId, value });
      const [, target, chain, wei] = REQUEST.exec(uri) ?? [];
      expect(target, uri).to.equal(getAddress(address));
      expect(chain).to.equal(chainId?.toString());
      expect(wei).to.equal(value?.toString());
      const parsed = parseEthUrl(uri) as { target_address: string; chain_id?: string; parameters?: { value?: unknown } };
      expect(parsed.target_address.toLowerCase()).to.equal(address);
      expect(parsed.chain_id).to.equal(chainId?.toString());
      // eth-url-parser reads the value as a number; compare in its notation.
      if (value !== undefined) expect(Number(parsed.parameters?.value)).to.equal(Number(value));
    }
  });
});
