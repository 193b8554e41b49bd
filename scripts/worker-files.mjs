// A rollup plugin for the workers the source starts: a module names a worker's script as
// `new URL('./name.js', import.meta.url).href`, which works as written from src/ and lib/ (and
// which bundlers recognise). In dist/, each such script becomes a file of its own, chunks/name.js,
// made from its TypeScript source and minified, and the expression names it relative to the chunk
// or script that holds it; rollup writes `import.meta.url` for each output format (the classic
// script's is its own address, taken while it runs).
import { readFileSync } from 'node:fs';
import { dirname, posix, resolve } from 'node:path';
import { transform } from 'esbuild';

const WORKER_URL = /new URL\((["'])\.\/([\w-]+)\.js\1,\s*import\.meta\.url\)\.href/g;
const PLACEHOLDER = /worker-file:(\w+)/g;

export default function workerFiles() {
  return {
    name: 'worker-files',
    async transform(code, id) {
      if (!id.endsWith('.ts') || !code.includes('import.meta.url')) return null;
      let out = code;
      for (const [expression, , name] of code.matchAll(WORKER_URL)) {
        const path = resolve(dirname(id), `${name}.ts`);
        this.addWatchFile(path);
        const { code: source } = await transform(readFileSync(path, 'utf8'), { loader: 'ts', format: 'iife', target: 'es2022', minify: true });
        const ref = this.emitFile({ type: 'asset', fileName: `chunks/${name}.js`, source });
        out = out.replace(expression, `new URL('worker-file:${ref}', import.meta.url).href`);
      }
      return out === code ? null : { code: out, map: null };
    },
    renderChunk(code, chunk) {
      if (!code.includes('worker-file:')) return null;
      const from = posix.dirname(chunk.fileName);
      return { code: code.replace(PLACEHOLDER, (_, ref) => posix.relative(from, this.getFileName(ref))), map: null };
    },
  };
}
