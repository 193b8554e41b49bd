// A rollup plugin that takes the text of the error messages for site owners out of the code that
// checks the attributes, so that a page whose attributes are right never fetches it.
//
// In the source a message is a string: `fail('The IBAN is empty…')`, `fail(`… ${country} …`)`.
// Here every string or template literal given to `fail(message)` or `refuse(…, …, …, message)`
// (directly, through a ternary, or through a module-level constant), or written as a `rule:`
// property (the shape of a handle, which only a message quotes), becomes a reference
// `{m: key, a: [values]}`, and its text goes into one table, the default export of
// src/error-messages.ts, which only src/report.ts imports: options.ts fetches that chunk only
// when it reports a value. The table is an array and a key is an index into it: the messages are
// numbered once every module is in, in the order of a hash of their text, so that a build gives
// the same numbers whatever order the modules load in.

const CALLS = { fail: 0, refuse: 3 };
/** Properties whose text only messages quote: a profile's `rule` (src/providers/profile.ts). */
const PROPERTIES = new Set(['rule']);
const PLACEHOLDER = '__TIP_JAR_ERROR_MESSAGES__';
const MARK = '__tip_jar_message_';

/** Calls `visit` on every node of an ESTree AST. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key in node) {
    const child = node[key];
    if (Array.isArray(child)) for (const c of child) walk(c, visit);
    else if (child && typeof child.type === 'string') walk(child, visit);
  }
}

const isText = (node) => node && ((node.type === 'Literal' && typeof node.value === 'string') || node.type === 'TemplateLiteral');

export default function lazyMessages() {
  /** Table entries as JavaScript source, by key. */
  const entries = new Map();
  // Until the messages are numbered (renderChunk), a key is a string naming a hash of the text.
  const key = (entry) => {
    let h = 5381;
    for (let i = 0; i < entry.length; i++) h = Math.imul(h, 33) ^ entry.charCodeAt(i);
    const k = (h >>> 0).toString(36).padStart(7, '0');
    if (entries.has(k) && entries.get(k) !== entry) throw new Error(`lazy-messages: two messages share the key ${k}`);
    entries.set(k, entry);
    return JSON.stringify(`${MARK}${k}`);
  };
  /** Each key's number: its rank among the keys, once all are known. */
  let numbers;
  const number = (k) => {
    numbers ??= new Map([...entries.keys()].sort().map((key, i) => [key, i]));
    if (!numbers.has(k)) throw new Error(`lazy-messages: no message has the key ${k}`);
    return numbers.get(k);
  };

  return {
    name: 'lazy-messages',
    // Numbered again in each build (watch mode): a message may have been added.
    buildStart() {
      numbers = undefined;
    },
    transform(code, id) {
      const path = id.replace(/\\/g, '/');
      if (!path.includes('/src/') || path.includes('/src/generated/')) return null;
      if (path.endsWith('/src/error-messages.ts')) return { code: `export default ${PLACEHOLDER};`, map: null };
      if (!/\b(?:fail\(|refuse\(|rule:)/.test(code)) return null;

      const ast = this.parse(code);
      // Module-level constants of text, such as a message several checks share.
      const constants = new Map();
      const declared = new Set();
      for (const node of ast.body) {
        const declaration = node.type === 'ExportNamedDeclaration' ? node.declaration : node;
        if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') continue;
        for (const d of declaration.declarations) {
          if (d.id.type === 'Identifier' && /^[A-Z][A-Z0-9_]*$/.test(d.id.name) && isText(d.init)) {
            constants.set(d.id.name, d.init);
            declared.add(d.id);
          }
        }
      }
      // A constant becomes a reference only if it is used nowhere but in messages: a payload
      // constant that a message quotes stays text.
      const uses = new Map();
      walk(ast, (node) => {
        if (node.type === 'Identifier' && constants.has(node.name) && !declared.has(node)) uses.set(node.name, (uses.get(node.name) ?? 0) + 1);
      });
      const inMessages = new Map();
      const marked = new Map();
      const mark = (node) => {
        if (!node) return;
        if (node.type === 'ConditionalExpression') {
          mark(node.consequent);
          mark(node.alternate);
        } else if (node.type === 'Identifier' && constants.has(node.name)) {
          inMessages.set(node.name, (inMessages.get(node.name) ?? 0) + 1);
        } else if (isText(node) && !marked.has(node.start)) {
          marked.set(node.start, node);
          for (const e of node.expressions ?? []) if (e.type === 'Identifier' && constants.has(e.name)) mark(e);
        }
      };
      const calls = (node) => {
        if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name in CALLS) {
          mark(node.arguments[CALLS[node.callee.name]]);
        } else if (node.type === 'Property' && !node.computed && PROPERTIES.has(node.key.name) && isText(node.value)) {
          mark(node.value);
        }
      };
      walk(ast, calls);
      // Constants are marked last, when all their uses are known; one may quote another.
      for (let changed = true; changed; ) {
        changed = false;
        for (const [name, init] of constants) {
          if (marked.has(init.start) || inMessages.get(name) !== uses.get(name)) continue;
          mark(init);
          changed = true;
        }
      }
      if (!marked.size) return null;

      let out = code;
      let before = Infinity;
      for (const node of [...marked.values()].sort((a, b) => b.start - a.start)) {
        if (node.end > before) throw new Error(`lazy-messages: nested messages in ${id}`);
        before = node.start;
        let replacement;
        if (node.type === 'Literal') {
          replacement = `{m:${key(JSON.stringify(node.value))}}`;
        } else {
          const text = node.quasis.map((q, i) => (i ? `\${a[${i - 1}]}` : '') + q.value.raw).join('');
          const values = node.expressions.map((e) => code.slice(e.start, e.end));
          replacement = `{m:${key(`(a)=>\`${text}\``)},a:[${values.join(',')}]}`;
        }
        out = out.slice(0, node.start) + replacement + out.slice(node.end);
      }
      return { code: out, map: null };
    },
    renderChunk(code, chunk) {
      let out = code.replace(new RegExp(`(["'])${MARK}(\\w+)\\1`, 'g'), (_, _quote, k) => String(number(k)));
      if (out.includes(MARK)) throw new Error(`lazy-messages: a key left unnumbered in ${chunk.fileName}`);
      if (out.includes(PLACEHOLDER)) {
        // Rollup names the export after the placeholder (`var X$1 = X`): replace the global only.
        const global = new RegExp(`(?<![\\w$])${PLACEHOLDER}(?![\\w$])`, 'g');
        if (out.match(global)?.length !== 1) throw new Error(`lazy-messages: expected one ${PLACEHOLDER} in ${chunk.fileName}`);
        const table = [...entries].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, entry]) => entry);
        out = out.replace(global, () => `[${table.join(',\n')}]`);
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}
