import { parsePhoneNumber, type PhoneNumber } from '../payloads/e164.js';
import { ok } from '../result.js';
import { defineProvider, type Provider } from './provider.js';

/**
 * A mobile-money wallet paid by phone number. None of these wallets publishes a link to pay a
 * person, so the option shows the number grouped for reading, copies it in E.164 form, and its QR
 * carries a `tel:` URI that puts the number on the visitor's phone in one scan.
 */
export const mobileMoney = (id: string, name: string): Provider<PhoneNumber> =>
  defineProvider({
    id,
    name,
    action: 'phone',
    parse: (value) => parsePhoneNumber(value),
    build: ({ e164, display }) => ok({ url: null, qr: `tel:${e164}`, copy: e164, display, amount: null, currency: null }),
  });
