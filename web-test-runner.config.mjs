import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { cjsPlugin } from './scripts/cjs-plugin.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { compile as compileSvelte } from 'svelte/compiler';

/** Tests and examples import the package by name: serve its source. */
const selfImport = {
  name: 'self-import',
  resolveImport: ({ source }) => (source === 'tip-jar' ? '/src/index.ts' : undefined),
};

/** Compiles the Svelte example as Svelte's own bundler plugins do. */
const svelte = {
  name: 'svelte',
  resolveMimeType: (context) => (context.path.endsWith('.svelte') ? 'js' : undefined),
  transform(context) {
    if (!context.path.endsWith('.svelte')) return undefined;
    return { body: compileSvelte(context.body, { filename: context.path, generate: 'client' }).js.code };
  },
};

const require = createRequire(import.meta.url);

/** Debian's chromium, or the browser named by CHROME_PATH. */
function chromiumPath() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (Debian/Ubuntu: `apt-get install chromium`) or set CHROME_PATH.',
    );
  }
  return found;
}

/** All tests, or those FILES names (a glob): `FILES=test/qr.test.ts npm run test:only`. */
const testFiles = (process.env.FILES ?? 'test/**/*.test.ts').split(/\s+/);

/** The strict policy of a site that never allows inline code or styles. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

/**
 * Test pages under /test/pages/ are served with the strict policy; /broken-dist/ is dist/ with its
 * modal, error-report and Base58Check chunks and Intl's worker failing, as on a flaky connection or
 * behind a blocker, and /childless-dist/ is dist/ without the code for `<a>` and `<data>` children.
 */
async function testPages(context, next) {
  const broken = { '/broken-dist/': /\/chunks\/(?:modal|report|base58|intl-worker)\.js$/, '/childless-dist/': /\/chunks\/children\.js$/ };
  for (const [prefix, failing] of Object.entries(broken)) {
    if (!context.path.startsWith(prefix)) continue;
    if (failing.test(context.path)) {
      context.status = 503;
      return;
    }
    context.path = context.path.replace(prefix, '/dist/');
  }
  // The built files are served byte for byte, as a CDN would (the dev server would transpile them).
  if (context.path.startsWith('/dist/') && existsSync(`.${context.path}`)) {
    context.type = context.path.endsWith('.json') ? 'application/json' : 'text/javascript';
    context.body = readFileSync(`.${context.path}`);
    return;
  }
  // A worker's script, named from the source as `./name.js` (ready-intl.ts): its TypeScript, which
  // the esbuild plugin then transpiles, as it does each module a test imports.
  if (context.path.startsWith('/src/') && context.path.endsWith('.js') && !existsSync(`.${context.path}`)) {
    context.path = context.path.replace(/\.js$/, '.ts');
  }
  await next();
  // With `?listed`, the page of a site that also lists the Trusted Types policies it allows,
  // naming Lit's only.
  if (context.path.startsWith('/test/pages/')) {
    context.set('Content-Security-Policy', context.querystring === 'listed' ? `${STRICT_CSP}; trusted-types lit-html` : STRICT_CSP);
  }
}

export default {

  nodeResolve: { exportConditions: ['browser', 'production'] },
  rootDir: '.',
  testFramework: { config: { timeout: 10000 } },
  concurrency: 1,
  middleware: [testPages],
  plugins: [
    selfImport,
    svelte,
    cjsPlugin(require, [
      'qrcode/lib/core/qrcode.js',
      'qrcode/lib/core/format-info.js',
      'qrcode/lib/core/reed-solomon-encoder.js',
      'qrcode/lib/core/error-correction-code.js',
      'qrcode/lib/core/error-correction-level.js',
      'qrcode/lib/core/alignment-pattern.js',
      'qrcode/lib/core/utils.js',
      'jsqr',
      'bip21',
      'bech32',
      'bs58check',
      'bitcoin-address-validation',
      'eth-url-parser',
      '@ethersproject/address',
      'ibantools',
      'sepa-payment-qr-code',
      'pix-utils',
      'bs58',
      'multicoin-address-validator',
      'react',
      'react-dom/client',
      'vue',
    ]),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }),
  ],
  // Every test runs in Chromium and in Firefox (when installed; BROWSERS=chromium picks one), but
  // for media emulation, which needs the DevTools Protocol that Firefox does not speak.
  groups: (process.env.BROWSERS ?? 'chromium firefox').split(/\s+/).flatMap((name) => {
    if (name === 'chromium') return [{ name: 'chromium', files: testFiles, browsers: [chromiumLauncher()] }];
    const firefox = name === 'firefox' ? firefoxPath() : undefined;
    if (!firefox) return [];
    // Firefox through puppeteer-core over WebDriver BiDi.
    const launcher = chromeLauncher({ launchOptions: { browser: 'firefox', executablePath: firefox, headless: true }, createPage: firefoxPage });
    return [{ name: 'firefox', files: [...testFiles, '!test/media.test.ts'], browsers: [launcher] }];
  }),
  reporters: [defaultReporter(), summaryReporter()],
};

/**
 * A Firefox page whose viewport can be set where Firefox lacks the screen-orientation override
 * that puppeteer sends with it (`unknown command`, as in firefox-esr 140.12): the viewport itself
 * is set by the command before it, and no test depends on the orientation.
 */
async function firefoxPage({ context }) {
  const page = await context.newPage();
  const setViewport = page.setViewport.bind(page);
  page.setViewport = (viewport) =>
    setViewport(viewport).catch((error) => {
      if (!/setScreenOrientationOverride/.test(String(error?.message))) throw error;
    });
  return page;
}

/** Debian's firefox-esr, or the browser named by FIREFOX_PATH. */
function firefoxPath() {
  return [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean).find((p) => existsSync(p));
}

/** Debian's chromium, driven by puppeteer-core. Created lazily: only when it runs. */
function chromiumLauncher() {
  return chromeLauncher({
    launchOptions: {
      executablePath: chromiumPath(),
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  });
}
