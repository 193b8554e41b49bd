import { currencyDigits, fixedOrWhole } from '../amount.js';
import { ok } from '../result.js';
import { parseProfile } from './profile.js';
import { defineProvider } from './provider.js';

/** Currencies PayPal accepts payments in (PayPal's currency codes list). */
const CURRENCIES = new Set(
  'AUD BRL CAD CNY CZK DKK EUR HKD HUF ILS JPY MYR MXN TWD NZD NOK PHP PLN GBP SGD SEK CHF THB USD'.split(' '),
);

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
    // HUF, JPY and TWD take no decimals at PayPal; ISO 4217 agrees for JPY and says 2 for HUF
    // and TWD, so those two are whole amounts only.
    const digits = currency === 'HUF' || currency === 'TWD' ? 0 : currencyDigits(currency);
    const text = amount !== null && CURRENCIES.has(currency) ? fixedOrWhole(amount, digits) : null;
    const url = text ? `${base}/${text}${currency}` : base;
    return ok({ url, qr: url, copy: null, amount: text ? amount : null, currency: text ? currency : null });
  },
});
