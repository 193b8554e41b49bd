/** UPI (India): the `upi://pay` link of NPCI's UPI Linking Specification, for a UPI id (VPA). */
import { fixed } from '../amount.js';
import { ok, fail, type Result } from '../result.js';

/**
 * Checks a UPI id (VPA), `handle@psp`, and returns it trimmed and lower-cased (VPAs are
 * case-insensitive). A `upi://pay?pa=…` link is accepted too: its `pa` is the id.
 */
export function parseVpa(input: string): Result<string> {
  let s = (input ?? '').trim();
  if (!s) return fail('Set the UPI id (VPA), like name@okaxis.');
  if (/^upi:/i.test(s)) {
    const link = s.split('#')[0];
    const start = link.indexOf('?');
    const pa = start < 0 ? null : new URLSearchParams(link.slice(start + 1)).get('pa');
    if (!pa) return fail('This UPI link has no pa= parameter: set the UPI id (VPA) itself, like name@okaxis.');
    s = pa.trim();
  }
  const at = s.lastIndexOf('@');
  if (at < 0) return fail(`"${s}" is not a UPI id: it looks like name@bank, for example name@okaxis.`);
  const handle = s.slice(0, at);
  const psp = s.slice(at + 1);
  // The Linking Specification gives no grammar; this is the one UPI apps and PSPs commonly apply.
  if (!/^[A-Za-z0-9._-]{2,256}$/.test(handle)) {
    return fail(`"${s}" is not a UPI id: the part before @ has 2 to 256 letters, digits, dots, dashes or underscores.`);
  }
  if (!/^[A-Za-z0-9]{2,64}$/.test(psp)) {
    return fail(`"${s}" is not a UPI id: the part after @ is the bank or app handle, 2 to 64 letters and digits, like okaxis or ybl.`);
  }
  return ok(s.toLowerCase());
}

// UTF-8 percent-encoding that leaves only RFC 3986 unreserved characters bare: spaces become %20,
// never '+', which some UPI apps would show as a plus.
const encode = (value: string) =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Builds `upi://pay?pa=…&pn=…&am=…&cu=INR&tn=…`: `am` (2 decimals) only with an amount, `tn` only
 * with a note; `pn` is mandatory, so the VPA stands in for an empty name. Throws a RangeError for
 * an amount that is not a positive number of rupees with at most 2 decimals: callers check first.
 */
export function upiUri(p: { vpa: string; name: string; amount?: number | null; note?: string | null }): string {
  const vpa = p.vpa.trim();
  const params = [`pa=${encode(vpa).replace(/%40/g, '@')}`, `pn=${encode(p.name?.trim() || vpa)}`];
  if (p.amount !== null && p.amount !== undefined) {
    const am = fixed(p.amount, 2);
    if (am === null) throw new RangeError(`A UPI amount is a positive number of rupees with at most 2 decimals, not ${p.amount}.`);
    params.push(`am=${am}`);
  }
  params.push('cu=INR');
  const note = p.note?.trim();
  if (note) params.push(`tn=${encode(note)}`);
  return `upi://pay?${params.join('&')}`;
}
