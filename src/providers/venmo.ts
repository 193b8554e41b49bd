import { fixed } from '../amount.js';
import { parseProfile } from './profile.js';
import { defineProvider, linkPayment } from './provider.js';

/**
 * Venmo (US, USD only): the profile `https://venmo.com/u/NAME`, or with an amount the web pay
 * form `https://venmo.com/NAME?txn=pay&amount=5.00&note=…`.
 */
export default defineProvider({
  id: 'venmo',
  name: 'Venmo',
  action: 'page',
  notice: 'public-by-default',
  // Venmo's help: 5 to 30 letters, digits, hyphens and underscores.
  parse: (value) =>
    parseProfile(value, {
      name: 'Venmo',
      hosts: ['venmo.com', 'account.venmo.com'],
      prefixes: ['u'],
      sigils: '@',
      pattern: /^[A-Za-z0-9_-]{5,30}$/,
      rule: '5 to 30 letters, digits, hyphens or underscores',
    }),
  build(name, { amount, currency, message }) {
    const handle = encodeURIComponent(name);
    const text = amount !== null && currency === 'USD' ? fixed(amount, 2) : null;
    if (!text) return linkPayment(`https://venmo.com/u/${handle}`);
    const note = message ? `&note=${encodeURIComponent(message)}` : '';
    return linkPayment(`https://venmo.com/${handle}?txn=pay&amount=${text}${note}`, amount, currency);
  },
});
