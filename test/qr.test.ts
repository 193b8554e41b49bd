import { expect, html } from '@open-wc/testing';
import { registry } from '../src/providers/index.js';
import QRCode from 'qrcode/lib/core/qrcode.js';
import AlignmentPattern from 'qrcode/lib/core/alignment-pattern.js';
import FormatInfo from 'qrcode/lib/core/format-info.js';
import Utils from 'qrcode/lib/core/utils.js';
import ECCode from 'qrcode/lib/core/error-correction-code.js';
import ECLevel from 'qrcode/lib/core/error-correction-level.js';
import { alignmentCoordinates, blocksM, formatBits, qrMatrix, QUIET_ZONE, segments, symbol, totalCodewords } from '../src/qr.js';
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
  it('a hover readies the closed dialog: the cards in view get their codes before the click, unseen and unreported', async () => {
    const el = await tipJar(everything('light'));
    const qrEvents = record(el, 'tip-jar-qr');
    el.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!.dispatchEvent(new PointerEvent('pointerenter'));
    const drawn = () => parts(el, 'option').filter((card) => card.querySelector('[part="qr"] svg.qr-code')).length;
    const ready = () => parts(el, 'option').length > 1 && drawn() === parts(el, 'option').length;
    // The readying runs in idle periods: wait for the render that draws the cards, not for a time.
    await new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => ready() && (observer.disconnect(), resolve()));
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    });
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    const closed = { open: dialog.open, cards: parts(el, 'option').length, drawn: drawn(), events: qrEvents.length };
    expect(closed.open).to.equal(false);
    expect(closed.cards, 'the cards that fill the view').to.be.within(2, 32);
    expect(closed.drawn, 'each with its code').to.equal(closed.cards);
    expect(closed.events, 'no code reported shown while closed').to.equal(0);
    el.show();
    await el.updateComplete;
    expect(qrEvents).to.have.length(33);
  });

  it('opening renders the cards in view, with their codes, before tip-jar-open, and the rest by updateComplete, without moving them', async () => {
    const el = await tipJar(everything('light'));
    const qrEvents = record(el, 'tip-jar-qr');
    const atOpen = new Promise<{ count: number; inView: number; drawn: number; filled: boolean; tops: number[]; qrEvents: number }>((resolve) => {
      el.addEventListener('tip-jar-open', () => {
        const dialog = el.shadowRoot!.querySelector('dialog')!;
        const bottom = Math.min(dialog.getBoundingClientRect().bottom, innerHeight);
        const cards = parts(el, 'option');
        const result = {
          count: cards.length,
          inView: cards.filter((card) => card.getBoundingClientRect().top < bottom).length,
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
    // And no more than that: each card rendered before the first paint is time the visitor waits.
    expect(first.count - first.inView, 'cards rendered below the view').to.be.at.most(2);
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

  describe('encoding', () => {
    // Payloads of every kind the widget makes, and text that needs versions 10–26 and 27–40,
    // whose character counts take more bits.
    const samples = [
      'https://paypal.me/awadiop/5EUR',
      `bitcoin:${BTC}?amount=0.0005&label=Awa%20Diop&message=Merci%20pour%20l%27article%20%21`,
      'BCD\n002\n1\nSCT\n\nAwa Diop\nDE89370400440532013000\nEUR5\n\n\nMerci pour l\'article !',
      '00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D',
      LNURL,
      'upi://pay?pa=awadiop@okaxis&pn=Awa%20Diop&cu=INR',
      'Ecobank 01234 56789 · Awa Diop',
      '0123456789',
      'HELLO WORLD 12345678901234567890',
      '😀 日本語 ünïcödé',
      'BCD\n002\n1\nSCT\n' + 'Remittance 12345678901234 with a long text '.repeat(4),
      'A1'.repeat(200) + '9'.repeat(300),
      'x'.repeat(1200),
    ];
    const band = (version: number) => (version < 10 ? 0 : version < 27 ? 1 : 2);

    it('each symbol is the one qrcode draws for the same segments after its own search of the eight masks', () => {
      // And 300 texts drawn from digits, capitals, lower case, punctuation and UTF-8, 1 to 400 characters.
      let seed = 1;
      const random = () => ((seed = (seed * 48271) % 0x7fffffff) / 0x7fffffff);
      const pool = [...'0123456789ABCDEFXYZ abcxyz:/.%?=&é€日'];
      const drawn = Array.from({ length: 300 }, () => Array.from({ length: 1 + Math.floor(random() * 400) }, () => pool[Math.floor(random() * pool.length)]).join(''));
      for (const text of [...samples, ...drawn]) {
        const ours = symbol(text);
        const theirs = QRCode.create(segments(text, band(ours.version)), { errorCorrectionLevel: 'M' });
        expect(ours.version, text).to.equal(theirs.version);
        expect([...ours.data], text).to.deep.equal([...theirs.modules.data]);
      }
      // The three bands of character count sizes are all covered.
      expect(new Set(samples.map((text) => band(symbol(text).version)))).to.deep.equal(new Set([0, 1, 2]));
    });

    it('the tables computed from the standard agree with qrcode for every version and mask', () => {
      // Table 1's total codewords, and the examples of 7.9.1 and Annex E.
      expect([1, 2, 7, 40].map(totalCodewords)).to.deep.equal([26, 44, 196, 3706]);
      expect(alignmentCoordinates(7)).to.deep.equal([6, 22, 38]);
      expect(alignmentCoordinates(32)).to.deep.equal([6, 34, 60, 86, 112, 138]);
      // Level M (00), mask 101: data 00101, BCH 0011011100, masked 100000011001110.
      expect(formatBits(5).toString(2).padStart(15, '0')).to.equal('100000011001110');
      for (let version = 1; version <= 40; version++) {
        expect(totalCodewords(version), `version ${version}`).to.equal(Utils.getSymbolTotalCodewords(version));
        expect(alignmentCoordinates(version), `version ${version}`).to.deep.equal(AlignmentPattern.getRowColCoords(version));
      }
      for (let mask = 0; mask < 8; mask++) expect(formatBits(mask)).to.equal(FormatInfo.getEncodedBits({ bit: 0 }, mask));
    });

    it("level M's row of Table 9 gives each version's blocks, as in the standard and in qrcode", () => {
      // Rows of Table 9 at level M: version 1 is (26,16) in one block; version 5, two blocks of
      // (67,43); version 40, 18 blocks of (75,47) and 31 of (76,48).
      const dataCodewords = (version: number) => totalCodewords(version) - blocksM(version).blocks * blocksM(version).ecPerBlock;
      expect([blocksM(1), dataCodewords(1)]).to.deep.equal([{ blocks: 1, ecPerBlock: 10 }, 16]);
      expect([blocksM(5), dataCodewords(5)]).to.deep.equal([{ blocks: 2, ecPerBlock: 24 }, 86]);
      expect([blocksM(40), dataCodewords(40)]).to.deep.equal([{ blocks: 49, ecPerBlock: 28 }, 18 * 47 + 31 * 48]);
      for (let version = 1; version <= 40; version++) {
        const blocks = ECCode.getBlocksCount(version, ECLevel.M);
        const ecPerBlock = ECCode.getTotalCodewordsCount(version, ECLevel.M) / blocks;
        expect(blocksM(version), `version ${version}`).to.deep.equal({ blocks, ecPerBlock });
      }
    });

    it('the segments spell the text, each in a mode that can hold it, in no more bits than qrcode chooses', () => {
      for (const text of samples) {
        for (const b of [0, 1, 2]) {
          const parts = segments(text, b);
          expect(parts.map((part) => part.data).join(''), text).to.equal(text);
          for (const { data, mode } of parts) {
            if (mode === 'numeric') expect(data).to.match(/^[0-9]+$/);
            if (mode === 'alphanumeric') expect(data).to.match(/^[0-9A-Z $%*+\-./:]+$/);
          }
        }
        const ours = QRCode.create(segments(text, band(symbol(text).version)), { errorCorrectionLevel: 'M' });
        const theirs = QRCode.create(text, { errorCorrectionLevel: 'M' });
        const bits = ({ segments: parts, version }: typeof theirs) =>
          parts.reduce((sum, part) => sum + 4 + part.mode.ccBits[band(version)] + part.getBitsLength(), 0);
        expect(ours.version, text).to.be.at.most(theirs.version);
        if (band(ours.version) === band(theirs.version)) expect(bits(ours), text).to.be.at.most(bits(theirs));
      }
      // Digits alone are numeric, upper case with digits alphanumeric, the rest bytes; long runs of digits get their own segment.
      expect(segments('0123456789')).to.deep.equal([{ data: '0123456789', mode: 'numeric' }]);
      expect(segments('HELLO WORLD')).to.deep.equal([{ data: 'HELLO WORLD', mode: 'alphanumeric' }]);
      expect(segments('hello')).to.deep.equal([{ data: 'hello', mode: 'byte' }]);
      expect(segments('id=123456789012345678901234')).to.deep.equal([
        { data: 'id=', mode: 'byte' },
        { data: '123456789012345678901234', mode: 'numeric' },
      ]);
    });

    it('every sample decodes to its text', async () => {
      for (const text of samples.slice(0, 10)) {
        const matrix = qrMatrix(text)!;
        const side = matrix.size + 2 * QUIET_ZONE;
        const box = document.createElement('div');
        box.innerHTML = `<svg viewBox="0 0 ${side} ${side}" width="${side * 4}" height="${side * 4}" shape-rendering="crispEdges"><rect width="${side}" height="${side}" fill="#fff"/><path fill="#000"/></svg>`;
        box.querySelector('path')!.setAttribute('d', matrix.path);
        document.body.append(box);
        const svg = box.querySelector('svg')!;
        expect(await decodeQr(svg), text).to.equal(text);
        box.remove();
      }
    });
  });

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
