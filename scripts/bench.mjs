// npm run bench: times, in headless Chromium at 4x CPU slowdown, show() to a 22-option modal
// with every QR code in view painted (after a hover, and cold), against as many Shoelace
// <sl-qr-code> elements. Prints medians over several runs. Never part of the tests.
import { existsSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';

const RUNS = Number(process.env.RUNS) || 9;
const PORT = 8790;

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

async function measure(scenario) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`http://localhost:${PORT}/bench/page.html`, { waitUntil: 'networkidle0' });
  const session = await page.createCDPSession();
  await session.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const result = await page.evaluate(async (scenario) => {
    const frames = (n) => new Promise((resolve) => { let i = 0; const f = () => (++i >= n ? resolve() : requestAnimationFrame(f)); requestAnimationFrame(f); });
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
      await frames(2);
      return { ms: performance.now() - t0, count: values.length };
    }
    if (scenario === 'hovered') {
      el.shadowRoot.querySelector('[part="button"]').dispatchEvent(new PointerEvent('pointerenter'));
      await el.updateComplete;
      await new Promise((resolve) => { const check = () => (el._modal ? resolve() : requestAnimationFrame(check)); check(); });
    }
    const longTasks = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
    observer.observe({ type: 'longtask' });
    const t0 = performance.now();
    const opened = new Promise((resolve) => el.addEventListener('tip-jar-open', resolve, { once: true }));
    el.show();
    await opened;
    await el.updateComplete;
    await frames(2);
    const ms = performance.now() - t0;
    const qrs = [...el.shadowRoot.querySelectorAll('[part="qr"] svg')];
    const inView = qrs.filter((q) => q.getBoundingClientRect().top < innerHeight).length;
    observer.disconnect();
    return { ms, count: el.options.length, qrs: qrs.length, inView, longest: Math.max(0, ...longTasks) };
  }, scenario);
  await page.close();
  return result;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const table = {};
for (const scenario of ['hovered', 'cold', 'shoelace']) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(scenario));
  table[scenario] = { ...runs[0], median: median(runs.map((r) => r.ms)), longest: median(runs.map((r) => r.longest ?? 0)) };
}
await browser.close();
await server.stop();

const base = table.shoelace.median;
console.log(`\nshow() to an open modal with its QR codes painted, 4x CPU slowdown, median of ${RUNS} runs\n`);
console.log('| scenario | options | median ms | vs Shoelace | longest task (median ms) |');
console.log('|---|---|---|---|---|');
const names = { hovered: 'tip-jar, after a hover', cold: 'tip-jar, cold (no hover)', shoelace: `${table.shoelace.count} × <sl-qr-code>` };
for (const [key, row] of Object.entries(table)) {
  console.log(`| ${names[key]} | ${row.count} | ${row.median.toFixed(1)} | ${(row.median / base).toFixed(2)}× | ${key === 'shoelace' ? '' : row.longest.toFixed(0)} |`);
}
