// Renders the demo pages in headless Chromium and saves the screenshots the README shows.
// Usage: npm run build && node scripts/screenshots.mjs [out-dir]
import { existsSync, mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';

const out = process.argv[2] ?? 'docs';
mkdirSync(out, { recursive: true });
const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const server = await startDevServer({
  config: { rootDir: '.', port: 8765, hostname: 'localhost', watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--hide-scrollbars'],
});

async function shot(name, path, { width = 1280, height = 860, mobile = false, scheme = 'light', open = null, scale = 1, full = false, scrollTo = null } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height, deviceScaleFactor: scale, isMobile: mobile, hasTouch: mobile });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(`http://localhost:8765/demo/${path}`, { waitUntil: 'networkidle0' });
  await page.evaluate(async (selector) => {
    await customElements.whenDefined('tip-jar');
    const all = [...document.querySelectorAll('tip-jar')];
    await Promise.all(all.map((el) => el.updateComplete));
    if (selector) {
      const el = document.querySelector(selector);
      const opened = new Promise((r) => el.addEventListener('tip-jar-open', r, { once: true }));
      el.show();
      await opened;
      await el.updateComplete;
      el.shadowRoot.activeElement?.blur();
    }
    await new Promise((r) => setTimeout(r, 300)); // let the opening animation finish
  }, open);
  if (scrollTo) await page.evaluate((s) => document.querySelector(s).scrollIntoView({ block: 'center' }), scrollTo);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: full });
  await page.close();
  console.log(`${out}/${name}.png`);
}

try {
  await shot('blog', 'index.html', { height: 760, scrollTo: '.support' });
  await shot('blog-open-fr', 'index.html', { open: 'tip-jar' });
  await shot('all-light', 'all.html', { open: 'tip-jar', height: 1000 });
  await shot('all-dark', 'all.html', { open: 'tip-jar', scheme: 'dark', height: 1000 });
  await shot('phone', 'index.html', { width: 390, height: 844, mobile: true, scale: 2, open: 'tip-jar' });
  await shot('phone-closed', 'index.html', { width: 390, height: 844, mobile: true, scale: 2, scrollTo: '.support' });
  await shot('themes', 'themes.html', { height: 900 });
 for (const lang of ['ar', 'ja', 'sw', 'hi']) {
    await shot(`locale-${lang}`, `locales.html?lang=${lang}`, { open: '#widget', height: 900 });
  }
  await shot('configurator', 'configurator.html', { height: 1100 });
  await shot('dakar-phone', 'dakar.html', { width: 390, height: 844, mobile: true, scale: 2, open: 'tip-jar' });
  await shot('dakar-phone-closed', 'dakar.html', { width: 390, height: 844, mobile: true, scale: 2, scrollTo: '.support' });
} finally {
  await browser.close();
  await server.stop();
}
