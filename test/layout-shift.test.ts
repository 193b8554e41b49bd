import { expect } from '@open-wc/testing';
import type { TipJarElement } from '../src/tip-jar.js';

/** A layout-shift entry (Layout Instability API, Chromium only; not in TypeScript's DOM types). */
interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
}

/** The page's window, with the gate the French chunks wait for. */
type Frame = Window & typeof globalThis & { __localeGate?: Promise<void>; __localeLoaded?: boolean };

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the page paints an element, to a tenth of a pixel. */
function box(element: Element): Box {
  const { x, y, width, height } = element.getBoundingClientRect();
  const round = (n: number) => Math.round(n * 10) / 10;
  return { x: round(x), y: round(y), width: round(width), height: round(height) };
}

/** Resolves in the `n`th animation frame of a window from now. */
function frames(win: Window, n: number): Promise<void> {
  return new Promise((resolve) => {
    let i = 0;
    const step = () => (++i >= n ? resolve() : win.requestAnimationFrame(step));
    win.requestAnimationFrame(step);
  });
}

/** Resolves with `read()` in the first of the next `limit` animation frames where `ready()` holds, else null. */
function frameWhen<T>(win: Window, ready: () => boolean, read: () => T, limit: number): Promise<T | null> {
  return new Promise((resolve) => {
    let i = 0;
    const step = () => (ready() ? resolve(read()) : ++i >= limit ? resolve(null) : win.requestAnimationFrame(step));
    win.requestAnimationFrame(step);
  });
}

/** Resolves when the window is next idle (a timeout where requestIdleCallback is missing). */
const idle = (win: Window) =>
  new Promise<void>((resolve) =>
    typeof (win as Partial<Window>).requestIdleCallback === 'function'
      ? win.requestIdleCallback(() => resolve(), { timeout: 2000 })
      : win.setTimeout(resolve, 50),
  );

const sum = (entries: LayoutShift[]) => entries.reduce((total, entry) => total + entry.value, 0);

/** The shifts as readable lines, for failure messages. */
const describeShifts = (entries: LayoutShift[]) =>
  entries
    .map((entry) => {
      const sources = (entry.sources ?? []).map(({ node, previousRect: a, currentRect: b }) => {
        const element = node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element | null | undefined);
        const name = element ? `${element.localName}${element.id ? `#${element.id}` : ''}${node === element ? '' : ' text'}` : '?';
        return `${name} (${a.x},${a.y} ${a.width}×${a.height} → ${b.x},${b.y} ${b.width}×${b.height})`;
      });
      return `${entry.value.toFixed(4)} at ${entry.startTime.toFixed(0)} ms: ${sources.join(', ')}`;
    })
    .join('; ');

/** A module of dist/, and whether it has a default export (`export *` leaves that out). */
interface Chunk {
  url: string;
  hasDefault: boolean;
}

/** The French locale's chunks: those named fr.js or fr-… that dist/tip-jar.js reaches through its imports. */
async function frenchChunks(): Promise<Chunk[]> {
  const seen = new Map<string, string>();
  const queue = [new URL('/dist/tip-jar.js', location.href).href];
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status} (run npm run build)`);
    const text = await response.text();
    seen.set(url, text);
    for (const [, path] of text.matchAll(/["'`](\.\.?\/[^"'`\s$]+\.js)["'`]/g)) queue.push(new URL(path, url).href);
    // A list of lazy chunks builds each path from its key (scripts/chunk-lists.mjs): the French one's is fr.
    for (const [, folder] of text.matchAll(/`(\.\.?\/[^`$]*)\$\{\w+\}\.js`/g)) queue.push(new URL(`${folder}fr.js`, url).href);
  }
  const chunks = [...seen].filter(([url]) => /\/fr(-[^/]*)?\.js$/.test(url));
  if (!chunks.length) throw new Error(`dist/tip-jar.js reaches no French chunk: ${[...seen.keys()].join(', ')}`);
  return chunks.map(([url, text]) => ({ url, hasDefault: /export\s*default|\bas default\b/.test(text) }));
}

/**
 * A page, in an iframe of its own, with text before and after a <tip-jar> that the browser paints
 * before the element is defined. The French chunks go through a gate (an import map sends their URLs
 * to a module that waits for `release()`), so that the locale arrives, every time, after the upgrade.
 */
async function page(element: string, chunks: Chunk[], css = ''): Promise<{ frame: HTMLIFrameElement; win: Frame; release: () => void; gates: string[] }> {
  const gates = chunks.map(({ url, hasDefault }) => {
    const real = `${url}?ungated`;
    const source = `export * from '${real}';${hasDefault ? `\nexport { default } from '${real}';` : ''}
      await window.__localeGate;
      window.__localeLoaded = true;`;
    return [url, URL.createObjectURL(new Blob([source], { type: 'text/javascript' }))];
  });
  const frame = document.createElement('iframe');
  // In view and on top: browsers may skip rendering, and so layout-shift reports, of hidden frames.
  frame.style.cssText = 'position:fixed;inset:0 auto auto 0;width:800px;height:600px;border:0;z-index:2147483647;background:#fff';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script type="importmap">${JSON.stringify({ imports: Object.fromEntries(gates) })}</script>
    <style>body { margin: 1rem; width: 34rem; font: 16px/1.5 sans-serif; } ${css}</style></head>
    <body>
      <p id="before">Before the button: a paragraph of the post, long enough to wrap over two lines of
        text in this narrow column, as a blog post would.</p>
      <p id="line">Liked it? ${element} <span id="after">Text after the button, on its line.</span></p>
      <p id="below">Below the button: the rest of the post, which must not move.</p>
    </body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Frame;
  let release!: () => void;
  win.__localeGate = new Promise<void>((resolve) => (release = resolve));
  return { frame, win, release, gates: gates.map(([, gate]) => gate) };
}

interface Measure {
  /**
   * The sum of the shifts after the first frame that shows the trigger (in which the element takes
   * its room), while the locale, the provider code and idle work arrive.
   */
  after: number;
  /** Those shifts, described. */
  moved: string;
  /** The sum of every shift from before the script was added until idle. */
  total: number;
  /** Every shift from before the script was added until idle, described. */
  movedAll: string;
  /** The boxes the page painted before the script was added. */
  beforeScript: Omit<Record<string, Box>, 'trigger'>;
  /** The sum of a shift the test makes itself at the end, to show that the observer is live. */
  control: number;
  /** Whether the trigger was hidden in its first frame (a floating one then cannot be seen to move). */
  hidden: boolean;
  first: Record<string, Box>;
  settled: Record<string, Box>;
  /** The trigger's text once settled. */
  label: string;
  /** Whether the page's browser reports layout shifts. */
  supported: boolean;
  /** Whether the French chunk went through the gate. */
  localeLoaded: boolean;
}

/** Upgrades the page's <tip-jar> and measures what moves from the first frame showing it to idle. */
async function measure(element: string, chunks: Chunk[], css = ''): Promise<Measure> {
  const { frame, win, release, gates } = await page(element, chunks, css);
  try {
    const doc = win.document;
    const el = doc.querySelector('tip-jar') as TipJarElement;
    // Text painted before the element exists as such.
    await frames(win, 2);
    expect(win.customElements.get('tip-jar'), 'defined before the test loads it').to.equal(undefined);
    expect(el.shadowRoot).to.equal(null);

    const supported = (win.PerformanceObserver.supportedEntryTypes ?? []).includes('layout-shift');
    const entries: LayoutShift[] = [];
    const observer = supported ? new win.PerformanceObserver((list) => entries.push(...(list.getEntries() as LayoutShift[]))) : undefined;
    observer?.observe({ type: 'layout-shift', buffered: true });
    const records = () => [...entries.splice(0), ...((observer?.takeRecords() ?? []) as LayoutShift[])];

    const beforeScript = { host: box(el), after: box(doc.getElementById('after')!), below: box(doc.getElementById('below')!) };
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/tip-jar.js';
    doc.head.append(script);
    await win.customElements.whenDefined('tip-jar');

    const trigger = () => el.shadowRoot?.querySelector('[part~="button"]') ?? null;
    const snapshot = () => ({
      boxes: { host: box(el), trigger: box(trigger()!), after: box(doc.getElementById('after')!), below: box(doc.getElementById('below')!) },
      hidden: win.getComputedStyle(trigger()!).visibility === 'hidden',
    });
    // The first frame that shows the trigger (hidden or not) lays out the room the element takes:
    // the upgrade's frame, or the locale's when the element waits for it to render.
    let first = await frameWhen(win, () => trigger() !== null, snapshot, 1);
    expect(win.__localeLoaded, 'the French locale arrived before the upgrade').to.not.equal(true);
    release();
    first ??= await frameWhen(win, () => trigger() !== null, snapshot, 300);
    if (!first) throw new Error('The trigger never rendered.');
    // Entries stamped from the next frame on come after that frame.
    await frames(win, 1);
    const split = win.performance.now();

    await el.updateComplete;
    await idle(win);
    await el.updateComplete;
    await frames(win, 2);
    const settled = snapshot().boxes;
    const label = trigger()!.textContent!.trim();
    const shifts = records();
    const after = shifts.filter((e) => e.startTime >= split);
    const moved = describeShifts(after);
    const movedAll = describeShifts(shifts);

    // A shift of the test's own making, which the observer must report.
    doc.body.insertAdjacentHTML('afterbegin', '<div style="height: 3rem"></div>');
    await frames(win, 2);
    const control = sum(records());
    observer?.disconnect();
    return {
      supported, first: first.boxes, settled, label, hidden: first.hidden, control, moved, localeLoaded: win.__localeLoaded === true,
      after: sum(after), total: sum(shifts), movedAll, beforeScript,
    };
  } finally {
    frame.remove();
    gates.forEach((gate) => URL.revokeObjectURL(gate));
  }
}

const ATTRIBUTES = 'recipient="Awa Diop" paypal="awadiop" bitcoin="bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4" amounts="3 5 10" currency="EUR"';

describe('layout shift', () => {
  let chunks: Chunk[];
  before(async () => (chunks = await frenchChunks()));

  const cases: [string, string][] = [
    ['inline', `<tip-jar ${ATTRIBUTES}></tip-jar>`],
    ['floating', `<tip-jar floating ${ATTRIBUTES}></tip-jar>`],
    ['inline, lang="fr" (locale loads after the upgrade)', `<tip-jar lang="fr" ${ATTRIBUTES}></tip-jar>`],
    ['floating, lang="fr" (locale loads after the upgrade)', `<tip-jar floating lang="fr" ${ATTRIBUTES}></tip-jar>`],
  ];
  for (const [name, element] of cases) {
    it(`${name}: nothing moves once the element has rendered its trigger`, async () => {
      const french = element.includes('lang="fr"');
      const result = await measure(element, chunks);
      if (french) expect(result.localeLoaded, 'the French chunk loaded, through the gate').to.equal(true);
      if (result.supported) {
        expect(result.control, 'the observer reports a shift the test makes').to.be.greaterThan(0);
        expect(result.after, `layout shift once the trigger was shown: ${result.moved}; text after the element: x ${result.first.after.x} → ${result.settled.after.x}`).to.equal(0);
      }
      // From that first frame to idle: the element's box and the text around it stay put, and so does
      // the trigger wherever it could be seen (a hidden floating trigger moves no one).
      const { trigger: firstTrigger, ...first } = result.first;
      const { trigger: settledTrigger, ...settled } = result.settled;
      expect(settled, 'boxes in the first frame with the trigger → after updateComplete and idle').to.deep.equal(first);
      if (!result.hidden || !element.includes('floating')) expect(settledTrigger, 'the trigger').to.deep.equal(firstTrigger);
      expect(result.label, 'the label, in the locale of the page').to.equal(french ? 'Soutenir' : 'Tip');
    });
  }

  // The room the README tells a page to reserve for an inline trigger, in its own CSS: then nothing
  // moves from the first paint on, the upgrade included (a floating or hidden element reserves none).
  const reserve = (width: string) =>
    `tip-jar:not([floating], [hidden]) { display: inline-block; vertical-align: middle; min-width: ${width}; min-height: 2.75rem; }`;
  const reserved: [string, string, string, string][] = [
    ['inline, with the room reserved by the page', `<tip-jar ${ATTRIBUTES}></tip-jar>`, '5.5rem', 'Tip'],
    ['inline, lang="fr", with the room reserved by the page', `<tip-jar lang="fr" ${ATTRIBUTES}></tip-jar>`, '9rem', 'Soutenir'],
    ['floating, on a page that reserves room for inline ones', `<tip-jar floating ${ATTRIBUTES}></tip-jar>`, '5.5rem', 'Tip'],
  ];
  for (const [name, element, width, label] of reserved) {
    it(`${name}: nothing moves from the first paint on, the upgrade included`, async () => {
      const result = await measure(element, chunks, reserve(width));
      if (result.supported) {
        expect(result.control, 'the observer reports a shift the test makes').to.be.greaterThan(0);
        expect(result.total, `layout shift from before the script: ${result.movedAll}`).to.equal(0);
      }
      // Before the script, in the first frame with the trigger, and settled: the same boxes.
      const { trigger: firstTrigger, ...first } = result.first;
      const { trigger: settledTrigger, ...settled } = result.settled;
      expect(first, 'boxes before the script → first frame with the trigger').to.deep.equal(result.beforeScript);
      expect(settled, 'boxes before the script → after updateComplete and idle').to.deep.equal(result.beforeScript);
      if (element.includes('floating')) {
        expect(result.beforeScript.host.width, 'a floating element takes no room in the text').to.equal(0);
      } else {
        // The trigger fills the room.
        expect(settledTrigger, 'the trigger, filling the reserved room').to.deep.equal(result.beforeScript.host);
        expect(firstTrigger, 'the trigger').to.deep.equal(settledTrigger);
      }
      expect(result.label).to.equal(label);
    });
  }
});
