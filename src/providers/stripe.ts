import { fail, ok } from '../result.js';
import { defineProvider, linkPayment } from './provider.js';

/**
 * Stripe Payment Links: an opaque `https://buy.stripe.com/…` URL (or the site's own custom domain
 * for it), opened as given; its price is set in Stripe.
 */
export default defineProvider({
  id: 'stripe',
  name: 'Stripe',
  action: 'page',
  parse(value) {
    let url: URL;
    try {
      url = new URL(value.trim());
    } catch {
      return fail('Give the whole Payment Link that Stripe made, such as https://buy.stripe.com/….');
    }
    if (url.protocol !== 'https:') return fail('A Stripe Payment Link must start with https://.');
    if (url.username || url.password) return fail('This link carries a user name or password.');
    if (url.pathname === '/' && !url.search) return fail('This is not a Payment Link: it has no path.');
    return ok(url.href);
  },
  build(url) {
    return linkPayment(url);
  },
});
