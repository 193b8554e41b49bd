/**
 * The ordered registry of providers: the modal lists options in this order. Each provider is its
 * own chunk, fetched only when a page configures it. Adding a provider is one file beside this
 * one, one line here, and its documented property on the element.
 */
import type { Provider } from './provider.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProvider = Provider<any>;

/** `[attribute, load]` in display order. */
export const registry: readonly (readonly [id: string, load: () => Promise<{ default: AnyProvider }>])[] = [
  // Mobile money first: where readers use it, it is how most of them pay.
  ['wave', () => import('./wave.js')],
  ['orange-money', () => import('./orange-money.js')],
  ['mtn-momo', () => import('./mtn-momo.js')],
  ['mpesa', () => import('./mpesa.js')],
  ['airtel-money', () => import('./airtel-money.js')],
  ['paypal', () => import('./paypal.js')],
  ['venmo', () => import('./venmo.js')],
  ['cashapp', () => import('./cashapp.js')],
  ['patreon', () => import('./patreon.js')],
  ['kofi', () => import('./kofi.js')],
  ['buymeacoffee', () => import('./buymeacoffee.js')],
  ['github', () => import('./github.js')],
  ['liberapay', () => import('./liberapay.js')],
  ['opencollective', () => import('./opencollective.js')],
  ['bandcamp', () => import('./bandcamp.js')],
  ['revolut', () => import('./revolut.js')],
  ['monzo', () => import('./monzo.js')],
  ['strike', () => import('./strike.js')],
  ['stripe', () => import('./stripe.js')],
  ['bitcoin', () => import('./bitcoin.js')],
  ['lightning', () => import('./lightning.js')],
  ['ethereum', () => import('./ethereum.js')],
  ['solana', () => import('./solana.js')],
  ['monero', () => import('./monero.js')],
  ['sepa', () => import('./sepa.js')],
  ['upi', () => import('./upi.js')],
  ['pix', () => import('./pix.js')],
  ['gofundme', () => import('./gofundme.js')],
  ['razorpay', () => import('./razorpay.js')],
  ['picpay', () => import('./picpay.js')],
  ['paga', () => import('./paga.js')],
];

/** Every provider's code, in display order (for tests and tools; pages load only what they use). */
export const loadAll = (): Promise<AnyProvider[]> => Promise.all(registry.map(([, load]) => load().then((module) => module.default)));
