/**
 * The ordered registry of providers: the modal lists options in this order. Adding a provider is
 * one file beside this one and one line here (and its attribute on the element).
 */
import { bandcamp } from './bandcamp.js';
import { bitcoin } from './bitcoin.js';
import { cashapp } from './cashapp.js';
import { ethereum } from './ethereum.js';
import { lightning } from './lightning.js';
import { patreon } from './patreon.js';
import { paypal } from './paypal.js';
import type { Provider } from './provider.js';
import { strike } from './strike.js';
import { venmo } from './venmo.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const providers: readonly Provider<any>[] = [
  paypal,
  venmo,
  cashapp,
  patreon,
  bandcamp,
  strike,
  lightning,
  bitcoin,
  ethereum,
];
