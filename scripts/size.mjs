// npm run size: what each loading step costs a page, in gzipped bytes (level 9), against the
// budgets. The files a step fetches are read from the build itself: each chunk's static imports
// are followed; a provider's or a locale's chunk is named after it.
// `--check` exits with 1 when a budget is exceeded (npm test runs it).
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const sizes = new Map();
const gz = (path) => {
  if (!sizes.has(path)) sizes.set(path, gzipSync(readFileSync(path), { level: 9 }).length);
  return sizes.get(path);
};
const source = (path) => readFileSync(path, 'utf8');

/** The file and every file it imports statically, transitively. */
function closure(path, into = new Set()) {
  if (into.has(path)) return into;
  into.add(path);
  for (const [, spec] of source(path).matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    closure(normalize(join(dirname(path), spec)), into);
  }
  return into;
}

/** The targets of a file's dynamic import() calls, in source order. */
const dynamic = (path) =>
  [...source(path).matchAll(/import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map(([, spec]) => normalize(join(dirname(path), spec)));

const DIST = process.env.DIST ?? 'dist';
const ENTRY = join(DIST, 'tip-jar.js');
const chunk = (name) => dynamic(ENTRY).find((path) => path.endsWith(`/${name}.js`)) ?? join(DIST, 'chunks', `${name}.js`);
const OPTIONS = chunk('options');
const MODAL = chunk('modal');

// Each provider's chunk is named after its attribute (scripts/chunk-lists.mjs relies on it too).
const ids = [...source('src/providers/index.ts').matchAll(/\['([a-z-]+)', \(\) => import\(/g)].map(([, id]) => id);
const MESSAGES = dynamic(OPTIONS).find((path) => path.endsWith('/report.js'));
// Fetched once an element's options show amounts: the code that readies Intl, and its worker's script.
const INTL = dynamic(OPTIONS).find((path) => path.endsWith('/ready-intl.js'));
const INTL_WORKER = join(dirname(INTL), 'intl-worker.js');
const providerChunk = Object.fromEntries(ids.map((id) => [id, join(dirname(OPTIONS), `${id}.js`)]));
// A provider without its chunk fails here rather than counting 0 bytes.
for (const path of Object.values(providerChunk)) readFileSync(path);

/** Gzipped bytes of the files a step fetches that the page does not have yet. */
function step(loaded, paths) {
  const files = new Set();
  for (const path of paths) for (const file of closure(path)) if (!loaded.has(file)) files.add(file);
  for (const file of files) loaded.add(file);
  return [...files].reduce((total, file) => total + gz(file), 0);
}

/** The three steps, Intl's readying and the first open, for a page that configures these providers and shows amounts. */
function scenario(providers) {
  const loaded = new Set();
  const critical = step(loaded, [ENTRY]);
  const idle = step(loaded, [OPTIONS, ...providers.map((id) => providerChunk[id])]);
  const intl = step(loaded, [INTL, INTL_WORKER]);
  const intent = step(loaded, [MODAL]);
  return { critical, idle, intl, intent, total: critical + idle + intl + intent };
}

const KB = 1024;
const BUDGET = { critical: 9 * KB, idle: 6 * KB, total: 25 * KB };
// The contract's example: <tip-jar recipient paypal venmo bitcoin sepa amounts currency="EUR">.
const example = scenario(['paypal', 'venmo', 'bitcoin', 'sepa']);
const dakar = scenario(['wave', 'orange-money', 'mtn-momo', 'paypal']);
const all = scenario(ids);
const french = step(new Set(closure(ENTRY)), [chunk('fr')]);
const localization = step(new Set([...closure(ENTRY), ...closure(MODAL)]), dynamic(MODAL).filter((path) => path.endsWith('/localization.js')));

// [step, bytes, budget]: `--check` fails when a step is over its budget.
const rows = [
  ['critical path: dist/tip-jar.js', example.critical, BUDGET.critical],
  ['idle: provider code, the contract example (paypal venmo bitcoin sepa)', example.idle, BUDGET.idle],
  ['idle: provider code, mobile money (wave orange-money mtn-momo paypal)', dakar.idle, BUDGET.idle],
  ['idle: provider code, all 31 providers', all.idle, null],
  ['once amounts show: the code that readies Intl, and its worker', example.intl, null],
  ['intent: modal and qrcode', example.intent, null],
  ['everything by the first open, the contract example (English)', example.total, BUDGET.total],
  ['everything by the first open, mobile money (English)', dakar.total, BUDGET.total],
  ['everything by the first open, all 31 providers (English)', all.total, null],
  ['a locale, fetched at once on a French page', french, null],
  ['lit-localize runtime, fetched with the modal on a non-English page', localization, null],
  ['the text of the error messages, fetched only when one is reported', gz(MESSAGES), null],
  ['dist/tip-jar.classic.js (all in one, for a plain script tag)', gz(join(DIST, 'tip-jar.classic.js')), null],
];
console.log('| step | gzipped bytes | budget |');
console.log('|---|---|---|');
let over = 0;
for (const [name, bytes, budget] of rows) {
  const met = budget && bytes <= budget;
  if (budget && !met) over++;
  const verdict = budget ? `${budget} ${met ? 'met' : 'over'}` : '';
  console.log(`| ${name} | ${bytes} | ${verdict} |`);
}
// The entry and the modal, whose functions nearly all run as soon as they arrive, start with
// Chromium's explicit compile hint (rollup.config.mjs), counted in their bytes above.
const unhinted = [ENTRY, MODAL].filter((path) => !source(path).startsWith('//# allFunctionsCalledOnLoad\n'));
if (unhinted.length) console.error(`No compile hint at the top of ${unhinted.join(', ')}.`);
if (process.argv.includes('--check') && (over || unhinted.length)) {
  if (over) console.error(`${over} size budget(s) exceeded.`);
  process.exit(1);
}
