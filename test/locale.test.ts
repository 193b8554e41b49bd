import { expect, html } from '@open-wc/testing';
import { matchLocale, resolveLocale } from '../src/locale.js';
import { openModal, part, parts, tipJar } from './helpers.js';

const supported = ['en', 'fr', 'pt-BR', 'zh-CN', 'zh-TW'];

describe('locale matching', () => {
  const rows: [string, string | null][] = [
    ['fr', 'fr'], ['FR', 'fr'], ['fr-SN', 'fr'], ['fr_CI', 'fr'], ['fr-Latn-CM', 'fr'],
    ['pt', 'pt-BR'], ['pt-PT', 'pt-BR'], ['pt-br', 'pt-BR'],
    ['zh', 'zh-CN'], ['zh-Hans-CN', 'zh-CN'], ['zh-Hant', 'zh-TW'], ['zh-HK', 'zh-TW'],
    ['zh-MO', 'zh-TW'], ['zh-tw', 'zh-TW'], ['zh-Hant-HK', 'zh-TW'], ['zh_Hant', 'zh-TW'], ['zh-SG', 'zh-CN'],
    // A subtag only as a whole: these merely start like one.
    ['zh-hkx', 'zh-CN'], ['zh-Hantx', 'zh-CN'], ['zh-moa', 'zh-CN'],
    ['en-GB', 'en'], ['wo', null], ['', null], ['not a tag', null], ['<script>', null], ['x'.repeat(500), null],
  ];
  for (const [tag, expected] of rows) {
    it(`${JSON.stringify(tag)} → ${expected}`, () => expect(matchLocale(tag, supported)).to.equal(expected));
  }
});

describe('locale resolution', () => {
  it('takes the element lang first, then the nearest ancestor, then the browser, then English', async () => {
    const outer = document.createElement('div');
    outer.lang = 'fr';
    const inner = document.createElement('section');
    const el = document.createElement('span');
    inner.append(el);
    outer.append(inner);
    expect(resolveLocale(el, supported, ['en-US'])).to.equal('fr');
    el.lang = 'pt-BR';
    expect(resolveLocale(el, supported, ['fr'])).to.equal('pt-BR');
    el.lang = 'wo-SN'; // not supported: falls through to the browser's languages
    expect(resolveLocale(el, supported, ['de-DE', 'zh-TW'])).to.equal('zh-TW');
    outer.removeAttribute('lang');
    el.removeAttribute('lang');
    expect(resolveLocale(el, supported, ['de', 'fr-CA'])).to.equal('fr');
    expect(resolveLocale(el, supported, ['de'])).to.equal('en');
  });

  it('crosses shadow roots to find an ancestor lang', () => {
    const host = document.createElement('div');
    host.lang = 'fr';
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('span');
    root.append(el);
    expect(resolveLocale(el, supported, ['en'])).to.equal('fr');
  });
});

describe('<tip-jar> in French', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('renders the trigger and the whole modal in French, with French amounts', async () => {
    const el = await tipJar(html`<tip-jar lang="fr" recipient="Awa Diop" paypal="awadiop" bitcoin="bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4" amounts="3 5 10" amount="5" currency="EUR"></tip-jar>`);
    expect(part(el, 'button')!.textContent!.trim()).to.equal('Soutenir');
    const dialog = await openModal(el);
    expect(dialog.getAttribute('lang')).to.equal('fr');
    expect(dialog.querySelector('h2')!.textContent).to.equal('Soutenir Awa Diop');
    expect(part(el, 'close-button')!.getAttribute('aria-label')).to.equal('Fermer');
    const amounts = [...part(el, 'amounts')!.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(amounts).to.deep.equal(['3\u00a0€', '5\u00a0€', '10\u00a0€']);
    const [paypal, bitcoin] = parts(el, 'option');
    expect(paypal.textContent).to.contain('Ouvrez PayPal ou scannez le code avec votre téléphone.');
    expect(paypal.textContent).to.contain('Montant\u202f: 5\u00a0€');
    expect(bitcoin.textContent).to.contain('N’envoyez que des bitcoins à cette adresse.');
    expect(bitcoin.textContent).to.contain('Vous choisissez le montant dans l’application.');
    expect(part(el, 'copy-button')!.textContent!.trim()).to.equal('Copier');
    expect(bitcoin.querySelector('[part="qr"] svg')!.getAttribute('aria-label')).to.equal('Code QR\u202f: Bitcoin');
    await expect(el).to.be.accessible();
  });

  it('follows the page language, and re-renders when it changes at runtime', async () => {
    document.documentElement.lang = 'fr';
    const el = await tipJar(html`<tip-jar paypal="awadiop"></tip-jar>`);
    expect(part(el, 'button')!.textContent!.trim()).to.equal('Soutenir');
    el.lang = 'en';
    await el.updateComplete;
    expect(part(el, 'button')!.textContent!.trim()).to.equal('Tip');
    el.lang = 'fr-SN';
    await el.updateComplete;
    expect(part(el, 'button')!.textContent!.trim()).to.equal('Soutenir');
  });

  it('an unknown or malformed lang falls back without an error', async () => {
    const errors: Event[] = [];
    document.addEventListener('tip-jar-error', (e) => errors.push(e));
    const el = await tipJar(html`<tip-jar lang="zz-!!" paypal="awadiop"></tip-jar>`);
    const browserFrench = navigator.languages.some((l) => l.toLowerCase().startsWith('fr'));
    expect(part(el, 'button')!.textContent!.trim()).to.equal(browserFrench ? 'Soutenir' : 'Tip');
    expect(errors).to.have.length(0);
  });
});
