import { expect, html } from '@open-wc/testing';
import '../src/define.js';
import { tipJar } from './helpers.js';

// Its own file, so that its page has not made a number format yet: the element readies Intl once
// per page.
describe('Intl readied while the page is quiet', () => {
  it('waits while the page animates, then makes its one long call once frames stop', async () => {
    const calls: unknown[] = [];
    let called!: () => void;
    const done = new Promise<void>((resolve) => (called = resolve));
    const original = Intl.NumberFormat.supportedLocalesOf;
    Intl.NumberFormat.supportedLocalesOf = (...args: Parameters<typeof original>) => {
      calls.push(args[0]);
      called();
      return original(...args);
    };
    // An animation: a frame is due at every moment, so no idle period is a full one.
    let animating = true;
    let frames = 0;
    const animate = () => {
      frames++;
      if (animating) requestAnimationFrame(animate);
    };
    requestAnimationFrame(animate);
    try {
      const el = await tipJar(html`<tip-jar paypal="awadiop" amounts="3 5 10" currency="EUR"></tip-jar>`);
      // The options were built (in the short idle periods between frames), amounts included.
      expect(el.options.map((option) => option.provider)).to.deep.equal(['paypal']);
      const seen = frames;
      await new Promise<void>((resolve) => {
        const wait = () => (frames >= seen + 30 ? resolve() : requestAnimationFrame(wait));
        requestAnimationFrame(wait);
      });
      expect(calls).to.deep.equal([]);
      animating = false;
      await done;
      expect(calls).to.deep.equal(['en']);
    } finally {
      animating = false;
      Intl.NumberFormat.supportedLocalesOf = original;
    }
  });
});
