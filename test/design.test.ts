import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { openModal, part, parts, tipJar } from './helpers.js';

describe('look and feel', () => {
  it('takes colours, radius and font from custom properties', async () => {
    const el = await tipJar(html`<tip-jar style="--tip-jar-accent: rgb(124, 58, 237); --tip-jar-radius: 3px; --tip-jar-font: monospace" paypal="awadiop"></tip-jar>`);
    const button = part(el, 'button')!;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(124, 58, 237)');
    expect(getComputedStyle(button).fontFamily).to.equal('monospace');
    await openModal(el);
    expect(getComputedStyle(part(el, 'option')!).borderTopLeftRadius).to.equal('3px');
  });

  it('shows a visible focus ring for keyboard users', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop"></tip-jar>`);
    await openModal(el);
    await sendKeys({ press: 'Tab' });
    const focused = el.shadowRoot!.activeElement!;
    expect(focused).to.not.equal(null);
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('floats in the bottom inline-end corner, and on the left in a right-to-left page', async () => {
    await setViewport({ width: 800, height: 600 });
    const el = await tipJar(html`<tip-jar floating paypal="awadiop"></tip-jar>`);
    let box = part(el, 'button')!.getBoundingClientRect();
    expect(Math.round(800 - box.right)).to.equal(20);
    expect(Math.round(600 - box.bottom)).to.equal(20);
    el.setAttribute('dir', 'rtl');
    box = part(el, 'button')!.getBoundingClientRect();
    expect(Math.round(box.left)).to.equal(20);
    el.removeAttribute('dir');
    el.style.setProperty('--tip-jar-float-block', '5rem');
    el.style.setProperty('--tip-jar-float-inline', 'auto');
    el.style.setProperty('--tip-jar-float-inline-start', '1rem');
    box = part(el, 'button')!.getBoundingClientRect();
    expect(Math.round(box.left)).to.equal(16);
    expect(Math.round(600 - box.bottom)).to.equal(80);
  });

  it('thanks the visitor after they follow a link', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop"></tip-jar>`);
    await openModal(el);
    window.addEventListener('click', (e) => e.preventDefault(), { once: true });
    parts(el, 'option')[0].querySelector('a')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Thank you for your support!');
  });
});
