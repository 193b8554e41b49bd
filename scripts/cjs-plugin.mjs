// Serves CommonJS packages to the browser as ES modules, bundled by esbuild.
// (fromRollup(@rollup/plugin-commonjs) fails in the dev server with current versions:
// "does not provide an export named 'default'".)
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';

const PREFIX = '/__cjs/';

// Some packages reach for Node's `util` only for util.inspect.custom; the browser has no `util`.
const nodeUtilStub = {
  name: 'node-util-stub',
  setup(build) {
    build.onResolve({ filter: /^util$/ }, () => ({ path: 'util', namespace: 'node-stub' }));
    build.onLoad({ filter: /.*/, namespace: 'node-stub' }, () => ({
      contents: "export const inspect = Object.assign(() => '', { custom: Symbol.for('nodejs.util.inspect.custom') }); export default { inspect };",
      loader: 'js',
    }));
  },
};

/**
 * @param {NodeRequire} require resolves the packages from the project root
 * @param {string[]} specifiers the bare specifiers to convert
 */
export function cjsPlugin(require, specifiers) {
  const cache = new Map();

  // A module another one requires (react for react-dom, one file of qrcode for another) is not
  // bundled twice: it is imported from its own converted module, so that both share one instance.
  const byFile = new Map(specifiers.map((specifier) => [require.resolve(specifier), specifier]));
  const objects = new Map();
  const exportsObject = (file) => {
    if (!objects.has(file)) {
      const script = `const m = require(${JSON.stringify(file)}); console.log(typeof m === 'object' && m !== null && !('default' in m))`;
      objects.set(file, execFileSync(process.execPath, ['-e', script]).toString().trim() === 'true');
    }
    return objects.get(file);
  };
  const sharedWith = (current) => ({
    name: 'shared-packages',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) =>
        args.path !== current && specifiers.includes(args.path) ? { path: args.path, namespace: 'shared' } : undefined,
      );
      build.onResolve({ filter: /^\./ }, (args) => {
        if (!args.resolveDir) return undefined;
        let file;
        try {
          file = require.resolve(join(args.resolveDir, args.path));
        } catch {
          return undefined;
        }
        const specifier = byFile.get(file);
        // Only a module of named exports: a `require` of the shared ES module gets its namespace,
        // which stands in for an exports object but not for a function or class.
        return specifier && specifier !== current && exportsObject(file) ? { path: specifier, namespace: 'shared' } : undefined;
      });
      build.onLoad({ filter: /.*/, namespace: 'shared' }, (args) => {
        const url = `${PREFIX}${encodeURIComponent(args.path)}.js`;
        return { contents: `export * from ${JSON.stringify(url)}; export { default } from ${JSON.stringify(url)};`, loader: 'js' };
      });
      build.onResolve({ filter: new RegExp(`^${PREFIX}`) }, (args) => ({ path: args.path, external: true }));
    },
  });

  async function bundle(specifier) {
    // Read the export names in a child process: some packages patch the console when loaded.
    const path = require.resolve(specifier);
    const keys = JSON.parse(
      execFileSync(process.execPath, ['-e', `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(path)}))))`], {
        env: { ...process.env, NODE_ENV: 'production' },
      }).toString(),
    );
    const names = keys.filter(
      (name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name),
    );
    const contents = [
      `import * as ns from ${JSON.stringify(specifier)};`,
      // esbuild gives a CommonJS module's exports both as named exports and as `default`.
      "export default 'default' in ns ? ns.default : ns;",
      names.length ? `export const { ${names.join(', ')} } = ns;` : '',
    ].join('\n');
    const result = await build({
      stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      define: { global: 'globalThis', 'process.env.NODE_ENV': '"production"' },
      plugins: [nodeUtilStub, sharedWith(specifier)],
      logLevel: 'silent',
    });
    return result.outputFiles[0].text;
  }

  return {
    name: 'cjs-to-esm',
    resolveImport({ source }) {
      if (specifiers.includes(source)) return `${PREFIX}${encodeURIComponent(source)}.js`;
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const specifier = decodeURIComponent(context.path.slice(PREFIX.length, -'.js'.length));
      if (!specifiers.includes(specifier)) return undefined;
      if (!cache.has(specifier)) cache.set(specifier, bundle(specifier));
      return { body: await cache.get(specifier), type: 'js' };
    },
  };
}
