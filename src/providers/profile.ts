import { fail, ok, type Result } from '../result.js';

export interface ProfileRules {
  /** Brand name, for messages. */
  name: string;
  /** Host names of the service's profile links, without `www.`. */
  hosts: string[];
  /** Path segments that may come before the handle in a profile link (`u`, `sponsors` …). */
  prefixes?: string[];
  /** Characters a handle may be written with in front (`@`, `$`). */
  sigils?: string;
  /** The handle's published shape. */
  pattern: RegExp;
  /** What the pattern means, for the error message (the build moves it to the messages, see scripts/lazy-messages.mjs). */
  rule: string;
}

const LOOKS_LIKE_URL = /^(?:https?:\/\/|www\.)|^[a-z0-9-]+(?:\.[a-z0-9-]+)+\//i;

/**
 * Reads a handle from what a site owner may paste: `name`, `@name`, `$name`, or a whole profile
 * link on the service's own host. Anything else is refused with the reason.
 */
export function parseProfile(input: string, rules: ProfileRules): Result<string> {
  let handle = input.trim();
  if (LOOKS_LIKE_URL.test(handle)) {
    let url: URL;
    try {
      url = new URL(/^https?:\/\//i.test(handle) ? handle : `https://${handle}`);
    } catch {
      return fail('This is not a valid link.');
    }
    const host = url.hostname.replace(/^www\./, '');
    if (!rules.hosts.includes(host)) return fail(`This is a link to ${url.hostname}, not to ${rules.name}.`);
    const segments = url.pathname.split('/').filter(Boolean);
    if (segments.length > 1 && rules.prefixes?.includes(segments[0].toLowerCase())) segments.shift();
    try {
      handle = decodeURIComponent(segments[0] ?? '');
    } catch {
      return fail('This is not a valid link.');
    }
  }
  if (rules.sigils && rules.sigils.includes(handle[0] ?? '')) handle = handle.slice(1);
  if (!handle) return fail(`It is empty: give the ${rules.name} name.`);
  if (!rules.pattern.test(handle)) return fail(`This is not a valid ${rules.name} name: ${rules.rule}.`);
  return ok(handle);
}
