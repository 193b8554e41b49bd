import { fixed } from '../amount.js';
import { parseProfile } from './profile.js';
import { defineProvider, linkPayment } from './provider.js';

/** Monzo.me (UK, GBP): `https://monzo.me/NAME`, with an amount `https://monzo.me/NAME/10.00?d=NOTE`. */
export default defineProvider({
  id: 'monzo',
  name: 'Monzo',
  action: 'page',
  parse: (value) =>
    parseProfile(value, {
      name: 'Monzo.me',
      hosts: ['monzo.me'],
      sigils: '@',
      pattern: /^[A-Za-z0-9_.-]{1,64}$/,
      rule: 'letters, digits, dots, hyphens and underscores',
    }),
  build(name, { amount, currency, message }) {
    const base = `https://monzo.me/${encodeURIComponent(name)}`;
    const text = amount !== null && currency === 'GBP' ? fixed(amount, 2) : null;
    if (!text) return linkPayment(base);
    const url = `${base}/${text}${message ? `?d=${encodeURIComponent(message)}` : ''}`;
    return linkPayment(url, amount, currency);
  },
});
