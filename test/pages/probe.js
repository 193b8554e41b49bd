// Runs inside a test page: a whole visit (hover, open, pick an amount, copy, reveal, close), then
// reports what the page saw to the test that framed it.
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
const events = [];
for (const name of ['open', 'close', 'copy', 'amount', 'qr', 'error']) {
  document.addEventListener(`tip-jar-${name}`, (e) => events.push({ type: e.type, detail: e.detail }));
}

// How the page readies Intl once an element shows amounts (ready-intl.ts): the worker it starts,
// if one starts (its script, then its answer or its failure), and the page's own first call.
const intl = { worker: null };
let called;
const readied = new Promise((resolve) => (called = resolve));
const NativeWorker = Worker;
window.Worker = class extends NativeWorker {
  constructor(url, options) {
    super(url, options);
    const record = (intl.worker = { url: String(url) });
    this.addEventListener('message', (e) => (record.answer = e.data));
    this.addEventListener('error', () => (record.failed = true));
  }
};
const supportedLocalesOf = Intl.NumberFormat.supportedLocalesOf;
Intl.NumberFormat.supportedLocalesOf = (...args) => {
  called(args[0]);
  return supportedLocalesOf(...args);
};

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const once = (target, name) => new Promise((resolve) => target.addEventListener(name, resolve, { once: true }));

async function visit() {
  await customElements.whenDefined('tip-jar');
  const el = document.querySelector('tip-jar');
  await el.updateComplete;
  const trigger = el.shadowRoot.querySelector('[part="button"]');
  trigger.dispatchEvent(new PointerEvent('pointerenter'));
  trigger.focus();
  const opened = Promise.race([once(el, 'tip-jar-open'), once(el, 'tip-jar-error').then(() => 'error')]);
  trigger.click();
  const outcome = await opened;
  await el.updateComplete;
  await frame();
  const root = el.shadowRoot;
  const dialog = root.querySelector('dialog');
  const report = {
    outcome: outcome === 'error' ? 'error' : 'open',
    dialogOpen: Boolean(dialog?.open),
    options: el.options.map((o) => o.provider),
    qrs: root.querySelectorAll('[part="qr"] svg').length,
    fallbackLinks: [...root.querySelectorAll('.fallback a')].map((a) => a.getAttribute('href')),
  };
  if (dialog?.open) {
    root.querySelector('[part="amounts"] button')?.click();
    await el.updateComplete;
    root.querySelector('[part="copy-button"]')?.click();
    await frame();
    const closed = once(el, 'tip-jar-close');
    root.querySelector('[part="close-button"]').click();
    await closed;
  }
  await frame();
  return {
    ...report,
    intl: el.hasAttribute('amounts') ? { ...intl, call: await readied } : null,
    violations,
    events: events.map((e) => e.type),
    resources: performance.getEntriesByType('resource').map((r) => r.name),
    cookie: document.cookie,
    storage: localStorage.length + sessionStorage.length,
  };
}

visit().then(
  (result) => parent.postMessage({ probe: result }, '*'),
  (error) => parent.postMessage({ probe: { crashed: String(error) } }, '*'),
);
