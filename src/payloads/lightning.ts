/** Static Lightning payment targets: Lightning Addresses (LUD-16) and bech32 LNURLs (LUD-01). */
import { ok, fail, type Result } from '../result.js';
import { bech32Decode, convertBits } from './bech32.js';

export type LightningTarget = { kind: 'address' | 'lnurl'; value: string; uri: string; url: string };

const HINT = 'Use a Lightning Address (name@example.com) or an LNURL (LNURL1…).';

/**
 * Checks a Lightning Address or an LNURL, tolerating spaces and a `lightning:` prefix. Returns the
 * canonical form (`value`), a `lightning:` link (`uri`) and the LNURL-pay endpoint a wallet will call
 * (`url`), or an error for the site owner.
 */
export function parseLightning(input: string): Result<LightningTarget> {
  const s = input.trim().replace(/^lightning:/i, '').trim();
  if (!s) return fail(`Enter a Lightning payment target. ${HINT}`);
  if (s.includes('@')) return parseAddress(s);
  const lower = s.toLowerCase();
  if (lower.startsWith('lnurl1')) return parseLnurl(s);
  if (/^ln(bc|tb|sb)/.test(lower)) {
    return fail(`This is a Lightning invoice (BOLT11). An invoice can be paid only once and expires, so it cannot be a tip jar's permanent target. ${HINT}`);
  }
  if (lower.startsWith('lno1')) return fail(`BOLT12 offers (lno1…) are not supported here. ${HINT}`);
  return fail(`This is not a Lightning Address or an LNURL. ${HINT}`);
}

function parseAddress(s: string): Result<LightningTarget> {
  const lower = s.toLowerCase();
  const at = lower.indexOf('@');
  const user = lower.slice(0, at);
  const domain = lower.slice(at + 1);
  // LUD-16: the user name is a-z 0-9 - _ . (plus `+tag` where the service supports tags).
  if (!/^[a-z0-9\-_.+]+$/.test(user)) {
    return fail('The name before the @ of a Lightning Address may only contain a–z, 0–9, -, _ and . (plus a +tag where the service supports tags), for example satoshi@example.com.');
  }
  if (!isHostname(domain)) {
    return fail('The part after the @ of a Lightning Address must be a domain name such as example.com.');
  }
  const scheme = domain.endsWith('.onion') ? 'http' : 'https';
  const value = `${user}@${domain}`;
  return ok({ kind: 'address', value, uri: `lightning:${value}`, url: `${scheme}://${domain}/.well-known/lnurlp/${user}` });
}

/** A DNS host name with at least two labels of a–z, 0–9 and inner hyphens, and a non-numeric top level. */
function isHostname(domain: string): boolean {
  const labels = domain.split('.');
  return (
    domain.length <= 253 &&
    labels.length >= 2 &&
    labels.every((l) => /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(l)) &&
    !/^\d+$/.test(labels[labels.length - 1])
  );
}

function parseLnurl(s: string): Result<LightningTarget> {
  if (s !== s.toLowerCase() && s !== s.toUpperCase()) {
    return fail('This LNURL mixes upper- and lower-case letters, which an LNURL never does: check it for a typo.');
  }
  // LNURLs are longer than BIP173's 90 characters; LUD-01's own example decodes with a limit of 2000.
  const decoded = bech32Decode(s, 2000);
  if (!decoded || decoded.hrp !== 'lnurl' || decoded.encoding !== 'bech32') {
    return fail('This LNURL has a typo: its checksum does not match. Copy it again from the service that gave it.');
  }
  const bytes = convertBits(decoded.data, 5, 8, false);
  const url = bytes ? decodeUtf8(bytes) : null;
  const parsed = url ? parseUrl(url) : null;
  if (!url || !parsed) return fail('This LNURL does not contain a web address.');
  if (!(parsed.protocol === 'https:' || (parsed.protocol === 'http:' && parsed.hostname.endsWith('.onion')))) {
    return fail('This LNURL points to an address that is not https:// (only .onion services may use http://), so wallets will refuse it.');
  }
  const value = s.toUpperCase();
  return ok({ kind: 'lnurl', value, uri: `lightning:${value}`, url });
}

function decodeUtf8(bytes: number[]): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
