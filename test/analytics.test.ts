import { expect, html, oneEvent } from '@open-wc/testing';
import { openModal, part, tipJar } from './helpers.js';

type Calls = Record<string, unknown[][]>;

/** Stubs each analytics tool's global as the page would have it, recording calls. */
function stubTools(): { calls: Calls; restore: () => void } {
  const calls: Calls = { gtag: [], dataLayer: [], plausible: [], _paq: [], umami: [], fathom: [], beacon: [] };
  const w = window as unknown as Record<string, unknown>;
  const saved = ['gtag', 'dataLayer', 'plausible', '_paq', 'umami', 'fathom'].map((k) => [k, w[k]] as const);
  w.gtag = (...args: unknown[]) => calls.gtag.push(args);
  w.dataLayer = { push: (...args: unknown[]) => calls.dataLayer.push(args) };
  w.plausible = (...args: unknown[]) => calls.plausible.push(args);
  w._paq = { push: (...args: unknown[]) => calls._paq.push(args) };
  w.umami = { track: (...args: unknown[]) => calls.umami.push(args) };
  w.fathom = { trackEvent: (...args: unknown[]) => calls.fathom.push(args) };
  const sendBeacon = navigator.sendBeacon;
  navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
    calls.beacon.push([String(url), data]);
    return true;
  };
  return {
    calls,
    restore: () => {
      for (const [k, v] of saved) w[k] = v;
      navigator.sendBeacon = sendBeacon;
    },
  };
}

describe('analytics (opt-in)', () => {
  it('forwards a visit to every tool named in analytics, and to the beacon', async () => {
    const { calls, restore } = stubTools();
    try {
      const el = await tipJar(html`<tip-jar analytics="gtag gtm plausible matomo umami fathom" beacon="/collect" paypal="awadiop" amounts="5" currency="EUR"></tip-jar>`);
      await openModal(el);
      part(el, 'amounts')!.querySelector('button')!.click();
      const closed = oneEvent(el, 'tip-jar-close');
      el.hide();
      await closed;
      // Forwarding waits for its small module; the beacon is the last sink called per event.
      await new Promise<void>((resolve) => {
        const check = () => (calls.beacon.length >= 3 ? resolve() : requestAnimationFrame(check));
        check();
      });
      expect(calls.gtag.map((c) => c[1])).to.deep.equal(['tip_jar_open', 'tip_jar_amount', 'tip_jar_close']);
      expect(calls.gtag[1]).to.deep.equal(['event', 'tip_jar_amount', { amount: 5, currency: 'EUR' }]);
      expect(calls.dataLayer.map((c) => c[0])).to.deep.equal([
        { event: 'tip-jar-open' }, { event: 'tip-jar-amount', amount: 5, currency: 'EUR' }, { event: 'tip-jar-close', reason: 'api' },
      ]);
      expect(calls.plausible[1]).to.deep.equal(['tip-jar-amount', { props: { amount: 5, currency: 'EUR' } }]);
      expect(calls._paq[2]).to.deep.equal([['trackEvent', 'tip-jar', 'close', 'api']]);
      expect(calls.umami.map((c) => c[0])).to.deep.equal(['tip-jar-open', 'tip-jar-amount', 'tip-jar-close']);
      expect(calls.fathom[1]).to.deep.equal(['tip-jar-amount', { _value: 500 }]);
      expect(calls.beacon.map((c) => c[0])).to.deep.equal(Array(3).fill(new URL('/collect', location.href).href));
      const body = JSON.parse(await (calls.beacon[1][1] as Blob).text());
      expect(body.event).to.equal('tip-jar-amount');
      expect(body.detail).to.deep.equal({ amount: 5, currency: 'EUR' });
    } finally {
      restore();
    }
  });

  it('sends nothing, and loads nothing, unless the site asks', async () => {
    const { calls, restore } = stubTools();
    try {
      const el = await tipJar(html`<tip-jar paypal="awadiop" beacon="http://insecure.example/collect"></tip-jar>`);
      await openModal(el);
      el.hide();
      await oneEvent(el, 'tip-jar-close');
      await el.updateComplete;
      // No tool named, and a plain-http beacon on another origin is refused: nothing sent.
      expect(Object.values(calls).flat()).to.deep.equal([]);
      const plain = await tipJar(html`<tip-jar paypal="awadiop"></tip-jar>`);
      await openModal(plain);
      expect(Object.values(calls).flat()).to.deep.equal([]);
    } finally {
      restore();
    }
  });
});
