import { expect, html, oneEvent } from '@open-wc/testing';
import { decodeQr, openModal, part, parts, tipJar } from './helpers.js';

describe('mobile money, for a Dakar blogger', () => {
  it('shows the number grouped, the French instruction, copies E.164 and its QR carries tel:', async () => {
    const el = await tipJar(html`<tip-jar lang="fr" recipient="Awa Diop" orange-money="+221 77 123 45 67" wave="+221 76 555 44 33"
      amounts="1000 2000 5000" currency="XOF"><data value="#144*391*77123456#">Code USSD Orange Money</data></tip-jar>`);
    expect(el.options.map((o) => [o.provider, o.copy, o.qr])).to.deep.equal([
      ['wave', '+221765554433', 'tel:+221765554433'],
      ['orange-money', '+221771234567', 'tel:+221771234567'],
      ['text', '#144*391*77123456#', '#144*391*77123456#'],
    ]);
    await openModal(el);
    const [wave, orange, ussd] = parts(el, 'option');
    expect(orange.querySelector('h3')!.textContent).to.equal('Orange Money');
    expect(orange.querySelector('.value')!.textContent).to.equal('+221 77 123 45 67');
    expect(orange.textContent).to.contain('Envoyez à ce numéro depuis l’application ou le menu Orange Money.');
    expect(wave.textContent).to.contain('Envoyez à ce numéro depuis l’application ou le menu Wave.');
    // A USSD code is copied, never made a link (iOS refuses tel: with * or #).
    expect(ussd.querySelector('a')).to.equal(null);
    expect(orange.querySelector('a')).to.equal(null);
    expect(await decodeQr(orange.querySelector('[part="qr"] svg')!)).to.equal('tel:+221771234567');

    const written: string[] = [];
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (text: string) => void written.push(text);
    try {
      const copied = oneEvent(el, 'tip-jar-copy');
      orange.querySelector<HTMLButtonElement>('[part="copy-button"]')!.click();
      expect((await copied).detail).to.deep.equal({ provider: 'orange-money', value: '+221771234567' });
      expect(written).to.deep.equal(['+221771234567']);
    } finally {
      navigator.clipboard.writeText = original;
    }
  });

  it('formats francs CFA without decimals, the French way', async () => {
    const el = await tipJar(html`<tip-jar lang="fr" orange-money="+221771234567" amounts="1000 2000 5000" currency="XOF"></tip-jar>`);
    await openModal(el);
    const amounts = [...part(el, 'amounts')!.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(amounts).to.have.length(3);
    expect(amounts[1]).to.match(/^2\s000\sF\sCFA$/u);
    expect(amounts.join('|')).to.not.contain(',');
  });

  it('adds a whole XOF amount to a Wave Business link', async () => {
    const el = await tipJar(html`<tip-jar wave="https://pay.wave.com/m/M_sn_Ab3/c/sn/" amounts="1000 2000" amount="2000" currency="XOF"></tip-jar>`);
    expect(el.options[0]).to.deep.equal({
      provider: 'wave', name: 'Wave', url: 'https://pay.wave.com/m/M_sn_Ab3/c/sn/?amount=2000',
      qr: 'https://pay.wave.com/m/M_sn_Ab3/c/sn/?amount=2000', copy: null, amount: 2000, currency: 'XOF',
    });
  });

  it('a number without its country code drops only that option, naming the attribute and what to fix', async () => {
    const errors: CustomEvent[] = [];
    const original = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const container = document.createElement('div');
      container.addEventListener('tip-jar-error', (e) => errors.push(e as CustomEvent));
      container.innerHTML = '<tip-jar orange-money="77 123 45 67" mtn-momo="+237 6 71 23 45 67"></tip-jar>';
      document.body.append(container);
      const el = container.firstElementChild as HTMLElementTagNameMap['tip-jar'];
      await el.updateComplete;
      expect(el.options.map((o) => o.provider)).to.deep.equal(['mtn-momo']);
      expect(errors.map((e) => e.detail)).to.deep.equal([{
        provider: 'orange-money', attribute: 'orange-money', value: '77 123 45 67',
        message: 'Write the number with its country code, like +221 77 123 45 67 (Senegal) or +225 07 12 34 56 78 (Côte d’Ivoire).',
      }]);
      expect(warnings).to.have.length(1);
      container.remove();
    } finally {
      console.warn = original;
    }
  });
});
