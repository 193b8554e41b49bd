import { parseProfile } from './profile.js';
import { defineProvider, linkPayment } from './provider.js';

/** Revolut: the Revolut.Me page `https://revolut.me/NAME`; the payer enters the amount. */
export default defineProvider({
  id: 'revolut',
  name: 'Revolut',
  action: 'page',
  parse: (value) =>
    parseProfile(value, {
      name: 'Revolut',
      hosts: ['revolut.me'],
      sigils: '@',
      pattern: /^[A-Za-z0-9_.-]{1,64}$/,
      rule: 'letters, digits, dots, hyphens and underscores',
    }),
  build(name) {
    const url = `https://revolut.me/${encodeURIComponent(name)}`;
    return linkPayment(url);
  },
});
