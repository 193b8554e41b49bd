import { expect } from '@open-wc/testing';

async function load(): Promise<{ doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1100px;height:800px';
  frame.src = '/demo/configurator.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  await new Promise<void>((resolve) => {
    // Typing before the example's own fields are in would race with them.
    const check = () => (doc.body?.dataset.ready === 'true' ? resolve() : requestAnimationFrame(check));
    check();
  });
  return { doc, frame };
}

async function type(doc: Document, name: string, value: string) {
  const input = doc.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  const preview = doc.getElementById('preview') as HTMLElementTagNameMap['tip-jar'];
  await preview.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return input;
}

describe('demo/configurator.html', () => {
  it('checks each field as the blogger types, and writes the snippet with SRI', async () => {
    const { doc, frame } = await load();
    const integrity = (await (await fetch('/dist/integrity.json')).json())['tip-jar.classic.js'];
    const warn = (frame.contentWindow as Window & typeof globalThis).console.warn;
    (frame.contentWindow as Window & typeof globalThis).console.warn = () => {};
    try {
      let snippet = doc.getElementById('snippet')!.textContent!;
      expect(snippet).to.contain(`integrity="${integrity}" crossorigin="anonymous"`);
      expect(snippet).to.contain('paypal="awadiop"');

      const bitcoin = await type(doc, 'bitcoin', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5');
      expect(bitcoin.getAttribute('aria-invalid')).to.equal('true');
      expect(doc.getElementById('field-bitcoin-error')!.textContent).to.match(/typo|checksum/i);
      expect(doc.getElementById('snippet')!.textContent).to.not.contain('bitcoin=');

      await type(doc, 'bitcoin', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4');
      expect(bitcoin.hasAttribute('aria-invalid')).to.equal(false);
      expect(doc.getElementById('field-bitcoin-error')!.textContent).to.equal('');

      await type(doc, 'orange-money', '+221 77 123 45 67');
      await type(doc, 'recipient', 'Awa "The" Diop');
      snippet = doc.getElementById('snippet')!.textContent!;
      expect(snippet).to.contain('bitcoin="bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"');
      expect(snippet).to.contain('orange-money="+221 77 123 45 67"');
      expect(snippet).to.contain('recipient="Awa &quot;The&quot; Diop"');
      const preview = doc.getElementById('preview') as HTMLElementTagNameMap['tip-jar'];
      expect(preview.options.map((o) => o.provider)).to.deep.equal(['orange-money', 'paypal', 'bitcoin']);
      expect(doc.getElementById('summary')!.textContent).to.equal('3 ways to pay.');
    } finally {
      (frame.contentWindow as Window & typeof globalThis).console.warn = warn;
      frame.remove();
    }
  });
});
