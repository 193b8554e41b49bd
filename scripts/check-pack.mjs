// Checks what `npm pack` would publish: what a user needs (entries, types, manifest, docs) and
// nothing else (no sources, tests, demo or configuration).
import { execFileSync } from 'node:child_process';

const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const paths = files.map((f) => f.path);
const required = [
  'package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'custom-elements.json', 'jsx.d.ts',
  'dist/tip-jar.js', 'dist/tip-jar.classic.js', 'dist/integrity.json',
  'lib/index.js', 'lib/index.d.ts', 'lib/tip-jar.js', 'lib/tip-jar.d.ts', 'lib/define.js', 'lib/react.js', 'lib/react.d.ts',
];
const missing = required.filter((p) => !paths.includes(p));
const unwanted = paths.filter((p) => /^(src|test|demo|examples|scripts|xliff|docs|node_modules)\/|\.map$|tsconfig|rollup|web-test-runner/.test(p));
if (missing.length || unwanted.length) {
  console.error(`npm pack: missing ${JSON.stringify(missing)}, unwanted ${JSON.stringify(unwanted)}`);
  process.exit(1);
}
console.log(`npm pack: ${paths.length} files, all needed, nothing extra`);
