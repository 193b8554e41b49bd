import { parseProfile } from './profile.js';
import { defineProvider, linkPayment } from './provider.js';

/** Patreon: `https://www.patreon.com/NAME`; the visitor picks a tier on the page. */
export default defineProvider({
  id: 'patreon',
  name: 'Patreon',
  action: 'page',
  parse: (value) =>
    parseProfile(value, {
      name: 'Patreon',
      hosts: ['patreon.com'],
      prefixes: ['c'],
      sigils: '@',
      pattern: /^[A-Za-z0-9_-]{1,64}$/,
      rule: 'letters, digits, hyphens and underscores',
    }),
  build(name) {
    const url = `https://www.patreon.com/${encodeURIComponent(name)}`;
    return linkPayment(url);
  },
});
