/**
 * Readies Intl for the modal, which formats amounts with it: the first number format a page makes
 * builds Intl's list of locales, one native call of about 200 ms at 4x CPU slowdown that cannot
 * be split. options.ts loads this module once the element's options show amounts.
 *
 * A worker makes the list (intl-worker.ts), off the page's thread. Once it has, the page's own
 * call, made when the page is quiet, finds the list made where the browser shares it (Chromium
 * does: it then takes a millisecond). Where no worker can start (a script served from another
 * origin, a policy that refuses it), that call makes the list itself, still in a task of its own
 * rather than when the visitor reaches for the button. If the page is never quiet, the opening
 * makes it. (A page that uses Intl already has paid for it.)
 */
import { idle } from './tasks.js';

/** The page's call's result, kept so that no bundler drops the call as unused. */
export let locales: string[] | undefined;

/**
 * Runs the callback in an idle period with nothing else to do before the next frame: a full one
 * (the browser grants at most 50 ms), which it grants only when no frame is due, not while the
 * page scrolls or animates. For work that cannot be split: it then delays nothing the visitor
 * sees. Without requestIdleCallback, in a task of its own.
 */
const quiet = (callback: () => void): unknown =>
  idle(function wait(deadline?: IdleDeadline) {
    if (deadline && deadline.timeRemaining() < 49) idle(wait);
    else callback();
  });

const made = () => quiet(() => (locales = Intl.NumberFormat.supportedLocalesOf('en')));

try {
  const url = new URL('./intl-worker.js', import.meta.url).href;
  // Under Trusted Types a worker's script URL must come from a policy: this one gives only that URL.
  const policy = self.trustedTypes?.createPolicy('tip-jar', { createScriptURL: (_: string) => url });
  const worker = new Worker((policy?.createScriptURL('') ?? url) as string);
  worker.onmessage = worker.onerror = made;
} catch {
  made();
}
