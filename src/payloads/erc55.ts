/** Ethereum addresses with ERC-55 mixed-case checksums. */
import { ok, fail, type Result } from '../result.js';
import { keccak256 } from './keccak.js';

/**
 * The last address checksummed: reading a page's address and writing its URI ask for the same one,
 * and the hash, run once as cold code, takes about 10 ms at 4x CPU slowdown.
 */
let last: [hex: string, checksummed: string] | undefined;

/**
 * The ERC-55 form of a `0x` + 40 hex address (any case): each letter is upper-cased when the matching
 * nibble of keccak256(lower-case hex as ASCII) is 8 or more.
 */
export function toChecksumAddress(address: string): string {
  const hex = address.replace(/^0x/i, '').toLowerCase();
  if (last?.[0] === hex) return last[1];
  const hash = keccak256(new TextEncoder().encode(hex));
  let out = '0x';
  for (let i = 0; i < hex.length; i++) {
    const nibble = (hash[i >> 1] >> (i % 2 ? 0 : 4)) & 0xf;
    out += nibble >= 8 ? hex[i].toUpperCase() : hex[i];
  }
  last = [hex, out];
  return out;
}

/**
 * Checks an Ethereum address, tolerating spaces and an `ethereum:` URI around it (`@chain`, `/function`
 * and `?query` are dropped). All-lower and all-upper addresses carry no checksum and are accepted; a
 * mixed-case address must match its ERC-55 checksum. Returns the checksummed address.
 */
export function parseEthereumAddress(input: string): Result<string> {
  const s = input.trim().replace(/^ethereum:(pay-)?/i, '').split(/[@/?]/)[0].trim();
  if (!s) return fail('Enter an Ethereum address (0x followed by 40 hexadecimal characters).');
  if (!/^0x/i.test(s)) {
    return /^[0-9a-f]{40}$/i.test(s)
      ? fail('An Ethereum address starts with 0x: add 0x in front of the 40 hexadecimal characters.')
      : fail('This is not an Ethereum address: it should be 0x followed by 40 hexadecimal characters (ENS names are not supported).');
  }
  const hex = s.slice(2);
  if (!/^[0-9a-f]*$/i.test(hex)) {
    return fail('This Ethereum address contains characters that are not hexadecimal (only 0–9 and a–f are allowed).');
  }
  if (hex.length !== 40) {
    return fail(`This Ethereum address has ${hex.length} hexadecimal characters after 0x instead of 40: check it for a typo.`);
  }
  const checksummed = toChecksumAddress(hex);
  const mixedCase = hex !== hex.toLowerCase() && hex !== hex.toUpperCase();
  if (mixedCase && `0x${hex}` !== checksummed) {
    return fail("This Ethereum address's checksum (its mix of capital and small letters) is wrong: checksum does not match: probably a typo. Copy it again from your wallet.");
  }
  return ok(checksummed);
}
