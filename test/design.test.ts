import { expect, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { openModal, part, parts, tipJar } from './helpers.js';

describe('look and feel', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' }));

  it('animates the opening, and not at all with prefers-reduced-motion', async () => {
    let el = await tipJar(html`<tip-jar paypal="awadiop"></tip-jar>`);
    el.show();
    await oneEvent(el, 'tip-jar-open');
    expect(el.shadowRoot!.querySelector('dialog')!.getAnimations().length).to.be.greaterThan(0);
    el.hide();
    await oneEvent(el, 'tip-jar-close');

    await emulateMedia({ reducedMotion: 'reduce' });
    el = await tipJar(html`<tip-jar paypal="awadiop"></tip-jar>`);
    el.show();
    await oneEvent(el, 'tip-jar-open');
    expect(el.shadowRoot!.querySelector('dialog')!.getAnimations({ subtree: true })).to.have.length(0);
  });

  it('follows the colour scheme in auto, and keeps QR codes dark on light in dark mode', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await tipJar(html`<tip-jar paypal="awadiop"></tip-jar>`);
    await openModal(el);
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    const background = getComputedStyle(dialog).backgroundColor;
    expect(background).to.equal('rgb(22, 24, 29)');
    const qr = part(el, 'qr')!.querySelector('rect')!;
    expect(getComputedStyle(qr).fill).to.equal('rgb(255, 255, 255)');
    const light = await tipJar(html`<tip-jar theme="light" paypal="awadiop"></tip-jar>`);
    expect(getComputedStyle(part(light, 'button')!).backgroundColor).to.equal('rgb(11, 110, 79)');
  });

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
