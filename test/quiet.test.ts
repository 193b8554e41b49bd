import { expect, html } from '@open-wc/testing';
import '../src/define.js';
import { tipJar } from './helpers.js';

// Its own file, so that its page has not made a number format yet: the element readies Intl once
// per page.
describe('Intl readied while the page is quiet', () => {
  it('makes its one long call in a full idle period, never in the short ones a busy page gives', async () => {
    const calls: unknown[] = [];
    let called!: () => void;
    const done = new Promise<void>((resolve) => (called = resolve));
    const original = Intl.NumberFormat.supportedLocalesOf;
    Intl.NumberFormat.supportedLocalesOf = (...args: Parameters<typeof original>) => {
      calls.push(args[0]);
      called();
      return original(...args);
    };
    // While the page scrolls or animates, a frame is always due: no idle period has 49 ms left.
    // The browser decides that (Firefox under load may leave longer gaps between frames), so the
    // periods are capped here: every idle period the page gets reports at most `cap` ms left.
    const idle = window.requestIdleCallback;
    let cap = 10;
    let periods = 0;
    let counted: () => void = () => {};
    window.requestIdleCallback = (callback, options) =>
      idle((deadline) => {
        periods++;
        counted();
        callback({ didTimeout: deadline.didTimeout, timeRemaining: () => Math.min(cap, deadline.timeRemaining()) });
      }, options);
    try {
      const el = await tipJar(html`<tip-jar paypal="awadiop" amounts="3 5 10" currency="EUR"></tip-jar>`);
      // The options were built (idle callbacks run whatever time is left), amounts included.
      expect(el.options.map((option) => option.provider)).to.deep.equal(['paypal']);
      // Twenty short idle periods more, each offered to the waiting call and declined (or the call).
      const seen = periods;
      await Promise.race([done, new Promise<void>((resolve) => (counted = () => periods >= seen + 20 && resolve()))]);
      expect(calls).to.deep.equal([]);
      cap = Infinity;
      await done;
      expect(calls).to.deep.equal(['en']);
    } finally {
      window.requestIdleCallback = idle;
      Intl.NumberFormat.supportedLocalesOf = original;
    }
  });
});
