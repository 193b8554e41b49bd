// npm run build. After the translations are generated, the three parts that do not depend on each
// other run side by side: the library and its types (lib/), the bundles and their integrity
// hashes (dist/), and the element manifest with the JSX types made from it.
import { rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { delimiter, resolve } from 'node:path';

const env = { ...process.env, PATH: `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH}` };

/** Runs a command with the project's binaries on the path; rejects when it fails. */
const run = (command) =>
  new Promise((done, fail) => {
    const child = spawn(command, { shell: true, stdio: 'inherit', env });
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${command}: exit code ${code}`))));
  });

try {
  for (const dir of ['dist', 'lib']) rmSync(dir, { recursive: true, force: true });
  await run('npm run localize');
  await Promise.all([
    run('tsc -p tsconfig.lib.json'),
    run('rollup -c').then(() => run('node scripts/integrity.mjs')),
    run('npm run analyze').then(() => run('node scripts/jsx-types.mjs')),
  ]);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
