import { parseProfile } from './profile.js';
import { defineProvider, linkPayment } from './provider.js';

/** Ko-fi: `https://ko-fi.com/NAME`; the visitor picks the amount on the page. */
export default defineProvider({
  id: 'kofi',
  name: 'Ko-fi',
  action: 'page',
  parse: (value) =>
    parseProfile(value, {
      name: 'Ko-fi',
      hosts: ['ko-fi.com'],
      sigils: '@',
      pattern: /^[A-Za-z0-9_]{1,64}$/,
      rule: 'letters, digits and underscores',
    }),
  build(name) {
    const url = `https://ko-fi.com/${encodeURIComponent(name)}`;
    return linkPayment(url);
  },
});
