import { expect } from '@open-wc/testing';
import { buildOptions, CHILDREN, loadProviders, type ConfigError } from '../src/option-list.js';

/** Loads a page in an iframe and waits for `done` to be posted from it. */
async function page(body: string, lang = 'fr'): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:800px;height:600px';
  const ready = new Promise<void>((resolve) =>
    window.addEventListener('message', function listener(e) {
      if (e.data === 'done' && e.source === frame.contentWindow) {
        window.removeEventListener('message', listener);
        resolve();
      }
    }),
  );
  frame.srcdoc = `<!doctype html><html lang="${lang}"><body>${body}</body></html>`;
  document.body.append(frame);
  await ready;
  return frame.contentWindow!;
}

const probe = `
  <tip-jar paypal="awadiop" bitcoin="bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"></tip-jar>
  <script type="module">
    const el = document.querySelector('tip-jar');
    await customElements.whenDefined('tip-jar');
    await el.updateComplete;
    window.result = { providers: el.options.map((o) => o.provider), label: el.shadowRoot.querySelector('[part=button]').textContent.trim() };
    window.chunks = () => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => n.includes('/chunks/')).map((n) => n.split('/').pop());
    el.addEventListener('tip-jar-open', () => {
      window.result.qrs = el.shadowRoot.querySelectorAll('[part=qr] svg').length;
      parent.postMessage('done', '*');
    }, { once: true });
    el.show();
  </script>`;

/** What a page with this element shows once `updateComplete` resolves: its options, the messages of its errors, the chunks it fetched. */
type OptionsProbe = { options: { provider: string; qr: string; copy: string | null }[]; errors: string[]; chunks: () => string[] };
const optionsPage = (attributes: string, dist = 'dist') => `<script type="module" src="/${dist}/tip-jar.js"></script>
  <tip-jar ${attributes}></tip-jar>
  <script type="module">
    const el = document.querySelector('tip-jar');
    window.errors = [];
    el.addEventListener('tip-jar-error', (e) => window.errors.push(e.detail.message));
    await customElements.whenDefined('tip-jar');
    await el.updateComplete;
    window.options = el.options;
    window.chunks = () => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => n.includes('/chunks/')).map((n) => n.split('/').pop());
    parent.postMessage('done', '*');
  </script>`;

describe('dist builds', () => {
  it('dist/tip-jar.js (ES module) loads its lazy chunks relative to itself', async () => {
    const win = await page(`<script type="module" src="/dist/tip-jar.js"></script>${probe}`);
    expect((win as unknown as { result: object }).result).to.deep.equal({ providers: ['paypal', 'bitcoin'], label: 'Soutenir', qrs: 2 });
  });

  it('a French page fetches the French chunk and no other language', async () => {
    const win = (await page(`<script type="module" src="/dist/tip-jar.js"></script>${probe}`)) as unknown as { chunks: () => string[] };
    // Locale chunks are named by their code (fr.js, pt-BR.js); the others by module (options.js, paypal.js).
    const languages = win.chunks().filter((name) => /^[a-z]{2}(-[A-Z]{2})?\.js$/.test(name));
    expect(languages).to.deep.equal(['fr.js']);
    // The page configures PayPal and Bitcoin: their code comes, no other provider's.
    const chunks = win.chunks();
    expect(chunks).to.include.members(['options.js', 'paypal.js', 'bitcoin.js', 'modal.js']);
    // A bc1 address needs bech32, never Base58Check and its SHA-256.
    expect(chunks).to.include('bech32.js');
    for (const other of ['venmo.js', 'sepa.js', 'ethereum.js', 'keccak.js', 'monero.js', 'pix.js', 'e164.js', 'base58.js']) expect(chunks).to.not.include(other);
    // French strings in the modal go through lit-localize's runtime.
    expect(chunks).to.include('localization.js');
    // Every value is right: the text of the error messages stays on the server.
    expect(chunks).to.not.include('report.js');
    // No <a> or <data> children: the code that reads them stays there too.
    expect(chunks).to.not.include('children.js');
  });

  /**
   * A page that records the worker the element starts (its script's address, its answer and how
   * many calls the page had made by then) and the page's own calls that ready Intl; `replace`
   * stands in for the browser's Worker.
   */
  const intlPage = (script: string, replace = '') =>
    page(
      `<script>
        window.calls = [];
        window.workers = [];
        const original = Intl.NumberFormat.supportedLocalesOf;
        Intl.NumberFormat.supportedLocalesOf = (...args) => {
          calls.push(args[0]);
          parent.postMessage('done', '*');
          return original(...args);
        };
        const Native = Worker;
        window.Worker = class extends Native {
          constructor(url, options) {
            super(url, options);
            const record = { url: String(url) };
            workers.push(record);
            this.addEventListener('message', (e) => Object.assign(record, { answer: e.data, callsBefore: calls.length }));
          }
        };
        ${replace}
      </script>${script}<tip-jar paypal="awadiop" amounts="3 5" currency="EUR"></tip-jar>`,
      'en',
    ) as unknown as Promise<{ calls: string[]; workers: { url: string; answer?: string[]; callsBefore?: number }[] }>;

  it('both builds have a worker make the list of locales Intl needs, then ready Intl when the page is quiet', async () => {
    // A bundler may treat Intl's functions as pure and drop a call whose result goes unused.
    for (const script of ['<script type="module" src="/dist/tip-jar.js"></script>', '<script src="/dist/tip-jar.classic.js"></script>']) {
      const win = await intlPage(script);
      // Its script is beside the chunks, for the module and the classic script alike; it answers
      // with the list's answer for English before the page makes its own call.
      expect(win.workers).to.deep.equal([{ url: new URL('/dist/chunks/intl-worker.js', location.href).href, answer: ['en'], callsBefore: 0 }]);
      expect(win.calls).to.deep.equal(['en']);
    }
  });

  it('where no worker starts, or its script fails, the page readies Intl itself', async () => {
    const script = '<script type="module" src="/dist/tip-jar.js"></script>';
    // A script served from another origin, or a policy that refuses workers: the constructor throws.
    const refused = await intlPage(script, "window.Worker = class { constructor() { throw new DOMException('refused', 'SecurityError'); } };");
    expect(refused.calls).to.deep.equal(['en']);
    // Its script cannot be fetched: the worker reports an error.
    const failing = await intlPage(script, "const Recording = Worker; window.Worker = class extends Recording { constructor(url, options) { super(String(url).replace('/dist/', '/broken-dist/'), options); } };");
    expect(failing.workers).to.deep.equal([{ url: new URL('/broken-dist/chunks/intl-worker.js', location.href).href }]);
    expect(failing.calls).to.deep.equal(['en']);
  });

  it('<a> and <data> children load their code at idle; without it, one report and every other option', async () => {
    const markup = (dist: string) => `<script type="module" src="/${dist}/tip-jar.js"></script>
      <tip-jar paypal="awadiop"><a href="https://shop.example/">Shop</a><data value="FR76 till">Till</data></tip-jar>
      <script type="module">
        const el = document.querySelector('tip-jar');
        window.errors = [];
        el.addEventListener('tip-jar-error', (e) => window.errors.push(e.detail));
        await customElements.whenDefined('tip-jar');
        await el.updateComplete;
        window.result = el.options.map((o) => [o.provider, o.name, o.qr]);
        window.chunks = () => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => n.includes('/chunks/')).map((n) => n.split('/').pop());
        parent.postMessage('done', '*');
      </script>`;
    type Probe = { result: string[][]; errors: ConfigError[]; chunks: () => string[] };
    const online = (await page(markup('dist'), 'en')) as unknown as Probe;
    expect(online.result).to.deep.equal([
      ['paypal', 'PayPal', 'https://paypal.me/awadiop'],
      ['link', 'Shop', 'https://shop.example/'],
      ['text', 'Till', 'FR76 till'],
    ]);
    expect(online.errors).to.deep.equal([]);
    expect(online.chunks()).to.include('children.js');
    const offline = (await page(markup('childless-dist'), 'en')) as unknown as Probe;
    expect(offline.result).to.deep.equal([['paypal', 'PayPal', 'https://paypal.me/awadiop']]);
    expect(offline.errors).to.deep.equal([
      { provider: null, attribute: '', value: '', message: 'The code for the <a> and <data> children could not be loaded; check the connection and reload.' },
    ]);
  });

  it('a legacy Bitcoin address (1…) fetches Base58Check, and is checked with it, before updateComplete resolves', async () => {
    const legacy = (address: string, dist = 'dist') => optionsPage(`recipient="Awa Diop" bitcoin="${address}" paypal="awadiop"`, dist);
    const bitcoin = (probe: OptionsProbe) => probe.options.filter((o) => o.provider === 'bitcoin').map((o) => o.qr);
    const others = (probe: OptionsProbe) => probe.options.filter((o) => o.provider !== 'bitcoin').map((o) => o.provider);
    // The Bitcoin wiki's example P2PKH address; then the same with its last character changed.
    const good = (await page(legacy('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'), 'en')) as unknown as OptionsProbe;
    expect(bitcoin(good)).to.deep.equal(['bitcoin:1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2?label=Awa%20Diop']);
    expect(good.errors).to.deep.equal([]);
    expect(good.chunks()).to.include.members(['bitcoin.js', 'base58.js']);
    const typo = (await page(legacy('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3'), 'en')) as unknown as OptionsProbe;
    expect(bitcoin(typo)).to.deep.equal([]);
    expect(typo.errors).to.have.length(1);
    expect(typo.errors[0]).to.match(/typo: its checksum does not match/);
    // Base58Check cannot be fetched: that address is reported, and the other options stay.
    const offline = (await page(legacy('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', 'broken-dist'), 'en')) as unknown as OptionsProbe;
    expect([bitcoin(offline), others(offline), offline.errors.length]).to.deep.equal([[], ['paypal'], 1]);
    for (const probe of [good, typo]) expect(others(probe)).to.deep.equal(['paypal']);
  });

  it('right values fetch only the code that accepts them, not the code that says why one is refused', async () => {
    const markup = (sepa: string, bitcoin: string) => optionsPage(`recipient="Awa Diop" sepa="${sepa}" bitcoin="${bitcoin}"`);
    const right = (await page(markup('DE89 3704 0044 0532 0130 00', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'), 'en')) as unknown as OptionsProbe;
    expect(right.options.map((o) => o.copy)).to.deep.equal(['bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 'DE89370400440532013000']);
    expect(right.errors).to.deep.equal([]);
    expect(right.chunks()).to.include.members(['sepa.js', 'bitcoin.js']);
    for (const chunk of ['iban-errors.js', 'bitcoin-errors.js', 'report.js']) expect(right.chunks()).to.not.include(chunk);
    // One typo in each: both are reported with their reason before updateComplete resolves.
    const wrong = (await page(markup('DE89 3704 0044 0532 0130 01', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5'), 'en')) as unknown as OptionsProbe;
    expect(wrong.options).to.deep.equal([]);
    expect(wrong.errors).to.deep.equal([
      'This address has a typo: its checksum does not match. Copy it again from your wallet.',
      'The check digits do not match: probably a typo. Compare the IBAN with your bank statement.',
    ]);
    expect(wrong.chunks()).to.include.members(['iban-errors.js', 'bitcoin-errors.js']);
  });

  it('an English page opens the modal without any language chunk or lit-localize runtime', async () => {
    const win = (await page(`<script type="module" src="/dist/tip-jar.js"></script>${probe}`, 'en')) as unknown as {
      chunks: () => string[];
      result: { label: string; qrs: number };
    };
    expect(win.result.label).to.equal('Tip');
    expect(win.result.qrs).to.equal(2);
    const chunks = win.chunks();
    expect(chunks.filter((name) => /^[a-z]{2}(-[A-Z]{2})?\.js$/.test(name))).to.deep.equal([]);
    expect(chunks).to.not.include('localization.js');
    expect(chunks).to.include.members(['options.js', 'paypal.js', 'bitcoin.js', 'modal.js']);
    expect(chunks).to.not.include('report.js');
  });

  // The ES build moves the text of the error messages into a chunk of its own
  // (scripts/lazy-messages.mjs): each report must read exactly as the source writes it.
  describe('error messages', () => {
    const attributes: Record<string, string> = {
      paypal: 'https://example.com/awadiop',
      venmo: '@a',
      bitcoin: 'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx',
      sepa: 'DE89 3704 0044 0532 0130 01',
      lightning: 'nope',
      ethereum: '0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
      pix: 'not a key',
      monero: '4AdUndXHHZ6cfufTMvppY6JwXNouMBzSkbLYfpAV5Usx3skxNgYeYTRj5UzqtReoS44qo9mtmXCqY45DJ852K5Jv2684Rgf',
      wave: '+221 77 123',
      upi: 'awa@',
      solana: '0OIl',
      cashapp: '$',
    };
    const settings = { currency: 'EURO', amounts: '3 x 10', amount: null, _badAmount: 'abc', recipient: 'Awa Diop' };
    const markup = `<tip-jar ${Object.entries(attributes).map(([k, v]) => `${k}="${v}"`).join(' ')} currency="EURO" amounts="3 x 10" amount="abc" recipient="Awa Diop">
      <a href="javascript:alert(1)">x</a><data value="">empty</data></tip-jar>
      <script>
        window.errors = [];
        document.addEventListener('tip-jar-error', (e) => window.errors.push(e.detail));
      </script>
      <script type="module">
        const el = document.querySelector('tip-jar');
        await customElements.whenDefined('tip-jar');
        await el.updateComplete;
        window.chunks = () => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => n.includes('/chunks/')).map((n) => n.split('/').pop());
        parent.postMessage('done', '*');
      </script>`;

    async function expected(): Promise<ConfigError[]> {
      await loadProviders([...Object.keys(attributes), CHILDREN], attributes);
      return buildOptions({ values: attributes, settings, links: [{ name: 'x', href: 'javascript:alert(1)' }], data: [{ name: 'empty', value: '' }] }).errors;
    }

    for (const [build, script] of [
      ['ES module', '<script type="module" src="/dist/tip-jar.js"></script>'],
      ['classic', '<script src="/dist/tip-jar.classic.js"></script>'],
    ]) {
      it(`read as in the source, from the ${build} build`, async () => {
        const win = (await page(`${script}${markup}`, 'en')) as unknown as { errors: ConfigError[]; chunks?: () => string[] };
        const want = await expected();
        expect(want.length).to.equal(Object.keys(attributes).length + 5);
        for (const error of want) expect(error.message).to.be.a('string').with.length.above(10);
        expect(win.errors).to.deep.equal(want);
        // The bad IBAN and Bitcoin address fetched the code that says why.
        if (build === 'ES module') expect(win.chunks!()).to.include.members(['report.js', 'iban-errors.js', 'bitcoin-errors.js']);
      });
    }

    it('say which values are wrong when their text cannot be fetched', async () => {
      const win = (await page(`<script type="module" src="/broken-dist/tip-jar.js"></script>${markup}`, 'en')) as unknown as { errors: ConfigError[] };
      const want = await expected();
      expect(win.errors.map(({ provider, attribute, value }) => ({ provider, attribute, value }))).to.deep.equal(
        want.map(({ provider, attribute, value }) => ({ provider, attribute, value })),
      );
      for (const error of win.errors) expect(error.message).to.equal('This value is not valid (the text of this message could not be loaded).');
    });
  });

  it('dist/tip-jar.classic.js works from a plain script tag, loaded twice', async () => {
    const classic = '<script src="/dist/tip-jar.classic.js"></script>';
    const win = await page(`${classic}${classic}${probe}`);
    expect((win as unknown as { result: object }).result).to.deep.equal({ providers: ['paypal', 'bitcoin'], label: 'Soutenir', qrs: 2 });
  });

  it('both builds on one page do not throw', async () => {
    const win = await page(`<script src="/dist/tip-jar.classic.js"></script><script type="module" src="/dist/tip-jar.js"></script>${probe}`);
    expect((win as unknown as { result: { providers: string[] } }).result.providers).to.deep.equal(['paypal', 'bitcoin']);
  });
});

describe('publish integrity', () => {
  it('dist/integrity.json holds the sha384 of each file, and a script with that integrity runs', async () => {
    const integrity = (await (await fetch('/dist/integrity.json')).json()) as Record<string, string>;
    for (const file of ['tip-jar.js', 'tip-jar.classic.js']) {
      const bytes = await (await fetch(`/dist/${file}`)).arrayBuffer();
      const digest = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))));
      expect(integrity[file]).to.equal(`sha384-${digest}`);
    }
    expect(Object.keys(integrity).some((f) => f === 'chunks/modal.js')).to.equal(true);
    for (const [file, type] of [['tip-jar.classic.js', ''], ['tip-jar.js', ' type="module"']]) {
      const tag = `<script${type} src="/dist/${file}" integrity="${integrity[file]}" crossorigin="anonymous"></script>`;
      const win = await page(`${tag}${probe}`);
      expect((win as unknown as { result: { providers: string[] } }).result.providers).to.deep.equal(['paypal', 'bitcoin']);
    }
  });
});
