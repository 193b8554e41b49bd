import { parseProfile } from './profile.js';
import { defineProvider, linkPayment } from './provider.js';

/** GoFundMe: the campaign page `https://www.gofundme.com/f/SLUG`. */
export default defineProvider({
  id: 'gofundme',
  name: 'GoFundMe',
  action: 'page',
  parse: (value) =>
    parseProfile(value.trim().toLowerCase(), {
      name: 'GoFundMe',
      hosts: ['gofundme.com'],
      prefixes: ['f'],
      pattern: /^[a-z0-9](?:[a-z0-9-]{0,198}[a-z0-9])?$/,
      rule: 'the campaign name of gofundme.com/f/NAME: lower-case letters, digits and hyphens',
    }),
  build(slug) {
    const url = `https://www.gofundme.com/f/${slug}`;
    return linkPayment(url);
  },
});
