/**
 * `<a href>` children as options (provider `link`) and `<data value>` children as copy-only
 * options (provider `text`). option-list.ts fetches this module only for an element that has some.
 */
import { MAX_LENGTH, type ChildValues, type OptionRecord, type Refuse } from './option-list.js';

/** The URL schemes a link may use: https and the payment schemes of the providers. */
const SAFE_SCHEMES = ['https:', 'bitcoin:', 'lightning:', 'ethereum:', 'solana:', 'monero:', 'upi:'];

/** The element's `<a href>` and `<data>` children: their text, and the resolved href or the value. */
const read = (element: Element): ChildValues => ({
  links: [...element.querySelectorAll<HTMLAnchorElement>(':scope > a[href]')].map((a) => ({ name: a.textContent?.trim() ?? '', href: a.href })),
  data: [...element.querySelectorAll<HTMLDataElement>(':scope > data')].map((d) => ({ name: d.textContent?.trim() ?? '', value: d.value.trim() })),
});

/** The options of these children, in order: links, then data; each refused one is reported. */
function childOptions({ links, data }: ChildValues, refuse: Refuse): OptionRecord[] {
  const options: OptionRecord[] = [];
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
  return options;
}

/** Loaded as a provider's code is: its default export. */
export default { read, childOptions };
