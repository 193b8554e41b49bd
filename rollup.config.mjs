// Two builds of one source:
// - dist/tip-jar.js: an ES module; the provider code, the modal, qrcode and each locale are lazy
//   chunks in dist/chunks/, fetched relative to the entry's own URL.
// - dist/tip-jar.classic.js: one self-contained file for a plain <script src defer>.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
import tsTranspile from './scripts/ts-transpile.mjs';
import minifyLiterals from './scripts/minify-literals.mjs';
import lazyMessages from './scripts/lazy-messages.mjs';
import chunkLists from './scripts/chunk-lists.mjs';
import workerFiles from './scripts/worker-files.mjs';

const plugins = (module) => [
  workerFiles(),
  tsTranspile(),
  minifyLiterals(),
  lazyMessages(),
  nodeResolve({ browser: true }),
  // The one CommonJS module imported (qrcode's Reed-Solomon encoder) sets module.exports and never
  // __esModule: its default import is module.exports, with no interop helper.
  commonjs({ strictRequires: false, defaultIsModuleExports: true }),
  terser({
    module,
    ecma: 2022,
    compress: { passes: 3 },
    format: { comments: false },
  }),
];

/**
 * Marks the chunks whose functions nearly all run as soon as they arrive (the entry on load, the
 * modal on intent) with the explicit compile hint: Chromium then compiles all their functions with
 * the script, rather than each on the main thread at its first call (Lit's templates, the first
 * render): none is parsed twice (a quick parse to find its end, a full one at the call), and where
 * the script is streamed, that compilation runs on a background thread. Other browsers read a
 * comment. The other chunks, and the classic script, which holds every provider's code, are left
 * to compile lazily.
 */
const compileHints = (wanted) => ({
  name: 'compile-hints',
  renderChunk: (code, chunk) => (wanted(chunk) ? `//# allFunctionsCalledOnLoad\n${code}` : null),
});

export default [
  {
    input: 'src/index.ts',
    // Keep the entry a real file rather than a facade that re-exports a chunk.
    preserveEntrySignatures: 'allow-extension',
    // @lit/localize declares no sideEffects, but its modules have none: without this its whole
    // runtime would ride along with the `str` that each locale chunk imports.
    treeshake: { moduleSideEffects: (id) => !id.includes('/@lit/localize/') },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'tip-jar.js',
      chunkFileNames: 'chunks/[name].js',
      // A provider's chunk imports options.js, which imports the entry: the page has both already,
      // so the chunk need not name the entry again.
      hoistTransitiveImports: false,
      freeze: false,
    },
    // The locales' loaders (catalogues.ts) and the providers' (providers/index.ts), after minifying.
    plugins: [
      ...plugins(true),
      chunkLists({ 'tip-jar.js': 'object', 'chunks/options.js': 'array' }),
      compileHints((chunk) => chunk.isEntry || chunk.name === 'modal'),
    ],
  },
  {
    input: 'src/index.ts',
    output: {
      file: 'dist/tip-jar.classic.js',
      format: 'iife',
      name: 'TipJar',
      inlineDynamicImports: true,
    },
    // terser's module mode would drop the IIFE's global.
    plugins: plugins(false),
  },
];
