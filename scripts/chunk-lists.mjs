// A rollup plugin for the ES build, run after the minifier: the lists of lazy chunks name each
// chunk once.
//
// The source lists each provider and each locale with its own `() => import('./name.js')`, so
// that the bundler makes every one a chunk and knows who imports it (a provider's chunk can then
// take the shared helpers from options.js). In the output, where each chunk is named after its
// key, the list becomes its keys and one import() that builds the path:
//
//   [["wave",()=>import("./wave.js")],…]          →  "wave …".split(" ").map(e=>[e,()=>import(`./${e}.js`)])
//   {am:()=>import("./chunks/am.js"),…}            →  Object.fromEntries("am …".split(" ").map(e=>[e,()=>import(`./chunks/${e}.js`)]))
//
// A list is rewritten only when every entry's file is its key in one folder; a chunk that should
// hold a list and has none fails the build, so that the rewrite cannot silently stop applying.

const KEY = String.raw`(?:"([\w-]+)"|([A-Za-z_]\w*))`;
const THUNK = String.raw`\(\)=>import\("(\.\/(?:[\w-]+\/)*)([\w-]+)\.js"\)`;

/** Rewrites the lists in the code, given their entries' regex and how to wrap the keys; `found` counts them. */
function rewrite(code, { open, entry, close, wrap }) {
  const list = new RegExp(String.raw`${open}(?:${entry},)*${entry}${close}`, 'g');
  let found = 0;
  const out = code.replace(list, (whole) => {
    const keys = [];
    const folders = new Set();
    for (const match of whole.matchAll(new RegExp(entry, 'g'))) {
      const [, quoted, bare, folder, file] = match;
      const key = quoted ?? bare;
      if (key !== file) return whole;
      keys.push(key);
      folders.add(folder);
    }
    if (folders.size !== 1 || keys.length < 2) return whole;
    found++;
    const [folder] = folders;
    return wrap(`"${keys.join(' ')}".split(" ").map(e=>[e,()=>import(\`${folder}\${e}.js\`)])`);
  });
  return { code: out, found };
}

/** @param {Record<string, 'array' | 'object'>} lists the output files that hold a list, and its form */
export default function chunkLists(lists) {
  return {
    name: 'chunk-lists',
    renderChunk(code, chunk) {
      const form = lists[chunk.fileName];
      if (!form) return null;
      const { code: out, found } =
        form === 'array'
          ? rewrite(code, { open: String.raw`\[`, entry: String.raw`\[${KEY},${THUNK}\]`, close: String.raw`\]`, wrap: (x) => x })
          : rewrite(code, { open: String.raw`\{`, entry: String.raw`${KEY}:${THUNK}`, close: String.raw`\}`, wrap: (x) => `Object.fromEntries(${x})` });
      if (found !== 1) throw new Error(`chunk-lists: expected one list of lazy chunks in ${chunk.fileName}, found ${found}`);
      return { code: out, map: null };
    },
  };
}
