import { expect } from '@open-wc/testing';

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
    for (const other of ['venmo.js', 'sepa.js', 'ethereum.js', 'keccak.js', 'monero.js', 'pix.js', 'e164.js']) expect(chunks).to.not.include(other);
    // French strings in the modal go through lit-localize's runtime.
    expect(chunks).to.include('localization.js');
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
