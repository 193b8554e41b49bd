/**
 * Turns the element's settings into the options its modal lists. This module loads
 * when the browser is idle after the element connects; it then loads the code of each provider
 * the page configures, and only those.
 */
import { parseAmount } from './decimal.js';
import { idle } from './tasks.js';
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

export interface OptionInput {
  /** Provider attribute values by attribute name. */
  values: Record<string, string | null | undefined>;
  settings: Settings;
  /** `<a href>` children: their text and resolved href. */
  links: { name: string; href: string }[];
  /** `<data value>` children: their text and value. */
  data: { name: string; value: string }[];
  /** The element has children, but the code that reads them could not be loaded. */
  lost?: boolean;
}

/** Longer values are refused before any parsing: no handle or address comes near this. */
export const MAX_LENGTH = 2000;

/** The public fields of each option, as the element's `options` lists them. */
export const publicOptions = (records: OptionRecord[]) =>
  records.map(({ provider, name, url, qr, copy, amount, currency }) => ({ provider, name, url, qr, copy, amount, currency }));

/** What each element has reported, so that a bad value is reported once (again only once fixed and broken anew). */
const reported = new WeakMap<object, Set<string>>();
/** Each element's reports, in order: the last one sent once its text is in. */
const queued = new WeakMap<object, Promise<void>>();

interface Reporter {
  _error(provider: string | null, attribute: string, value: string, message: string): void;
}

/**
 * Reports each new bad value through the element: a tip-jar-error event and one console warning,
 * once the text of its message is in (report.ts: a page whose values are right never fetches it).
 */
export function report(element: Reporter, errors: ConfigError[]): void {
  const before = reported.get(element) ?? new Set<string>();
  const now = new Set<string>();
  const fresh: ConfigError[] = [];
  for (const error of errors) {
    const key = `${error.provider}:${error.attribute}:${error.value}`;
    if (!before.has(key) && !now.has(key)) fresh.push(error);
    now.add(key);
  }
  reported.set(element, now);
  if (!fresh.length) return;
  const next = Promise.all([queued.get(element), import('./report.js')]).then(
    ([, { text }]) => fresh.map(({ message }) => text(message)),
    // Offline: the report still says which value is wrong.
    () => fresh.map(({ message }) => (typeof message === 'string' ? message : 'This value is not valid (the text of this message could not be loaded).')),
  ).then((messages) => fresh.forEach(({ provider, attribute, value }, i) => element._error(provider, attribute, value, messages[i])));
  queued.set(element, next);
}

/** Settles once the element's reports have been sent. */
export const pending = (element: object): Promise<void> | undefined => queued.get(element);

export const providerIds: readonly string[] = registry.map(([id]) => id);

/** The code for `<a href>` and `<data>` children (children.ts), which loads like a provider's. */
export const CHILDREN = 'children';
type Children = typeof import('./children.js').default;

/** Each provider's code once fetched, and the children's; null when it could not be (offline, blocked). */
const loaded = new Map<string, AnyProvider | Children | null>();
const provider = (id: string) => loaded.get(id) as AnyProvider | null | undefined;
const children = () => loaded.get(CHILDREN) as Children | null | undefined;
/** Where each of those comes from. */
const loaders = new Map<string, () => Promise<{ default: AnyProvider | Children }>>([...registry, [CHILDREN, () => import('./children.js')]]);

const hasChildren = (element: object) => !!(element as Partial<Element>).querySelector?.(':scope > a[href], :scope > data');
const loading = new Map<string, Promise<void>>();

const configured = (value: string | null | undefined): value is string => value != null && value.trim() !== '';

const camel = (attribute: string) => attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The element's provider attribute values, by attribute name. */
const valuesOf = (element: object): OptionInput['values'] =>
  Object.fromEntries(providerIds.map((id) => [id, (element as Record<string, string | undefined>)[camel(id)]]));

/**
 * The providers an element (or any object with its properties) configures whose code has not
 * arrived or failed yet, or whose value needs more code that has not (a legacy Bitcoin address);
 * and `children` when it has `<a href>` or `<data>` children and their code has not.
 */
export function missing(element: object): string[] {
  const values = valuesOf(element);
  const ids = providerIds.filter((id) => configured(values[id]) && (!loaded.has(id) || !!provider(id)?.prepare?.(values[id]!)));
  return !loaded.has(CHILDREN) && hasChildren(element) ? [...ids, CHILDREN] : ids;
}

/** Fetches the code an element's configured providers and their values need; settles when it is all in (or failed). */
export const loadCode = (element: object): Promise<unknown> => loadProviders(missing(element), valuesOf(element));

/** Set once Intl is being readied; then holds the call's result, so that no bundler drops the call as unused. */
let intlReady: unknown;

/**
 * Runs the callback in an idle period with nothing else to do before the next frame: a full one
 * (the browser grants at most 50 ms), which it grants only when no frame is due, not while the
 * page scrolls or animates. For work that cannot be split: it then delays nothing the visitor
 * sees. Without requestIdleCallback, in a task of its own.
 */
const quiet = (callback: () => void): unknown =>
  idle(function wait(deadline?: IdleDeadline) {
    if (deadline && deadline.timeRemaining() < 49) idle(wait);
    else callback();
  });

/**
 * The first number format a page makes builds Intl's list of locales: one native call of about
 * 200 ms at 4x CPU slowdown, which cannot be split. The modal formats amounts with Intl, so an
 * element that shows amounts has it made once the page is quiet (no frame due: not while it
 * scrolls or animates), in a task of its own, rather than when the visitor reaches for the
 * button. If the page is never quiet, the opening makes it. (A page that uses Intl already has
 * paid for it.)
 */
function readyIntl(shows: boolean): void {
  if (intlReady || !shows) return;
  intlReady = true;
  quiet(() => (intlReady = Intl.NumberFormat.supportedLocalesOf('en')));
}

/** The options of a `<tip-jar>`: its provider properties, shared settings and `<a>`/`<data>` children. */
export function optionsOf(element: Element & Settings): ReturnType<typeof buildOptions> {
  const code = children();
  const built = buildOptions({
    values: valuesOf(element),
    settings: element,
    ...(code ? code.read(element) : { links: [], data: [], lost: code === null && hasChildren(element) }),
  });
  readyIntl(built.presets.length > 0 || element.amount != null);
  return built;
}

/**
 * Fetches these providers' code, and what these values of theirs need; settles when each has
 * arrived or failed (then its option reports why).
 */
export function loadProviders(ids: readonly string[], values: Partial<Record<string, string | null>> = {}): Promise<unknown> {
  return Promise.all(
    ids.map((id) => {
      let pending = loading.get(id);
      if (!pending && !loaded.has(id)) {
        pending = loaders.get(id)!().then(
          (module) => void loaded.set(id, module.default),
          () => void loaded.set(id, null),
        ).finally(() => loading.delete(id));
        loading.set(id, pending);
      }
      const value = values[id];
      return Promise.resolve(pending).then(() => (configured(value) ? provider(id)?.prepare?.(value) : undefined));
    }),
  );
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
  if (links.length || data.length) {
    const code = children();
    if (code) options.push(...code.childOptions({ links, data }, refuse));
  }
  return { options, errors, presets, currency: context.currency };
}

// The helpers most providers share, listed here so that the bundler keeps them in this chunk: it
// is always in before a provider's, so they cost no request of their own. Listed rather than
// re-exported, they leave this chunk under one-letter names.
import { currencyDigits, decimalString, fixed, fixedOrWhole } from './amount.js';
import { paymentUri, percentEncode } from './payloads/uri.js';
import { parseProfile } from './providers/profile.js';
import { defineProvider } from './providers/provider.js';
import { fail, ok } from './result.js';
export const helpers = [currencyDigits, decimalString, fixed, fixedOrWhole, paymentUri, percentEncode, parseProfile, defineProvider, fail, ok];
