import { expect, html } from '@open-wc/testing';
import '../src/define.js';
import { tipJar } from './helpers.js';

// Its own file, so that its page has not made a number format yet: the element readies Intl once
// per page.
describe('Intl readied while the page is quiet', () => {
  it('has a worker make the list of locales, then makes its call in a full idle period, never in the short ones a busy page gives', async () => {
    const calls: unknown[] = [];
    // The worker the element starts: its script's address, its answer, the page's calls by then.
    const workers: { url: string; answer?: unknown; callsBefore?: number }[] = [];
    let answered!: () => void;
    const answer = new Promise<void>((resolve) => (answered = resolve));
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        const record: (typeof workers)[number] = { url: String(url) };
        workers.push(record);
        this.addEventListener('message', (e) => {
          Object.assign(record, { answer: e.data, callsBefore: calls.length });
          answered();
        });
      }
    };
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
      // Once the worker has answered, the page's call waits for a full idle period: twenty short
      // ones more, each offered to it and declined (or the call).
      await answer;
      const seen = periods;
      await Promise.race([done, new Promise<void>((resolve) => (counted = () => periods >= seen + 20 && resolve()))]);
      expect(calls).to.deep.equal([]);
      cap = Infinity;
      await done;
      expect(calls).to.deep.equal(['en']);
      // The worker's script is the source's, beside the module that starts it; it answered first.
      expect(workers).to.deep.equal([{ url: new URL('../src/intl-worker.js', import.meta.url).href, answer: ['en'], callsBefore: 0 }]);
    } finally {
      window.Worker = Native;
      window.requestIdleCallback = idle;
      Intl.NumberFormat.supportedLocalesOf = original;
    }
  });
});
