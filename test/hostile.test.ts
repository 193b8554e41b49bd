import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { captureWarnings, openModal, tipJar } from './helpers.js';
import type { TipJarElement } from '../src/tip-jar.js';

declare global {
  interface Window {
    __xss?: number;
  }
}

const SAFE = ['https:', 'bitcoin:', 'lightning:', 'ethereum:', 'solana:', 'monero:', 'upi:'];

const payloads = [
  '"><img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  "'><svg onload=window.__xss=1>",
  'javascript:window.__xss=1',
  'data:text/html,<script>window.__xss=1</script>',
  '${window.__xss=1}',
  '{{constructor.constructor("window.__xss=1")()}}',
  '\u202eevil\u202c gnp.exe',
  'a\u0000b\u0007c\u001b[31m',
  '\u2066\u2067bidi\u2069',
  'x'.repeat(100_000),
];

const attributes = ['paypal', 'venmo', 'bitcoin', 'lightning', 'ethereum', 'sepa', 'pix', 'upi', 'orange-money', 'wave', 'stripe', 'recipient', 'message', 'label', 'amounts', 'amount', 'currency', 'lang', 'theme', 'pix-city'];

/** Nothing the site wrote became markup or code, and every link uses an allowed scheme. */
function assertInert(el: TipJarElement) {
  const root = el.shadowRoot!;
  expect(window.__xss).to.equal(undefined);
  expect(root.querySelectorAll('script, img, iframe, object, embed, [onerror], [onload]').length).to.equal(0);
  for (const svg of root.querySelectorAll('svg')) expect(svg.classList.contains('qr-code') || svg.matches('.icon, .glyph, .close svg')).to.equal(true);
  for (const a of root.querySelectorAll('a[href]')) expect(SAFE, a.getAttribute('href')!).to.include(new URL(a.getAttribute('href')!).protocol);
}

describe('hostile input', () => {
  afterEach(() => delete window.__xss);

  for (const payload of payloads) {
    it(`never injects: ${JSON.stringify(payload.slice(0, 40))}${payload.length > 40 ? '…' : ''}`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await tipJar(html`<tip-jar paypal="awadiop"></tip-jar>`);
        for (const name of attributes) el.setAttribute(name, payload);
        el.setAttribute('paypal', 'awadiop');
        el.insertAdjacentHTML('beforeend', `<a href="${payload.replace(/"/g, '&quot;')}">${payload.replace(/</g, '&lt;')}</a>`);
        const data = document.createElement('data');
        data.value = payload;
        data.textContent = payload;
        el.append(data);
        await el.updateComplete;
        await openModal(el);
        assertInert(el);
        // The site's text is shown as text.
        const label = el.getAttribute('label')!;
        expect(el.shadowRoot!.querySelector('[part="button"]')!.textContent).to.contain(label.slice(0, 20));
        expect(el.options.map((o) => o.provider)).to.include('paypal');
      } finally {
        warnings.restore();
      }
    });
  }

  it('refuses javascript:, data: and obfuscated script links in <a> children', async () => {
    const warnings = captureWarnings();
    try {
      const el = await tipJar(html`<tip-jar>
        <a href="javascript:window.__xss=1">1</a><a href="JaVaScRiPt:window.__xss=1">2</a><a href=" jav&#x09;ascript:window.__xss=1">3</a>
        <a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==">4</a><a href="vbscript:x">5</a><a href="http://plain.example/">6</a>
        <a href="https://ok.example/">ok</a></tip-jar>`);
      expect(el.options.map((o) => o.url)).to.deep.equal(['https://ok.example/']);
      // The three spellings of javascript: resolve to one href: one warning for it.
      expect(warnings.calls).to.have.length(4);
      await openModal(el);
      assertInert(el);
    } finally {
      warnings.restore();
    }
  });
});

describe('property-based: any sequence of changes', () => {
  const valid: Record<string, string> = {
    paypal: 'awadiop',
    venmo: 'awa-diop',
    bitcoin: 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
    ethereum: '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
    'orange-money': '+221 77 123 45 67',
    kofi: 'awadiop',
  };
  const providers = Object.keys(valid);
  const value = (name: string) => fc.oneof(fc.constant(valid[name]), fc.constantFrom('', 'not valid!', '<b>x</b>', '+221 77'), fc.string({ maxLength: 30 }));
  const shared = fc.record({
    amounts: fc.constantFrom('3 5 10', '', '5 x', '0.0005'),
    amount: fc.constantFrom('5', '', 'abc', '0.0005'),
    currency: fc.constantFrom('USD', 'EUR', 'XOF', 'BTC', 'nope', ''),
    lang: fc.constantFrom('fr', 'en', 'ar', 'zz', '', 'x!'),
    theme: fc.constantFrom('auto', 'light', 'dark', 'neon'),
  });

  type Action =
    | { kind: 'set'; name: string; value: string }
    | { kind: 'remove'; name: string }
    | { kind: 'shared'; values: Record<string, string> }
    | { kind: 'show' | 'hide' | 'reconnect' | 'toggle-open' };

  const action: fc.Arbitrary<Action> = fc.oneof(
    fc.constantFrom(...providers).chain((name) => value(name).map((v): Action => ({ kind: 'set', name, value: v }))),
    fc.constantFrom(...providers).map((name): Action => ({ kind: 'remove', name })),
    shared.map((values): Action => ({ kind: 'shared', values })),
    fc.constantFrom<Action>({ kind: 'show' }, { kind: 'hide' }, { kind: 'reconnect' }, { kind: 'toggle-open' }),
  );

  it('never throws, keeps the dialog in step with open, and never loses a valid option', async function () {
    // 40 runs of up to 12 steps, each a frame or more: about 4 s on a quiet machine, more than the
    // default 10 s under load.
    this.timeout(60000);
    const warnings = captureWarnings();
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 12 }), async (actions) => {
          const el = await fixture<TipJarElement>(html`<tip-jar></tip-jar>`);
          const parent = el.parentElement!;
          const model = new Map<string, string>();
          for (const step of actions) {
            if (step.kind === 'set') {
              el.setAttribute(step.name, step.value);
              model.set(step.name, step.value);
            } else if (step.kind === 'remove') {
              el.removeAttribute(step.name);
              model.delete(step.name);
            } else if (step.kind === 'shared') {
              for (const [name, v] of Object.entries(step.values)) el.setAttribute(name, v);
            } else if (step.kind === 'show') el.show();
            else if (step.kind === 'hide') el.hide();
            else if (step.kind === 'toggle-open') el.toggleAttribute('open');
            else {
              el.remove();
              parent.append(el);
            }
            await el.updateComplete;
            // Closing is reported by the dialog's close event, a task later.
            await new Promise((resolve) => requestAnimationFrame(resolve));
            await el.updateComplete;
            const dialog = el.shadowRoot!.querySelector('dialog');
            if (dialog) expect(dialog.open, JSON.stringify(actions)).to.equal(el.open);
            const expected = providers.filter((p) => model.get(p) === valid[p]);
            const shown = el.options.map((o) => o.provider);
            for (const p of expected) expect(shown, JSON.stringify(actions)).to.include(p);
          }
          el.hide();
          await el.updateComplete;
        }),
        { numRuns: 40, seed: 20261123 },
      );
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      warnings.restore();
    }
  });
});
