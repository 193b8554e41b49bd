import { expect } from '@open-wc/testing';

interface Probe {
  outcome: string;
  dialogOpen: boolean;
  options: string[];
  qrs: number;
  fallbackLinks: string[];
  violations: string[];
  events: string[];
  resources: string[];
  /** How the page readied Intl: the worker that started, if any, and the page's own first call. */
  intl: { worker: { url: string; answer?: string[]; failed?: boolean } | null; call: string } | null;
  cookie: string;
  storage: number;
  crashed?: string;
}

/** Frames a test page and waits for its probe's report of a whole visit. */
function visit(path: string): Promise<Probe> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:900px;height:700px';
    window.addEventListener('message', function listener(e) {
      if (e.source !== frame.contentWindow || !e.data?.probe) return;
      window.removeEventListener('message', listener);
      frame.remove();
      resolve(e.data.probe);
    });
    frame.src = path;
    document.body.append(frame);
  });
}

/** Intl readied as a page allows: the worker started and answered, then the page's own call. */
const WORKER_STARTED = { worker: { url: new URL('/dist/chunks/intl-worker.js', location.href).href, answer: ['en'] }, call: 'en' };

describe('trust', () => {
  it('works under a strict CSP with Trusted Types, with no violation', async () => {
    const result = await visit('/test/pages/strict.html');
    expect(result.crashed).to.equal(undefined);
    expect(result.violations).to.deep.equal([]);
    expect(result.outcome).to.equal('open');
    expect(result.options).to.deep.equal(['orange-money', 'paypal', 'bitcoin', 'sepa', 'link']);
    expect(result.qrs).to.equal(5);
    expect(result.events).to.include.members(['tip-jar-open', 'tip-jar-qr', 'tip-jar-amount', 'tip-jar-close']);
    // The worker that readies Intl starts under the policy (its script from 'self', its URL from
    // a Trusted Types policy) and answers; the page's own call comes after.
    expect(result.intl).to.deep.equal(WORKER_STARTED);
  });

  it('where the policy names the Trusted Types policies it allows, lit-html and not tip-jar, works the same and readies Intl on the page', async () => {
    const result = await visit('/test/pages/strict.html?listed');
    expect(result.crashed).to.equal(undefined);
    expect(result.outcome).to.equal('open');
    expect(result.options).to.deep.equal(['orange-money', 'paypal', 'bitcoin', 'sepa', 'link']);
    expect(result.qrs).to.equal(5);
    // The one violation, reported to the site: the policy named tip-jar, refused. No worker. A
    // browser without Trusted Types (firefox-esr 140) enforces the rest of the policy alone:
    // nothing is refused, and the worker starts as under the first policy.
    const enforced = 'trustedTypes' in window;
    expect(result.violations).to.deep.equal(enforced ? ['trusted-types trusted-types-policy'] : []);
    expect(result.intl).to.deep.equal(enforced ? { worker: null, call: 'en' } : WORKER_STARTED);
  });

  it('a whole visit requests nothing from any other origin, and sets no cookie or storage', async () => {
    const result = await visit('/test/pages/strict.html');
    expect(result.resources.length).to.be.greaterThan(2);
    for (const url of result.resources) expect(new URL(url).origin, url).to.equal(location.origin);
    expect(result.cookie).to.equal('');
    expect(result.storage).to.equal(0);
  });

  it('when the modal chunk fails to load, shows the options as plain links and fires tip-jar-error', async () => {
    const result = await visit('/test/pages/broken.html');
    expect(result.crashed).to.equal(undefined);
    expect(result.outcome).to.equal('error');
    expect(result.dialogOpen).to.equal(false);
    expect(result.fallbackLinks).to.deep.equal(['https://paypal.me/awadiop', 'bitcoin:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4?label=Awa%20Diop']);
    expect(result.events).to.include('tip-jar-error');
  });
});
