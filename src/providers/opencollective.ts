import { parseProfile } from './profile.js';
import { defineProvider, linkPayment } from './provider.js';

/** Open Collective: `https://opencollective.com/SLUG`. */
export default defineProvider({
  id: 'opencollective',
  name: 'Open Collective',
  action: 'page',
  parse: (value) =>
    parseProfile(value.trim().toLowerCase(), {
      name: 'Open Collective',
      hosts: ['opencollective.com'],
      sigils: '@',
      pattern: /^[a-z0-9](?:[a-z0-9-]{0,253}[a-z0-9])?$/,
      rule: 'lower-case letters, digits and inner hyphens',
    }),
  build(slug) {
    const url = `https://opencollective.com/${slug}`;
    return linkPayment(url);
  },
});
