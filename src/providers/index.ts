/**
 * The ordered registry of providers: the modal lists options in this order. Each provider is its
 * own chunk, fetched only when a page configures it. Adding a provider is one file beside this
 * one, one line here, and its documented property on the element.
 */
import type { Provider } from './provider.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProvider = Provider<any>;

/** `[attribute, load]` in display order. */
export const registry: readonly (readonly [id: string, load: () => Promise<AnyProvider>])[] = [
  // Mobile money first: where readers use it, it is how most of them pay.
  ['wave', () => import('./wave.js').then((m) => m.wave)],
  ['orange-money', () => import('./orange-money.js').then((m) => m.orangeMoney)],
  ['mtn-momo', () => import('./mtn-momo.js').then((m) => m.mtnMomo)],
  ['mpesa', () => import('./mpesa.js').then((m) => m.mpesa)],
  ['airtel-money', () => import('./airtel-money.js').then((m) => m.airtelMoney)],
  ['paypal', () => import('./paypal.js').then((m) => m.paypal)],
  ['venmo', () => import('./venmo.js').then((m) => m.venmo)],
  ['cashapp', () => import('./cashapp.js').then((m) => m.cashapp)],
  ['patreon', () => import('./patreon.js').then((m) => m.patreon)],
  ['kofi', () => import('./kofi.js').then((m) => m.kofi)],
  ['buymeacoffee', () => import('./buymeacoffee.js').then((m) => m.buymeacoffee)],
  ['github', () => import('./github.js').then((m) => m.github)],
  ['liberapay', () => import('./liberapay.js').then((m) => m.liberapay)],
  ['opencollective', () => import('./opencollective.js').then((m) => m.opencollective)],
  ['bandcamp', () => import('./bandcamp.js').then((m) => m.bandcamp)],
  ['revolut', () => import('./revolut.js').then((m) => m.revolut)],
  ['monzo', () => import('./monzo.js').then((m) => m.monzo)],
  ['strike', () => import('./strike.js').then((m) => m.strike)],
  ['stripe', () => import('./stripe.js').then((m) => m.stripe)],
  ['bitcoin', () => import('./bitcoin.js').then((m) => m.bitcoin)],
  ['lightning', () => import('./lightning.js').then((m) => m.lightning)],
  ['ethereum', () => import('./ethereum.js').then((m) => m.ethereum)],
  ['solana', () => import('./solana.js').then((m) => m.solana)],
  ['monero', () => import('./monero.js').then((m) => m.monero)],
  ['sepa', () => import('./sepa.js').then((m) => m.sepa)],
  ['upi', () => import('./upi.js').then((m) => m.upi)],
  ['pix', () => import('./pix.js').then((m) => m.pix)],
  ['gofundme', () => import('./gofundme.js').then((m) => m.gofundme)],
  ['razorpay', () => import('./razorpay.js').then((m) => m.razorpay)],
  ['picpay', () => import('./picpay.js').then((m) => m.picpay)],
  ['paga', () => import('./paga.js').then((m) => m.paga)],
];

/** Every provider's code, in display order (for tests and tools; pages load only what they use). */
export const loadAll = (): Promise<AnyProvider[]> => Promise.all(registry.map(([, load]) => load()));
