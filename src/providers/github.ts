import { parseProfile } from './profile.js';
import { defineProvider, linkPayment } from './provider.js';

/** GitHub Sponsors: `https://github.com/sponsors/LOGIN`. */
export default defineProvider({
  id: 'github',
  name: 'GitHub Sponsors',
  action: 'page',
  // GitHub: alphanumerics and single inner hyphens, at most 39 characters.
  parse: (value) =>
    parseProfile(value, {
      name: 'GitHub',
      hosts: ['github.com'],
      prefixes: ['sponsors'],
      sigils: '@',
      pattern: /^(?=.{1,39}$)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/,
      rule: 'at most 39 letters and digits, with single hyphens inside',
    }),
  build(login) {
    const url = `https://github.com/sponsors/${login}`;
    return linkPayment(url);
  },
});
