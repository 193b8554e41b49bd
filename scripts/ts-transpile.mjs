// A rollup plugin that turns each TypeScript module into JavaScript with esbuild, one module at a
// time and without checking types: `tsc -p tsconfig.lib.json` (in the build) and
// `npm run typecheck` (in the tests) do that once for the whole program, where the rollup
// TypeScript plugin did it again for each of the two builds.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { transform } from 'esbuild';

const { compilerOptions } = JSON.parse(readFileSync(new URL('../tsconfig.json', import.meta.url), 'utf8'));

export default function tsTranspile() {
  return {
    name: 'ts-transpile',
    // The source imports `./x.js` for `./x.ts`, as TypeScript's module resolution allows.
    resolveId(source, importer) {
      if (!importer?.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const path = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
      return existsSync(path) ? path : null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts') || id.endsWith('.d.ts') || id.includes('/node_modules/')) return null;
      const out = await transform(code, { loader: 'ts', format: 'esm', target: 'es2022', sourcefile: id, tsconfigRaw: { compilerOptions } });
      return { code: out.code, map: null };
    },
  };
}
