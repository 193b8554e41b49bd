import { parseProfile } from './profile.js';
import { defineProvider, linkPayment } from './provider.js';

/** Buy Me a Coffee: `https://buymeacoffee.com/NAME`. */
export default defineProvider({
  id: 'buymeacoffee',
  name: 'Buy Me a Coffee',
  action: 'page',
  parse: (value) =>
    parseProfile(value, {
      name: 'Buy Me a Coffee',
      hosts: ['buymeacoffee.com'],
      sigils: '@',
      pattern: /^[A-Za-z0-9_.-]{1,64}$/,
      rule: 'letters, digits, dots, hyphens and underscores',
    }),
  build(name) {
    const url = `https://buymeacoffee.com/${encodeURIComponent(name)}`;
    return linkPayment(url);
  },
});
