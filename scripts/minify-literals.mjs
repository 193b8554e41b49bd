// A rollup plugin that shrinks the static text of Lit's tagged templates, which terser leaves
// as written: css`` loses comments and the whitespace around punctuation; html`` and svg`` lose
// line breaks and indentation (a run of whitespace with a line break becomes one space, which
// renders the same: no template of this project sets white-space: pre).

/** Reads a template literal starting after its opening backtick; returns its parts and end. */
function readTemplate(code, start) {
  const quasis = [];
  let i = start;
  let text = start;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      i += 2;
    } else if (c === '`') {
      quasis.push([text, i]);
      return { quasis, end: i + 1 };
    } else if (c === '$' && code[i + 1] === '{') {
      quasis.push([text, i]);
      i = skipExpression(code, i + 2);
      text = i;
    } else {
      i++;
    }
  }
  throw new Error('Unterminated template literal');
}

/** Skips a `${…}` expression (strings, nested templates and braces included); returns the index after `}`. */
function skipExpression(code, start) {
  let depth = 1;
  let i = start;
  while (i < code.length) {
    const c = code[i];
    if (c === '`') {
      i = readTemplate(code, i + 1).end;
      continue;
    }
    if (c === '"' || c === "'") {
      i++;
      while (code[i] !== c) i += code[i] === '\\' ? 2 : 1;
    } else if (c === '{') {
      depth++;
    } else if (c === '}' && --depth === 0) {
      return i + 1;
    }
    i++;
  }
  throw new Error('Unterminated template expression');
}

export const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/(?<![\w.-])0\.(\d)/g, '.$1')
    .replace(/;}/g, '}');

export const minifyMarkup = (text) => text.replace(/\s*\n\s*/g, ' ');

const TAG = /\b(css|html|svg) ?`/;

/** Rewrites every css``, html`` and svg`` in a module's code, nested ones included. */
export function minifyLiterals(code) {
  const parts = [];
  const tag = new RegExp(TAG.source, 'g');
  for (let match; (match = tag.exec(code)); ) {
    const minify = match[1] === 'css' ? minifyCss : minifyMarkup;
    // The next search starts inside this template, to find the ones nested in its expressions.
    for (const [from, to] of readTemplate(code, match.index + match[0].length).quasis) parts.push([from, to, minify]);
  }
  parts.sort((a, b) => a[0] - b[0]);
  let out = '';
  let last = 0;
  for (const [from, to, minify] of parts) {
    out += code.slice(last, from) + minify(code.slice(from, to));
    last = to;
  }
  return out + code.slice(last);
}

export default function minifyLiteralsPlugin() {
  return {
    name: 'minify-literals',
    transform(code, id) {
      if (!/\/src\/.*\.[jt]s$/.test(id) || !TAG.test(code)) return null;
      return { code: minifyLiterals(code), map: null };
    },
  };
}
