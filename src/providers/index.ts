/**
 * The ordered registry of providers: the modal lists options in this order. Adding a provider is
 * one file beside this one, one line here, and its documented property on the element.
 */
import { airtelMoney } from './airtel-money.js';
import { gofundme } from './gofundme.js';
import { mpesa } from './mpesa.js';
import { mtnMomo } from './mtn-momo.js';
import { orangeMoney } from './orange-money.js';
import { paga } from './paga.js';
import { picpay } from './picpay.js';
import { razorpay } from './razorpay.js';
import { wave } from './wave.js';
import { bandcamp } from './bandcamp.js';
import { bitcoin } from './bitcoin.js';
import { buymeacoffee } from './buymeacoffee.js';
import { cashapp } from './cashapp.js';
import { ethereum } from './ethereum.js';
import { github } from './github.js';
import { kofi } from './kofi.js';
import { liberapay } from './liberapay.js';
import { lightning } from './lightning.js';
import { monero } from './monero.js';
import { monzo } from './monzo.js';
import { opencollective } from './opencollective.js';
import { patreon } from './patreon.js';
import { pix } from './pix.js';
import { paypal } from './paypal.js';
import type { Provider } from './provider.js';
import { revolut } from './revolut.js';
import { sepa } from './sepa.js';
import { solana } from './solana.js';
import { strike } from './strike.js';
import { upi } from './upi.js';
import { stripe } from './stripe.js';
import { venmo } from './venmo.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const providers: readonly Provider<any>[] = [
  // Mobile money first: where readers use it, it is how most of them pay.
  wave,
  orangeMoney,
  mtnMomo,
  mpesa,
  airtelMoney,
  paypal,
  venmo,
  cashapp,
  patreon,
  kofi,
  buymeacoffee,
  github,
  liberapay,
  opencollective,
  bandcamp,
  revolut,
  monzo,
  strike,
  stripe,
  bitcoin,
  lightning,
  ethereum,
  solana,
  monero,
  sepa,
  upi,
  pix,
  gofundme,
  razorpay,
  picpay,
  paga,
];
