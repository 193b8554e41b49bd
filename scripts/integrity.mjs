// Writes dist/integrity.json: the Subresource Integrity hash (sha384) of every file in dist/
// that a page loads, for <script integrity="…" crossorigin="anonymous">.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = 'dist';
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'types') walk(path);
    } else if (name.endsWith('.js')) files.push(path);
  }
})(root);

const integrity = Object.fromEntries(
  files.map((path) => [relative(root, path).split('\\').join('/'), `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`]),
);
writeFileSync(join(root, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
console.log(`dist/integrity.json: ${files.length} files`);
console.log(`  tip-jar.js          ${integrity['tip-jar.js']}`);
console.log(`  tip-jar.classic.js  ${integrity['tip-jar.classic.js']}`);
