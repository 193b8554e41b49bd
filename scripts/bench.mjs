// npm run bench: times, in headless Chromium at 4x CPU slowdown, show() to a 22-option modal
// with every QR code in view painted (300 ms after a hover, and cold), against as many Shoelace
// <sl-qr-code> elements and against an empty <dialog> shown modal (the browser's own part), then
// both again on a long page. Prints medians over several runs. Then the layout shift of a post while
// the element upgrades and its idle code loads, the tasks over 50 ms while pages load, and the JS
// heap and DOM counters before and after 300 open/close cycles. Never part of the tests.
// ONLY=open times the opening alone, ONLY=shift measures the layout shift alone, ONLY=load counts
// the long tasks of loading alone. RATE=8 slows the CPU 8 times instead of 4 (the budgets are set
// at 4x; on a faster host, 4x is a faster phone).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';

const RUNS = Number(process.env.RUNS) || 9;
const RATE = Number(process.env.RATE) || 4;
const PORT = 8790;
const CYCLES = 300;
/** Round trip added to every request of the layout-shift pages, as from a CDN to a phone. */
const LATENCY = 150;

mkdirSync('bench/.cache', { recursive: true });
await build({
  stdin: { contents: "import '@shoelace-style/shoelace/dist/components/qr-code/qr-code.js';", resolveDir: '.', loader: 'js' },
  bundle: true, format: 'esm', minify: true, outfile: 'bench/.cache/shoelace-qr.js', logLevel: 'silent',
  conditions: ['production'],
});

const server = await startDevServer({
  config: { rootDir: '.', port: PORT, hostname: 'localhost', watch: false },
  readCliArgs: false, readFileConfig: false, logStartMessage: false,
});
const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const browser = await puppeteer.launch({
  executablePath, headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});

/** Paragraphs of three elements each, put before the element for the long page's rows. */
const ARTICLE = 500;

async function measure(scenario, { article = 0 } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`http://localhost:${PORT}/bench/page.html`, { waitUntil: 'networkidle0' });
  if (article) {
    await page.evaluate((n) => {
      const text = '<p>Fish, broken rice, tomato and vegetables: <a href="#">the recipe</a> my grandmother cooked <em>every</em> Friday.</p>';
      document.body.insertAdjacentHTML('afterbegin', `<article>${text.repeat(n)}</article>`);
    }, article);
  }
  const session = await page.createCDPSession();
  await session.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  const result = await page.evaluate(async (scenario) => {
    const frames = (n) => new Promise((resolve) => { let i = 0; const f = () => (++i >= n ? resolve() : requestAnimationFrame(f)); requestAnimationFrame(f); });
    const painted = () => new Promise((resolve) => { const channel = new MessageChannel(); channel.port1.onmessage = resolve; channel.port2.postMessage(0); });
    if (scenario === 'dialog') {
      // The browser's own part of any opening: an empty dialog, shown modal, painted.
      const dialog = document.createElement('dialog');
      dialog.innerHTML = '<p>Support this work</p><button type="button">Close</button>';
      document.body.append(dialog);
      await frames(2);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const t0 = performance.now();
      dialog.showModal();
      await frames(1);
      await painted();
      return { ms: performance.now() - t0, count: 0 };
    }
    const el = document.querySelector('tip-jar');
    await customElements.whenDefined('tip-jar');
    await el.updateComplete;
    if (scenario === 'shoelace') {
      await customElements.whenDefined('sl-qr-code');
      const values = el.options.map((o) => o.qr);
      const host = document.getElementById('shoelace');
      const t0 = performance.now();
      for (const value of values) {
        const qr = document.createElement('sl-qr-code');
        qr.value = value;
        qr.size = 176;
        host.append(qr);
      }
      await Promise.all([...host.children].map((c) => c.updateComplete));
      // Measured as the widget is: once the frame that shows them is painted.
      await frames(1);
      await painted();
      return { ms: performance.now() - t0, count: values.length };
    }
    if (scenario === 'hovered') {
      el.shadowRoot.querySelector('[part="button"]').dispatchEvent(new PointerEvent('pointerenter'));
      await el.updateComplete;
      await new Promise((resolve) => { const check = () => (el._modal ? resolve() : requestAnimationFrame(check)); check(); });
      // A visitor's click comes a few hundred milliseconds after the pointer reaches the button.
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    // Codes drawn in the closed dialog: whether the readying had finished by the click.
    const drawn = el.shadowRoot.querySelectorAll('[part="qr"] svg').length;
    const longTasks = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
    observer.observe({ type: 'longtask' });
    const t0 = performance.now();
    const opened = new Promise((resolve) => el.addEventListener('tip-jar-open', resolve, { once: true }));
    el.show();
    await opened;
    // The frame that shows the open modal, then a message: it runs once that frame is painted.
    await frames(1);
    await painted();
    const ms = performance.now() - t0;
    // What was painted: every card in view must have its code.
    const dialog = el.shadowRoot.querySelector('dialog');
    const bottom = Math.min(dialog.getBoundingClientRect().bottom, innerHeight);
    const cards = [...el.shadowRoot.querySelectorAll('[part="option"]')].filter((card) => card.getBoundingClientRect().top < bottom);
    const missing = cards.filter((card) => !card.querySelector('[part="qr"] svg')).length;
    if (missing) throw new Error(`${missing} card(s) in view painted without their QR code`);
    // Then the cards below the fold, a few after each paint.
    await el.updateComplete;
    const all = performance.now() - t0;
    await frames(2);
    observer.disconnect();
    return { ms, all, count: el.options.length, inView: cards.length, readied: drawn >= cards.length, longest: Math.max(0, ...longTasks) };
  }, scenario);
  await page.close();
  return result;
}

/** A blog post with the element inline in its text, served at a made-up URL of the bench server. */
function post({ lang, floating, reserve }) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title>
    <script>
      // Every shift from the start; 'rendered' marks the frame after the first one with the trigger.
      window.shifts = [];
      new PerformanceObserver((list) => shifts.push(...list.getEntries().map((e) => ({ value: e.value, at: e.startTime, input: e.hadRecentInput }))))
        .observe({ type: 'layout-shift', buffered: true });
      const shown = () => document.querySelector('tip-jar').shadowRoot?.querySelector('[part~="button"]')
        ? requestAnimationFrame(() => (window.rendered = performance.now()))
        : requestAnimationFrame(shown);
      customElements.whenDefined('tip-jar').then(() => requestAnimationFrame(shown));
    </script>
    <script type="module" src="/dist/tip-jar.js"></script>
    <style>body { margin: 1rem auto; max-width: 38rem; padding: 0 1rem; font: 18px/1.6 Georgia, serif; }
      ${reserve ? `tip-jar:not([floating], [hidden]) { display: inline-block; vertical-align: middle; min-width: ${reserve}; min-height: 2.75rem; }` : ''}</style></head>
    <body>
      <h1>Cooking thieboudienne at home</h1>
      <p>Fish, broken rice, tomato and vegetables: the recipe my grandmother cooked every Friday, written
        down at last, with the tricks she never told anyone, and a few of mine.</p>
      <p>If it helped you, <tip-jar${lang ? ` lang="${lang}"` : ''}${floating ? ' floating' : ''} recipient="Awa Diop" paypal="awadiop"
        bitcoin="bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4" amounts="3 5 10" currency="EUR"></tip-jar>
        and thank you for reading this far.</p>
      <p>Next week: the same dish with chicken, for the friends who do not eat fish.</p>
    </body></html>`;
}

/** Cumulative layout shift of a post from navigation until the element's idle code has loaded. */
async function layoutShift(scenario) {
  const page = await browser.newPage();
  await page.setViewport({ width: 412, height: 800 });
  const url = `http://localhost:${PORT}/bench/post.html`;
  await page.setRequestInterception(true);
  page.on('request', (request) =>
    request.url() === url ? request.respond({ status: 200, contentType: 'text/html', body: post(scenario) }) : request.continue(),
  );
  const session = await page.createCDPSession();
  await session.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  await session.send('Network.enable');
  const latency = scenario.latency ?? LATENCY;
  await session.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: -1, uploadThroughput: -1 });
  await page.goto(url, { waitUntil: 'load' });
  const result = await page.evaluate(async () => {
    const frames = (n) => new Promise((resolve) => { let i = 0; const f = () => (++i >= n ? resolve() : requestAnimationFrame(f)); requestAnimationFrame(f); });
    await customElements.whenDefined('tip-jar');
    const el = document.querySelector('tip-jar');
    await el.updateComplete;
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
    await el.updateComplete;
    await frames(3);
    const counted = shifts.filter((s) => !s.input);
    const sum = (list) => list.reduce((total, s) => total + s.value, 0);
    return { cls: sum(counted), after: sum(counted.filter((s) => s.at >= (window.rendered ?? Infinity))), count: counted.length };
  });
  await page.close();
  return result;
}

/** The options of the bench page, and those of the contract's example. */
const MANY = readFileSync('bench/page.html', 'utf8').match(/<tip-jar[^>]*>/)[0];
const EXAMPLE = '<tip-jar recipient="Awa Diop" paypal="awadiop" venmo="awa-diop" bitcoin="bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4" sepa="DE89 3704 0044 0532 0130 00" amounts="3 5 10" currency="EUR">';

/**
 * The tasks over 50 ms of a page with the element, from navigation until its idle code has loaded
 * and built the options and Intl is readied (a worker makes Intl's list of locales, one native
 * call that cannot be split; then the page makes its own first call once it is quiet, timed here),
 * then in the 1.5 s after a hover of its trigger.
 */
async function loadTasks({ element, lang = 'en' }) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const url = `http://localhost:${PORT}/bench/load.html`;
  await page.setRequestInterception(true);
  page.on('request', (request) =>
    request.url() === url
      ? request.respond({ status: 200, contentType: 'text/html', body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>A page</title>
          <script type="module" src="/dist/tip-jar.js"></script></head>
          <body><h1>Support this work</h1><p>${element}</tip-jar></p></body></html>` })
      : request.continue(),
  );
  const session = await page.createCDPSession();
  await session.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  await page.evaluateOnNewDocument(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
    // The page's first Intl call (the worker's, on its own thread, is not this one).
    const original = Intl.NumberFormat.supportedLocalesOf;
    window.intl = new Promise((resolve) => {
      Intl.NumberFormat.supportedLocalesOf = (...args) => {
        const start = performance.now();
        const result = original.apply(Intl.NumberFormat, args);
        resolve(performance.now() - start);
        return result;
      };
    });
  });
  await page.goto(url, { waitUntil: 'load' });
  const result = await page.evaluate(async () => {
    await customElements.whenDefined('tip-jar');
    const el = document.querySelector('tip-jar');
    await el.updateComplete;
    const ms = await intl;
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Then a hover: the modal's code arrives, and the opening is readied in idle periods.
    const hovered = performance.now();
    el.shadowRoot.querySelector('[part="button"]').dispatchEvent(new PointerEvent('pointerenter'));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const durations = (from, to) => longTasks.filter((t) => t.startTime > from && t.startTime < to).map((t) => t.duration);
    return { intl: ms, tasks: durations(0, hovered), hover: durations(hovered, Infinity) };
  });
  await page.close();
  return result;
}

/** JS heap and DOM counters of the bench page before and after open/close cycles, garbage collected. */
async function cycles() {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`http://localhost:${PORT}/bench/page.html`, { waitUntil: 'networkidle0' });
  const session = await page.createCDPSession();
  const cycle = (n) => page.evaluate(async (n) => {
    const el = document.querySelector('tip-jar');
    await customElements.whenDefined('tip-jar');
    await el.updateComplete;
    const once = (type) => new Promise((resolve) => el.addEventListener(type, resolve, { once: true }));
    for (let i = 0; i < n; i++) {
      const opened = once('tip-jar-open');
      el.show();
      await opened;
      const closed = once('tip-jar-close');
      el.hide();
      await closed;
    }
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, n);
  const reading = async () => {
    // Twice: what the first collection finalizes, the second frees.
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    // Without the Memory domain: the nodes of the page and of the element's shadow root.
    const counters = await session.send('Memory.getDOMCounters').catch(() => page.evaluate(() => ({
      nodes: document.querySelectorAll('*').length + document.querySelector('tip-jar').shadowRoot.querySelectorAll('*').length,
    })));
    return { heap: usedSize, ...counters };
  };
  // One cycle left open until idle, so that the modal's code has loaded and it has drawn every
  // option once; then one like those measured, which leave the modal as far drawn as they do.
  await page.evaluate(async () => {
    const el = document.querySelector('tip-jar');
    await customElements.whenDefined('tip-jar');
    const opened = new Promise((resolve) => el.addEventListener('tip-jar-open', resolve, { once: true }));
    el.show();
    await opened;
    await el.updateComplete;
    for (let i = 0; i < 5; i++) await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
    const closed = new Promise((resolve) => el.addEventListener('tip-jar-close', resolve, { once: true }));
    el.hide();
    await closed;
  });
  await cycle(1);
  const before = await reading();
  const t0 = performance.now();
  await cycle(CYCLES);
  const seconds = (performance.now() - t0) / 1000;
  const after = await reading();
  // As many again: growth that goes on is a leak, growth that stops was warming up.
  await cycle(CYCLES);
  const again = await reading();
  await page.close();
  return { before, after, again, seconds };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const only = process.env.ONLY;
/** Whether this run times a part: all of them, or the one ONLY names. */
const part = (name) => !only || only === name;
const table = {};
const openings = {
  hovered: ['hovered'],
  cold: ['cold'],
  shoelace: ['shoelace'],
  dialog: ['dialog'],
  'long hovered': ['hovered', { article: ARTICLE }],
  'long dialog': ['dialog', { article: ARTICLE }],
};
for (const [key, args] of Object.entries(part('open') ? openings : {})) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(...args));
  table[key] = {
    ...runs[0],
    median: median(runs.map((r) => r.ms)),
    all: median(runs.map((r) => r.all ?? r.ms)),
    longest: median(runs.map((r) => r.longest ?? 0)),
    readied: runs.filter((r) => r.readied).length,
  };
}

const shiftScenarios = {
  inline: {},
  'inline, lang="fr"': { lang: 'fr' },
  'floating, lang="fr"': { lang: 'fr', floating: true },
  'inline, lang="fr", no added latency': { lang: 'fr', latency: 0 },
  // The room reserved by the page's own CSS, as the README shows.
  'inline, the room reserved by the page': { reserve: '5.5rem' },
  'inline, lang="fr", the room reserved by the page': { lang: 'fr', reserve: '9rem' },
};
const layout = {};
for (const [name, scenario] of Object.entries(part('shift') ? shiftScenarios : {})) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await layoutShift(scenario));
  layout[name] = { cls: median(runs.map((r) => r.cls)), after: median(runs.map((r) => r.after)), count: median(runs.map((r) => r.count)), worst: Math.max(...runs.map((r) => r.after)) };
}
const loadScenarios = {
  "the contract's example (4 providers)": { element: EXAMPLE },
  "the contract's example, French page": { element: EXAMPLE, lang: 'fr' },
  'the bench page (22 providers)': { element: MANY },
};
const loads = {};
let intl = [];
for (const [name, scenario] of Object.entries(part('load') ? loadScenarios : {})) {
  const runs = [];
  for (let i = 0; i < RUNS * 2; i++) runs.push(await loadTasks(scenario));
  intl = intl.concat(runs.map((r) => r.intl));
  const count = (key) => {
    const longest = runs.map((r) => Math.max(0, ...r[key]));
    return { clean: longest.filter((ms) => !ms).length, longest: median(longest.filter(Boolean)), worst: Math.max(...longest) };
  };
  loads[name] = { runs: runs.length, load: count('tasks'), hover: count('hover') };
}
const memory = only ? undefined : await cycles();

await browser.close();
await server.stop();

if (part('open')) {
  const base = table.shoelace.median;
  console.log(`\nshow() to an open modal painted with every QR code in view, ${RATE}x CPU slowdown, median of ${RUNS} runs\n`);
  console.log('| scenario | options | median ms | vs Shoelace | all cards and codes in (ms) | longest task (median ms) | readied by the click |');
  console.log('|---|---|---|---|---|---|---|');
  const long = `on a page with ${(ARTICLE * 3).toLocaleString('en')} more elements`;
  const names = {
    hovered: 'tip-jar, after a hover',
    cold: 'tip-jar, cold (no hover)',
    shoelace: `${table.shoelace.count} × <sl-qr-code>`,
    dialog: 'an empty <dialog>, showModal() (the browser\'s part of any opening)',
    'long hovered': `tip-jar, after a hover, ${long}`,
    'long dialog': `an empty <dialog>, showModal(), ${long}`,
  };
  for (const [key, row] of Object.entries(table)) {
    const own = row.inView !== undefined;
    const readied = key.includes('hovered') ? `${row.readied} of ${RUNS}` : '';
    console.log(`| ${names[key]} | ${row.count || ''} | ${row.median.toFixed(1)} | ${(row.median / base).toFixed(2)}× | ${own ? row.all.toFixed(1) : ''} | ${own ? row.longest.toFixed(0) : ''} | ${readied} |`);
  }
}

if (part('shift')) {
  console.log(`\nLayout shift of a post (script in <head>) while the element upgrades and its idle code loads, ${RATE}x CPU slowdown, ${LATENCY} ms added per request, 412×800, median of ${RUNS} runs\n`);
  console.log('| page | CLS | shifts | CLS once the trigger is shown | worst run, once shown |');
  console.log('|---|---|---|---|---|');
  for (const [name, row] of Object.entries(layout)) {
    console.log(`| ${name} | ${row.cls.toFixed(4)} | ${row.count} | ${row.after.toFixed(4)} | ${row.worst.toFixed(4)} |`);
  }
}

if (part('load')) {
  console.log(`\nTasks over 50 ms while a page loads, until the element's idle code has built its options and Intl is readied, then in the 1.5 s after a hover of the trigger (the modal's code arrives, the opening is readied), ${RATE}x CPU slowdown, ${RUNS * 2} loads each\n`);
  console.log('| page | step | runs without one | longest (median of the others, ms) | longest of all (ms) |');
  console.log('|---|---|---|---|---|');
  for (const [name, row] of Object.entries(loads)) {
    for (const step of ['load', 'hover']) {
      const { clean, longest, worst } = row[step];
      console.log(`| ${name} | ${step} | ${clean} of ${row.runs} | ${longest?.toFixed(0) ?? ''} | ${worst ? worst.toFixed(0) : 'none'} |`);
    }
  }
  console.log(`\nThe page's first Intl call, once its worker has made the list of locales (median of ${intl.length}, longest): ${median(intl).toFixed(1)} ms, ${Math.max(...intl).toFixed(1)} ms`);
}

if (only) process.exit(0);
const { before, after, again, seconds } = memory;
console.log(`\n${CYCLES} open/close cycles of the ${table.hovered.count}-option modal (${seconds.toFixed(1)} s, no slowdown), then ${CYCLES} more, each reading after garbage collection\n`);
console.log(`| measure | before | after ${CYCLES} | difference | after ${2 * CYCLES} | difference from ${CYCLES} |`);
console.log('|---|---|---|---|---|---|');
const signed = (n) => (n > 0 ? `+${n}` : String(n));
const rows = { heap: 'JS heap used (bytes)', nodes: 'DOM nodes', documents: 'documents', jsEventListeners: 'JS event listeners' };
for (const [key, label] of Object.entries(rows)) {
  if (before[key] === undefined) continue;
  console.log(`| ${label} | ${before[key]} | ${after[key]} | ${signed(after[key] - before[key])} | ${again[key]} | ${signed(again[key] - after[key])} |`);
}
