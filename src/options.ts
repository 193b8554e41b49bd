/**
 * Turns the element's settings into the options its modal lists: pure, no DOM. This module and the
 * providers load when the browser is idle after the element connects.
 */
import { providers } from './providers/index.js';
import type { Notice, PayAction, Payment, PaymentContext } from './providers/provider.js';

export type { PaymentContext };

/** One option of the modal: the public fields of `options`, and how to present it. */
export interface OptionRecord extends Payment {
  provider: string;
  name: string;
  /** `link` for an `<a>` child, `text` for a `<data>` child. */
  action: PayAction | 'link' | 'text';
  notice?: Notice;
}

export interface ConfigError {
  provider: string | null;
  attribute: string;
  value: string;
  message: string;
}

export interface OptionInput {
  /** Provider attribute values by attribute name. */
  values: Record<string, string | null | undefined>;
  context: PaymentContext;
  /** `<a href>` children: their text and resolved href. */
  links: { name: string; href: string }[];
  /** `<data value>` children: their text and value. */
  data: { name: string; value: string }[];
}

/** The URL schemes a link may use: https and the payment schemes of the providers. */
const SAFE_SCHEMES = ['https:', 'bitcoin:', 'lightning:', 'ethereum:', 'solana:', 'monero:', 'upi:'];

/** Longer values are refused before any parsing: no handle or address comes near this. */
const MAX_LENGTH = 2000;

export const providerIds: readonly string[] = providers.map((p) => p.id);

export function buildOptions({ values, context, links, data }: OptionInput): {
  options: OptionRecord[];
  errors: ConfigError[];
} {
  const options: OptionRecord[] = [];
  const errors: ConfigError[] = [];
  const refuse = (provider: string, attribute: string, value: string, message: string) =>
    errors.push({ provider, attribute, value, message });

  for (const provider of providers) {
    const value = values[provider.id];
    if (value == null || value.trim() === '') continue;
    if (value.length > MAX_LENGTH) {
      refuse(provider.id, provider.id, value, `The value is too long (${value.length} characters).`);
      continue;
    }
    const parsed = provider.parse(value);
    const built = parsed.ok ? provider.build(parsed.value, context) : parsed;
    if (!built.ok) {
      refuse(provider.id, provider.id, value, built.error);
      continue;
    }
    options.push({ provider: provider.id, name: provider.name, action: provider.action, notice: provider.notice, ...built.value });
  }

  for (const { name, href } of links) {
    let url: URL | null = null;
    try {
      url = new URL(href);
    } catch {
      // reported below
    }
    if (!url || !SAFE_SCHEMES.includes(url.protocol)) {
      refuse('link', 'href', href, `Only https: links and payment links (${SAFE_SCHEMES.slice(1).join(' ')}) can be options.`);
      continue;
    }
    const label = name || url.hostname || url.protocol.slice(0, -1);
    options.push({ provider: 'link', name: label, action: 'link', url: url.href, qr: url.href, copy: null, amount: null, currency: null });
  }

  for (const { name, value } of data) {
    if (!value) {
      refuse('text', 'value', value, 'A <data> child needs a value to copy.');
      continue;
    }
    if (value.length > MAX_LENGTH) {
      refuse('text', 'value', value, `The value is too long (${value.length} characters).`);
      continue;
    }
    options.push({ provider: 'text', name: name || value, action: 'text', url: null, qr: value, copy: value, amount: null, currency: null });
  }
  return { options, errors };
}
