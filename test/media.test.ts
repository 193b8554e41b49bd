import { expect, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { openModal, part, tipJar } from './helpers.js';

// Media emulation needs the Chrome DevTools Protocol: these run in Chromium only (see the config).
describe('media preferences', () => {
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

});
