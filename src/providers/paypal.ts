import { fixedOrWhole } from '../amount.js';
import { parseProfile } from './profile.js';
import { defineProvider, linkPayment } from './provider.js';

/** Currencies PayPal accepts payments in (PayPal's currency codes list). */
const CURRENCIES = new Set(
  'AUD BRL CAD CNY CZK DKK EUR HKD HUF ILS JPY MYR MXN TWD NZD NOK PHP PLN GBP SGD SEK CHF THB USD'.split(' '),
);
/** Those of them that take no decimals at PayPal (the same list); every other takes 2. */
const WHOLE = new Set(['HUF', 'JPY', 'TWD']);

/** PayPal.me: `https://paypal.me/NAME`, with an amount `https://paypal.me/NAME/10EUR`. */
export default defineProvider({
  id: 'paypal',
  name: 'PayPal',
  action: 'page',
  notice: 'sender-visible',
  // PayPal's help: a PayPal.me name is letters and digits only, at most 20.
  parse: (value) =>
    parseProfile(value, {
      name: 'PayPal.me',
      hosts: ['paypal.me', 'paypal.com'],
      prefixes: ['paypalme'],
      sigils: '@',
      pattern: /^[A-Za-z0-9]{1,20}$/,
      rule: 'letters and digits only, at most 20',
    }),
  build(name, { amount, currency }) {
    const base = `https://paypal.me/${encodeURIComponent(name)}`;
    // ISO 4217 gives HUF and TWD 2 decimals, but PayPal takes none: those are whole amounts only.
    const text = amount !== null && CURRENCIES.has(currency) ? fixedOrWhole(amount, WHOLE.has(currency) ? 0 : 2) : null;
    const url = text ? `${base}/${text}${currency}` : base;
    return text ? linkPayment(url, amount, currency) : linkPayment(url);
  },
});
