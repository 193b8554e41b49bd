import { parsePhoneNumber } from '../payloads/e164.js';
import { fail, ok } from '../result.js';
import { defineProvider, linkPayment } from './provider.js';

type WaveTarget = { link: string } | { e164: string; display: string };

/**
 * Wave (Senegal, Côte d'Ivoire …): a Wave Business payment link `https://pay.wave.com/m/M_…/c/sn/`,
 * opened as given with a whole XOF amount added, or a Wave number, paid like mobile money.
 */
export default defineProvider<WaveTarget>({
  id: 'wave',
  name: 'Wave',
  action: 'phone',
  parse(value) {
    const text = value.trim();
    if (!/^(?:https?:\/\/|pay\.wave\.com)/i.test(text)) {
      const phone = parsePhoneNumber(text);
      return phone.ok ? ok({ e164: phone.value.e164, display: phone.value.display }) : phone;
    }
    let url: URL;
    try {
      url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
    } catch {
      return fail('This is not a valid link.');
    }
    if (url.protocol !== 'https:' || url.hostname !== 'pay.wave.com') {
      return fail(`A Wave payment link starts with https://pay.wave.com/m/; this one goes to ${url.hostname}.`);
    }
    // The merchant id seen in Wave Business links: M_ then letters, digits, _ and -.
    if (!/^\/m\/M_[A-Za-z0-9_-]+(?:\/c\/[a-z]{2})?\/?$/.test(url.pathname)) {
      return fail('This is not a Wave Business payment link: it should look like https://pay.wave.com/m/M_sn_…/c/sn/.');
    }
    url.search = '';
    url.hash = '';
    return ok({ link: url.href });
  },
  build(target, { amount, currency }) {
    if ('e164' in target) {
      return ok({ url: null, qr: `tel:${target.e164}`, copy: target.e164, display: target.display, amount: null, currency: null });
    }
    // Wave takes whole francs CFA (XOF has no minor unit).
    const francs = currency === 'XOF' && amount !== null && Number.isInteger(amount) ? amount : null;
    const url = francs === null ? target.link : `${target.link}?amount=${francs}`;
    return francs === null ? linkPayment(url) : linkPayment(url, francs, 'XOF');
  },
});
