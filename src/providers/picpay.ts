import { fixed } from '../amount.js';
import { parseProfile } from './profile.js';
import { defineProvider, linkPayment } from './provider.js';

/** PicPay (Brazil): `https://picpay.me/NAME`, with an amount in BRL `https://picpay.me/NAME/5.00`. */
export default defineProvider({
  id: 'picpay',
  name: 'PicPay',
  action: 'page',
  parse: (value) =>
    parseProfile(value, {
      name: 'PicPay',
      hosts: ['picpay.me', 'app.picpay.com'],
      prefixes: ['user'],
      sigils: '@',
      pattern: /^[A-Za-z0-9_.-]{1,64}$/,
      rule: 'letters, digits, dots, hyphens and underscores',
    }),
  build(name, { amount, currency }) {
    const base = `https://picpay.me/${encodeURIComponent(name)}`;
    const text = amount !== null && currency === 'BRL' ? fixed(amount, 2) : null;
    const url = text ? `${base}/${text}` : base;
    return text ? linkPayment(url, amount, 'BRL') : linkPayment(url);
  },
});
