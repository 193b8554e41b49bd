import { fixedOrWhole } from '../amount.js';
import { parseProfile } from './profile.js';
import { defineProvider, linkPayment } from './provider.js';

/** Cash App: `https://cash.app/$TAG`, with an amount in USD `https://cash.app/$TAG/10`. */
export default defineProvider({
  id: 'cashapp',
  name: 'Cash App',
  action: 'page',
  // Cash App's help: at most 20 characters, at least one letter, no symbols, dashes or spaces.
  parse: (value) =>
    parseProfile(value, {
      name: 'Cash App',
      hosts: ['cash.app', 'cash.me'],
      sigils: '$',
      pattern: /^(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{1,20}$/,
      rule: 'at most 20 letters and digits, with at least one letter',
    }),
  build(tag, { amount, currency }) {
    const base = `https://cash.app/$${encodeURIComponent(tag)}`;
    const text = amount !== null && currency === 'USD' ? fixedOrWhole(amount, 2) : null;
    const url = text ? `${base}/${text}` : base;
    return text ? linkPayment(url, amount, currency) : linkPayment(url);
  },
});
