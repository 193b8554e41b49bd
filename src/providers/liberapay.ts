import { parseProfile } from './profile.js';
import { defineProvider, linkPayment } from './provider.js';

/** Liberapay: `https://liberapay.com/NAME`; recurring donations chosen on the page. */
export default defineProvider({
  id: 'liberapay',
  name: 'Liberapay',
  action: 'page',
  parse: (value) =>
    parseProfile(value, {
      name: 'Liberapay',
      hosts: ['liberapay.com', 'en.liberapay.com', 'fr.liberapay.com'],
      sigils: '@~',
      pattern: /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,31}$/,
      rule: 'at most 32 letters, digits, dots, hyphens and underscores',
    }),
  build(name) {
    const url = `https://liberapay.com/${encodeURIComponent(name)}`;
    return linkPayment(url);
  },
});
