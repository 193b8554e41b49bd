/**
 * Turns the element's settings into the options its modal lists: what the element calls. This
 * module loads when the browser is idle after the element connects; it then loads the code of
 * each provider the page configures, and only those (option-list.ts).
 */
import {
  CHILDREN,
  buildOptions,
  children,
  configured,
  hasChildren,
  loadProviders,
  loaded,
  provider,
  providerIds,
  type ConfigError,
  type OptionInput,
  type OptionRecord,
  type Settings,
} from './option-list.js';

export type { ConfigError, OptionRecord, Settings };

/**
 * The public fields of each option, as the element's `options` lists them: provider, name, url,
 * qr, copy, amount and currency, in that order (a record's other fields say how to present it).
 */
export const publicOptions = (records: OptionRecord[]) => records.map(({ action, notice, display, ...fields }) => fields);

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
  const before = reported.get(element);
  const keys = errors.map(({ provider, attribute, value }) => `${provider}:${attribute}:${value}`);
  reported.set(element, new Set(keys));
  const fresh = errors.filter((_, i) => !before?.has(keys[i]) && keys.indexOf(keys[i]) === i);
  if (!fresh.length) return;
  const next = Promise.all([queued.get(element), import('./report.js').catch(() => null)]).then(([, texts]) => {
    for (const { provider, attribute, value, message } of fresh) {
      // Offline, the report still says which value is wrong.
      element._error(provider, attribute, value, texts ? texts.text(message) : typeof message === 'string' ? message : 'This value is not valid (the text of this message could not be loaded).');
    }
  });
  queued.set(element, next);
}

/** Settles once the element's reports have been sent. */
export const pending = (element: object): Promise<void> | undefined => queued.get(element);

const camel = (attribute: string) => attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The element's provider attribute values, by attribute name. */
const valuesOf = (element: object): OptionInput['values'] =>
  Object.fromEntries(providerIds.map((id) => [id, (element as Record<string, string | undefined>)[camel(id)]]));

/**
 * The providers an element (or any object with its properties) configures whose code has not
 * arrived or failed yet, or whose value needs more code that has not (Base58Check for a legacy
 * Bitcoin address, the reason for a refused IBAN or address); and `children` when it has `<a href>`
 * or `<data>` children and their code has not.
 */
export function missing(element: object): string[] {
  const values = valuesOf(element);
  const ids = providerIds.filter((id) => configured(values[id]) && (!loaded.has(id) || !!provider(id)?.prepare?.(values[id]!)));
  return !loaded.has(CHILDREN) && hasChildren(element) ? [...ids, CHILDREN] : ids;
}

/**
 * Fetches the code an element's configured providers and their values need; settles when it is
 * all in (or failed). Each provider's payment is built as its code arrives, in that task.
 */
export const loadCode = (element: Element & Settings): Promise<unknown> => loadProviders(missing(element), valuesOf(element), element);

/** Set once Intl is being readied (ready-intl.ts). */
let intlReady: unknown;

/** The options of a `<tip-jar>`: its provider properties, shared settings and `<a>`/`<data>` children. */
export function optionsOf(element: Element & Settings): ReturnType<typeof buildOptions> {
  const code = children();
  const built = buildOptions({
    values: valuesOf(element),
    settings: element,
    ...(code ? code.read(element) : { lost: code === null && hasChildren(element) }),
  });
  // The modal formats amounts with Intl, whose first number format takes long (ready-intl.ts).
  if (!intlReady && (built.presets.length > 0 || element.amount != null)) intlReady = import('./ready-intl.js').catch(() => {});
  return built;
}

// The helpers most providers share, listed here so that the bundler keeps them in this chunk: it
// is always in before a provider's, so they cost no request of their own. Listed rather than
// re-exported, they leave this chunk under one-letter names.
import { decimalString, fixed, fixedOrWhole } from './amount.js';
import { paymentUri, percentEncode } from './payloads/uri.js';
import { parseProfile } from './providers/profile.js';
import { defineProvider, linkPayment } from './providers/provider.js';
import { fail, ok } from './result.js';
export const helpers = [decimalString, fixed, fixedOrWhole, paymentUri, percentEncode, parseProfile, defineProvider, linkPayment, fail, ok];
