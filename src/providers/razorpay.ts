import { parseProfile } from './profile.js';
import { defineProvider, linkPayment } from './provider.js';

/** Razorpay.me (India): `https://razorpay.me/@HANDLE`; the payer enters the amount. */
export default defineProvider({
  id: 'razorpay',
  name: 'Razorpay',
  action: 'page',
  parse: (value) =>
    parseProfile(value, {
      name: 'Razorpay.me',
      hosts: ['razorpay.me'],
      sigils: '@',
      pattern: /^[A-Za-z0-9_.-]{3,64}$/,
      rule: 'at least 3 letters, digits, dots, hyphens or underscores',
    }),
  build(handle) {
    const url = `https://razorpay.me/@${encodeURIComponent(handle)}`;
    return linkPayment(url);
  },
});
