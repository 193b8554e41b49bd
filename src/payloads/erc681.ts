/** `ethereum:` payment request URLs (ERC-681) for native ether. */
import { toChecksumAddress } from './erc55.js';

/**
 * Converts a plain decimal string to integer atomic units exactly (`"0.01"`, 18 → 10^16). Returns null
 * for a malformed or negative number, or one with more significant decimals than `decimals`.
 */
export function decimalToUnits(decimal: string, decimals: number): bigint | null {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(decimal);
  if (!match || !Number.isInteger(decimals) || decimals < 0) return null;
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > decimals) return null;
  return BigInt(match[1] + fraction.padEnd(decimals, '0'));
}

/**
 * Builds `ethereum:0xChecksummed[@chainId][?value=wei]`. The value is written as a plain integer in wei,
 * which ERC-681's number grammar allows besides the scientific notation it recommends (`2.014e18`).
 * A chain id that is not a positive integer and a negative value are left out.
 */
export function erc681Uri(p: { address: string; chainId?: number | null; value?: bigint | null }): string {
  const chain = p.chainId != null && Number.isSafeInteger(p.chainId) && p.chainId > 0 ? `@${p.chainId}` : '';
  const value = p.value != null && p.value >= 0n ? `?value=${p.value}` : '';
  return `ethereum:${toChecksumAddress(p.address)}${chain}${value}`;
}
