import { parseProfile } from './profile.js';
import { defineProvider, linkPayment } from './provider.js';

/** Paga (Nigeria): `https://justpaga.me/NAME`. */
export default defineProvider({
  id: 'paga',
  name: 'Paga',
  action: 'page',
  parse: (value) =>
    parseProfile(value, {
      name: 'Paga',
      hosts: ['justpaga.me'],
      sigils: '@',
      pattern: /^[A-Za-z0-9_.-]{1,64}$/,
      rule: 'letters, digits, dots, hyphens and underscores',
    }),
  build(name) {
    const url = `https://justpaga.me/${encodeURIComponent(name)}`;
    return linkPayment(url);
  },
});
