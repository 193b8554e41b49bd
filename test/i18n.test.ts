import { expect, html } from '@open-wc/testing';
import { allLocales } from '../src/generated/locale-codes.js';
import { triggerLabel } from '../src/messages.js';
import { openModal, part, parts, tipJar } from './helpers.js';

const BTC = 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4';
const RTL = ['ar', 'he', 'fa'];

interface Unit {
  source: string[];
  target: string[];
}

/** The catalogue of a locale: each unit's text around its placeholders, in English and translated. */
async function catalogue(locale: string): Promise<Unit[]> {
  const xml = new DOMParser().parseFromString(await (await fetch(`/xliff/${locale}.xlf`)).text(), 'application/xml');
  const pieces = (node: Element | null) =>
    node ? [...node.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent!.trim()).filter(Boolean) : [];
  return [...xml.querySelectorAll('trans-unit')].map((unit) => ({
    source: pieces(unit.querySelector('source')),
    target: pieces(unit.querySelector('target')),
  }));
}

/** Everything the visitor sees or hears in the open modal: text and accessible names. */
function spoken(root: ShadowRoot): string {
  const dialog = root.querySelector('dialog')!;
  const labels = [...dialog.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
  return [dialog.innerText, ...labels].join('\n');
}

/** A widget that shows every string of the catalogue that can show at once. */
const widget = (lang: string) => html`<tip-jar lang=${lang} recipient="Awa Diop" amounts="3 5" amount="5" currency="EUR"
  paypal="awadiop" venmo="awa-diop" orange-money="+221 77 123 45 67" bitcoin=${BTC} sepa="DE89 3704 0044 0532 0130 00"
  ethereum="0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed" solana="mvines9iiHiQTysrwkJjGf2gb9Ex9jXJX8ns3qwf2kN"
  upi="awadiop@okaxis" pix="awa@example.com" pix-city="Recife"
  ><a href="https://example.org/">Shop</a><data value="123456">Till</data></tip-jar
>`;

describe('translations', () => {
  for (const locale of allLocales.filter((l) => l !== 'en')) {
    it(`${locale}: every unit translated, and no English left in the rendered modal`, async () => {
      const units = await catalogue(locale);
      expect(units.length).to.be.greaterThan(30);
      for (const unit of units) expect(unit.target.length, `${locale}: ${unit.source.join(' … ')}`).to.be.greaterThan(0);

      const el = await tipJar(widget(locale));
      expect(part(el, 'button')!.getAttribute('lang')).to.equal(locale);
      const dialog = await openModal(el);
      expect(dialog.getAttribute('lang')).to.equal(locale);
      const text = spoken(el.shadowRoot!);
      for (const unit of units) {
        // A piece that the translation keeps as is (a brand, "IBAN") may appear; any other may not.
        for (const piece of unit.source) {
          if (piece.length < 4 || unit.target.some((t) => t.includes(piece))) continue;
          expect(text, `${locale} shows English "${piece}"`).to.not.contain(piece);
        }
      }
      expect(text).to.contain(units.find((u) => u.source[0]?.startsWith('Choose how to pay'))!.target[0]);
      expect(dialog.getAttribute('dir')).to.equal(RTL.includes(locale) ? 'rtl' : 'ltr');
      // The trigger reads its label from the catalogue directly: the same text msg() gives the modal.
      const tip = units.find((u) => u.source[0] === 'Tip')!.target[0];
      expect(triggerLabel()).to.equal(tip);
      expect(part(el, 'button')!.textContent!.trim()).to.equal(tip);
      await expect(el).to.be.accessible();
    });
  }
});

describe('right to left', () => {
  for (const locale of RTL) {
    it(`${locale}: the modal and the amount picker run right to left; QR codes and addresses stay left to right`, async () => {
      const el = await tipJar(widget(locale));
      const dialog = await openModal(el);
      expect(getComputedStyle(dialog).direction).to.equal('rtl');
      const [first, second] = [...part(el, 'amounts')!.querySelectorAll('button')].map((b) => b.getBoundingClientRect());
      expect(first.left).to.be.greaterThan(second.left);
      const bitcoin = parts(el, 'option').find((o) => o.dataset.provider === 'bitcoin')!;
      const [open, copy] = [...bitcoin.querySelectorAll('.actions > *')].map((b) => b.getBoundingClientRect());
      expect(open.left).to.be.greaterThan(copy.left);
      expect(getComputedStyle(bitcoin.querySelector('.value')!).direction).to.equal('ltr');
      expect(getComputedStyle(bitcoin.querySelector('[part="qr"]')!).direction).to.equal('ltr');
      // The QR sits at the inline end of the card: on the left in a right-to-left layout.
      expect(bitcoin.querySelector('[part="qr"]')!.getBoundingClientRect().left).to.be.lessThan(bitcoin.querySelector('.body')!.getBoundingClientRect().left);
    });
  }
});

describe('money in the visitor’s locale', () => {
  const rows: [string, string, number, RegExp][] = [
    ['en', 'EUR', 5, /^€5$/],
    ['fr', 'EUR', 5, /^5\s€$/u],
    ['de', 'EUR', 2.5, /^2,50\s€$/u],
    ['ja', 'JPY', 500, /^[￥¥]500$/],
    ['hi', 'INR', 100, /^₹100$/],
    ['pt-BR', 'BRL', 10, /^R\$\s10$/u],
    ['fr', 'XOF', 2000, /^2\s000\sF\sCFA$/u],
    ['ar', 'USD', 5, /US\$|\$/],
  ];
  for (const [locale, currency, amount, pattern] of rows) {
    it(`${amount} ${currency} in ${locale}`, async () => {
      const el = await tipJar(html`<tip-jar lang=${locale} paypal="awadiop" amounts=${String(amount)} currency=${currency}></tip-jar>`);
      await openModal(el);
      const text = part(el, 'amounts')!.querySelector('button')!.textContent!.trim().replace(/[\u200e\u200f\u061c]/g, '');
      expect(text).to.match(pattern);
    });
  }
});
