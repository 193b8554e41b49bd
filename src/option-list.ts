/**
 * Builds the list of options from an element's settings and the code of its providers, which it
 * fetches: each provider's only when a page configures it. Part of the options chunk: options.ts
 * is what the element calls, this module what the list is made with (kept apart so that the
 * element's handle on the chunk lists only what the element calls).
 */
import { parseAmount } from './decimal.js';
import { nextTask } from './tasks.js';
import { registry, type AnyProvider } from './providers/index.js';
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

/** The element's shared settings, as its properties hold them. */
export interface Settings {
  /** The `amount` attribute when it is not an amount. */
  _badAmount?: string | null;
  currency?: string;
  amounts?: string;
  amount: number | null;
  recipient?: string;
  message?: string;
  pixCity?: string;
  sepaBic?: string;
}

/** The element's `<a href>` and `<data>` children, as children.ts reads them. */
export interface ChildValues {
  /** `<a href>` children: their text and resolved href. */
  links: { name: string; href: string }[];
  /** `<data value>` children: their text and value. */
  data: { name: string; value: string }[];
}

/** What the options are built from; the children's values only once their code (which reads them) is in. */
export interface OptionInput extends Partial<ChildValues> {
  /** Provider attribute values by attribute name. */
  values: Record<string, string | null | undefined>;
  settings: Settings;
  /** The element has children, but the code that reads them could not be loaded. */
  lost?: boolean;
}

/** Longer values are refused before any parsing: no handle or address comes near this. */
export const MAX_LENGTH = 2000;

export const providerIds: readonly string[] = registry.map(([id]) => id);

/** The code for `<a href>` and `<data>` children (children.ts), which loads like a provider's. */
export const CHILDREN = 'children';
type Children = typeof import('./children.js').default;

/** Each provider's code once fetched, and the children's; null when it could not be (offline, blocked). */
export const loaded = new Map<string, AnyProvider | Children | null>();
export const provider = (id: string) => loaded.get(id) as AnyProvider | null | undefined;
export const children = () => loaded.get(CHILDREN) as Children | null | undefined;
/** Where each of those comes from. */
const loaders = new Map<string, () => Promise<{ default: AnyProvider | Children }>>([...registry, [CHILDREN, () => import('./children.js')]]);

export const hasChildren = (element: object) => !!(element as Partial<Element>).querySelector?.(':scope > a[href], :scope > data');
/** Each fetch of that code, once started: settled once the code is in `loaded` (or null there). */
const fetches = new Map<string, Promise<void>>();

export const configured = (value: string | null | undefined): value is string => value != null && value.trim() !== '';

/**
 * Fetches these providers' code, and what these values of theirs need; settles when each has
 * arrived or failed (then its option reports why). With `settings`, each provider's payment is
 * built once as its code arrives, in that task, so that its code runs (and compiles) there: the
 * 22 providers of a large page, built for the first time all at once in the element's update,
 * took 60 ms at 4x CPU slowdown. Each fetch is started in a task of its own: an `import()` costs
 * its calling task 2 to 7 ms at 4x (measured), 150 ms for 22 in one task.
 */
export async function loadProviders(ids: readonly string[], values: Partial<Record<string, string | null>> = {}, settings?: Settings): Promise<unknown> {
  const waits = [];
  for (const id of ids) {
    if (waits.length) await nextTask();
    let fetched = fetches.get(id);
    if (!fetched)
      fetches.set(id, (fetched = loaders.get(id)!().then(
        (module) => void loaded.set(id, module.default),
        () => void loaded.set(id, null),
      )));
    const value = values[id];
    waits.push(
      fetched
        .then(() => configured(value) && provider(id)?.prepare?.(value))
        .then(() => settings && buildOptions({ values: { [id]: value }, settings })),
    );
  }
  return Promise.all(waits);
}

/** Records a problem. Its message, a literal, is moved out of the ES build's code (scripts/lazy-messages.mjs). */
export type Refuse = (provider: string | null, attribute: string, value: string, message: string) => void;

/** The settings every provider sees, and the problems with the shared ones. */
function readSettings(settings: Settings, refuse: Refuse): { context: PaymentContext; presets: number[] } {
  const text = (value?: string) => (value ?? '').trim();
  const code = text(settings.currency).toUpperCase();
  const currency = /^[A-Z]{3}$/.test(code) ? code : '';
  if (!currency) refuse(null, 'currency', settings.currency ?? '', 'Give a three-letter currency code such as USD, EUR or XOF.');
  const tokens = text(settings.amounts).split(/\s+/).filter(Boolean);
  const bad = tokens.filter((t) => parseAmount(t) === null);
  if (bad.length) refuse(null, 'amounts', settings.amounts ?? '', `Not an amount: ${bad.join(' ')}. Write amounts like 3 5 10 or 2.50, separated by spaces.`);
  if (settings._badAmount != null) refuse(null, 'amount', settings._badAmount, 'Write the amount as a positive number with a dot for decimals, like 5 or 2.50.');
  return {
    context: {
      amount: settings.amount,
      currency,
      recipient: text(settings.recipient),
      message: text(settings.message),
      pixCity: text(settings.pixCity),
      sepaBic: text(settings.sepaBic),
    },
    presets: currency ? tokens.map(parseAmount).filter((n): n is number => n !== null) : [],
  };
}

export function buildOptions({ values, settings, links, data, lost }: OptionInput): {
  options: OptionRecord[];
  errors: ConfigError[];
  /** Valid preset amounts. */
  presets: number[];
  /** The upper-case currency code, or '' when `currency` is malformed. */
  currency: string;
} {
  const options: OptionRecord[] = [];
  const errors: ConfigError[] = [];
  const refuse: Refuse = (provider, attribute, value, message) => errors.push({ provider, attribute, value, message });
  const { context, presets } = readSettings(settings, refuse);

  for (const id of providerIds) {
    const value = values[id];
    if (!configured(value)) continue;
    if (value.length > MAX_LENGTH) {
      refuse(id, id, value, `The value is too long (${value.length} characters).`);
      continue;
    }
    const code = provider(id);
    // Not arrived yet, or still fetching what this value needs: the option appears once that is in.
    if (code === undefined || code?.prepare?.(value)) continue;
    if (code === null) {
      refuse(id, id, value, 'The code for this option could not be loaded; check the connection and reload.');
      continue;
    }
    const parsed = code.parse(value);
    const built = parsed.ok ? code.build(parsed.value, context) : parsed;
    if (!built.ok) {
      refuse(code.id, code.id, value, built.error);
      continue;
    }
    options.push({ provider: code.id, name: code.name, action: code.action, notice: code.notice, ...built.value });
  }

  if (lost) refuse(null, '', '', 'The code for the <a> and <data> children could not be loaded; check the connection and reload.');
  if (links && data) options.push(...children()!.childOptions({ links, data }, refuse));
  return { options, errors, presets, currency: context.currency };
}
