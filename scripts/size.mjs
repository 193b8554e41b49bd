// npm run size: what each loading step costs a page, gzipped (level 9), against the budgets.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const chunks = readdirSync('dist/chunks');
const find = (prefix) => chunks.filter((c) => c.startsWith(prefix)).map((c) => `dist/chunks/${c}`);
const sum = (paths) => paths.reduce((total, p) => total + gz(p), 0);

const critical = gz('dist/tip-jar.js');
const idle = sum(find('options-'));
const intent = sum(find('modal-'));
const locale = gz(find('fr-')[0]);
const rows = [
  ['critical path: dist/tip-jar.js', critical, 9 * 1024],
  ['idle: provider code', idle, 6 * 1024],
  ['intent: modal + qrcode', intent, null],
  ['everything by the first open (English)', critical + idle + intent, 25 * 1024],
  ['a locale chunk (French)', locale, null],
  ['dist/tip-jar.classic.js (all in one)', gz('dist/tip-jar.classic.js'), null],
];
console.log('| step | gzipped bytes | budget |');
console.log('|---|---|---|');
for (const [name, bytes, budget] of rows) {
  console.log(`| ${name} | ${bytes} | ${budget ? `${budget} ${bytes <= budget ? 'met' : 'over'}` : ''} |`);
}
