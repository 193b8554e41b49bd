import { expect, html } from '@open-wc/testing';
import { registry } from '../src/providers/index.js';
import { qrMatrix, QUIET_ZONE } from '../src/qr.js';
import { decodeQr, lightBorder, openModal, parts, rasterize, record, tipJar } from './helpers.js';

const BTC = 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4';
const ETH = '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed';
const LNURL = 'LNURL1DP68GURN8GHJ7UM9WFMXJCM99E3K7MF0V9CXJ0M385EKVCENXC6R2C35XVUKXEFCV5MKVV34X5EKZD3EV56NYD3HXQURZEPEXEJXXEPNXSCRVWFNV9NXZCN9XQ6XYEFHVGCXXCMYXYMNSERXFQ5FNS';

const everything = (theme: string) => html`<tip-jar
  theme=${theme}
  recipient="Awa Diop"
  message="Merci pour l'article !"
  amounts="0.0005"
  amount="0.0005"
  currency="BTC"
  paypal="awadiop"
  venmo="awa-diop"
  cashapp="awadiop"
  patreon="awadiop"
  bandcamp="awadiop"
  strike="awadiop"
  lightning=${LNURL}
  bitcoin=${BTC}
  ethereum=${ETH}
  solana="mvines9iiHiQTysrwkJjGf2gb9Ex9jXJX8ns3qwf2kN"
  monero="888tNkZrPN6JsEgekjMnABU4TBzc2Dt29EPAvkRxbANsAnjyPbb3iQ1YBRk1UXcdRsiKc9dhwMVgN5S9cQUiyoogDavup3H"
  kofi="awadiop"
  github="awa-diop"
  monzo="awadiop"
  sepa="DE89 3704 0044 0532 0130 00"
  buymeacoffee="awadiop"
  liberapay="awadiop"
  opencollective="tip-jar"
  revolut="awadiop"
  stripe="https://buy.stripe.com/test_eVa5kC0Xa3Hn"
  wave="https://pay.wave.com/m/M_sn_Ab3/c/sn/"
  orange-money="+221 77 123 45 67"
  mtn-momo="+237 6 71 23 45 67"
  mpesa="+254 712 345 678"
  airtel-money="+243 81 234 5678"
  gofundme="help-awa"
  razorpay="awadiop"
  picpay="awadiop"
  paga="awadiop"
  upi="awadiop@okaxis"
  pix="awa@example.com"
  pix-city="São Paulo"
  ><a href="https://example.org/shop?ref=tip">Shop</a><data value="Ecobank 01234 56789 · Awa Diop">Bank transfer (café)</data></tip-jar
>`;

/** Where each card sits in the scrolling sheet (the opening animation moves the whole dialog). */
const offsets = (el: Element, cards: HTMLElement[]) => {
  const sheet = el.shadowRoot!.querySelector('.sheet')!;
  const top = sheet.getBoundingClientRect().top - sheet.scrollTop;
  return cards.map((card) => Math.round(card.getBoundingClientRect().top - top));
};

describe('QR codes', () => {
  it('opening renders the cards in view, with their codes, before tip-jar-open, and the rest by updateComplete, without moving them', async () => {
    const el = await tipJar(everything('light'));
    const qrEvents = record(el, 'tip-jar-qr');
    const atOpen = new Promise<{ count: number; drawn: number; filled: boolean; tops: number[]; qrEvents: number }>((resolve) => {
      el.addEventListener('tip-jar-open', () => {
        const dialog = el.shadowRoot!.querySelector('dialog')!;
        const bottom = Math.min(dialog.getBoundingClientRect().bottom, innerHeight);
        const cards = parts(el, 'option');
        const result = {
          count: cards.length,
          drawn: cards.filter((card) => card.querySelector('[part="qr"] svg')).length,
          filled: cards[cards.length - 1].getBoundingClientRect().bottom > bottom,
          tops: offsets(el, cards),
        };
        // tip-jar-qr follows tip-jar-open in the same task, once per code drawn.
        queueMicrotask(() => resolve({ ...result, qrEvents: qrEvents.length }));
      }, { once: true });
    });
    el.show();
    const first = await atOpen;
    // The cards in view, and a little more, each with its code; the visitor sees no gap.
    expect(first.count).to.be.within(2, 32);
    expect(first.drawn).to.equal(first.count);
    expect(first.filled, 'the cards fill the view').to.equal(true);
    expect(first.qrEvents).to.equal(first.count);
    await el.updateComplete;
    const cards = parts(el, 'option');
    expect(cards).to.have.length(33);
    expect(cards.every((card) => card.querySelector('[part="qr"] svg'))).to.equal(true);
    expect(qrEvents).to.have.length(33);
    // The cards below came in under the fold: the first ones did not move.
    expect(offsets(el, cards.slice(0, first.count))).to.deep.equal(first.tops);
  });

  for (const theme of ['light', 'dark']) {
    it(`every option's code decodes to its qr text, with a light quiet zone (${theme} theme)`, async () => {
      const el = await tipJar(everything(theme));
      await openModal(el);
      const qrs = parts(el, 'qr');
      expect(qrs.map((q) => q.dataset.provider)).to.deep.equal(el.options.map((o) => o.provider));
      // Every provider of the registry, an <a> child and a <data> child.
      expect(qrs).to.have.length(33);
      expect(el.options.map((o) => o.provider)).to.deep.equal([...registry.map(([id]) => id), 'link', 'text']);
      for (const [i, option] of el.options.entries()) {
        const svg = qrs[i].querySelector('svg')!;
        expect(svg.getAttribute('role')).to.equal('img');
        expect(svg.getAttribute('aria-label')).to.equal(`QR code: ${option.name}`);
        const [plate, modules] = [svg.querySelector('rect')!, svg.querySelector('path')!];
        expect(getComputedStyle(plate).fill).to.equal('rgb(255, 255, 255)');
        expect(getComputedStyle(modules).fill).to.equal('rgb(0, 0, 0)');
        expect(await decodeQr(svg), option.provider).to.equal(option.qr);
        expect(lightBorder(await rasterize(svg), QUIET_ZONE), `${option.provider} quiet zone`).to.equal(true);
        // Painted big enough to scan from a screen: at least 2 CSS pixels per module.
        const side = svg.viewBox.baseVal.width;
        expect(svg.getBoundingClientRect().width / side).to.be.at.least(2);
      }
    });
  }

  it('the quiet zone is exactly four modules wide on each side', () => {
    const text = `bitcoin:${BTC}`;
    const matrix = qrMatrix(text)!;
    const xs = [...matrix.path.matchAll(/M(\d+) (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(Math.min(...xs.map(([x]) => x))).to.equal(QUIET_ZONE);
    expect(Math.min(...xs.map(([, y]) => y))).to.equal(QUIET_ZONE);
    expect(Math.max(...xs.map(([, y]) => y))).to.equal(QUIET_ZONE + matrix.size - 1);
  });

  it('text too long for any QR code gives no code, and the option says to copy instead', async () => {
    expect(qrMatrix('x'.repeat(3000))).to.equal(null);
    const el = await tipJar(html`<tip-jar><data value=${'é'.repeat(1500)}>Long</data></tip-jar>`);
    await openModal(el);
    const qr = parts(el, 'qr')[0];
    expect(qr.querySelector('svg')).to.equal(null);
    expect(qr.textContent).to.contain('too long for a QR code');
  });
});
