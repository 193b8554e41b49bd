import { parseProfile } from './profile.js';
import { defineProvider, linkPayment } from './provider.js';

/** Strike: the profile page `https://strike.me/NAME`, which pays in bitcoin over Lightning. */
export default defineProvider({
  id: 'strike',
  name: 'Strike',
  action: 'page',
  parse: (value) =>
    // The Lightning Address NAME@strike.me names the same account.
    parseProfile(value.trim().replace(/@strike\.me$/i, ''), {
      name: 'Strike',
      hosts: ['strike.me'],
      sigils: '@',
      pattern: /^[A-Za-z0-9_.-]{1,64}$/,
      rule: 'letters, digits, dots, hyphens and underscores',
    }),
  build(name) {
    const url = `https://strike.me/${encodeURIComponent(name)}`;
    return linkPayment(url);
  },
});
