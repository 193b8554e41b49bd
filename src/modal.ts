/**
 * The modal: a native <dialog> opened with showModal() (focus containment, Escape and the top
 * layer come from the browser), rendered into the element's own shadow root. This module and
 * `qrcode` load on the first sign of intent (hover, focus, touch of the trigger) or on show().
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { emit, type CloseReason } from './events.js';
import { optionIcon } from './icons.js';
import { sourceLocale } from './catalogues.js';
import { modalStyles } from './modal.styles.js';
import { plainDecimal } from './decimal.js';
import type { OptionRecord } from './options.js';
import { qrCached, qrCode, qrMatrix } from './qr.js';
import { nextTask } from './tasks.js';
import type { TipJarElement } from './tip-jar.js';

export { modalStyles };

let localization: Promise<typeof import('./localization.js')> | undefined;

/**
 * Switches the modal's strings to this locale; resolves once its catalogue is in. In English, the
 * source language, msg() needs no runtime: lit-localize's loads with the first other locale.
 * The element renders again once this resolves.
 */
export function localize(locale: string): Promise<void> {
  if (locale === sourceLocale && !localization) return Promise.resolve();
  return (localization ??= import('./localization.js')).then((module) => module.setLocale(locale));
}

/** The contract: on screens wider than 600 px every QR shows; on phones on request. */
const wide = matchMedia('(min-width: 601px)');

// Only for sites that set `analytics` or `beacon`.
let analyticsModule: Promise<typeof import('./analytics.js')> | undefined;
/** The events an opted-in site forwards: all come from the modal, so it listens for them. */
const FORWARDED = ['tip-jar-open', 'tip-jar-close', 'tip-jar-select', 'tip-jar-copy', 'tip-jar-amount'];

const RTL = /^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)(-|$)/i;

/** The Prioritized Task Scheduling API, where the browser has it (not yet in TypeScript's DOM types). */
declare const TaskController: (new (init: { priority: 'background' }) => AbortController) | undefined;
declare const scheduler: { postTask(task: () => void, options: { signal: AbortSignal }): Promise<void> };

/** A screenful of cards, until the first card's size is measured (see #warm). */
const SCREENFUL = 4;

/**
 * Below the view, in pixels, where the cards rendered on opening must reach: the opening
 * animation starts the sheet 0.75rem lower, so that a card under the fold at first can rise into
 * view as it settles.
 */
const MARGIN = 24;

/**
 * Cards added per step below the fold, after opening: the frame that lays out and paints two
 * cards with their codes stays well under 50 ms at 4x CPU slowdown (four took up to 45).
 */
const BATCH = 2;

const keyOf = (option: OptionRecord) => `${option.provider} ${option.qr}`;

/** Currency formats by locale, currency and fraction digits: each takes a millisecond to make. */
const formats = new Map<string, Intl.NumberFormat>();
function currencyFormat(locale: string, currency: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${currency} ${options.minimumFractionDigits} ${options.maximumFractionDigits}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, { style: 'currency', currency, ...options })));
  return format;
}

/** Formats an amount for the locale; coins keep every decimal the amount has. */
export function formatAmount(value: number, currency: string, locale: string): string {
  const decimals = (plainDecimal(value).split('.')[1] ?? '').length;
  try {
    // Whole amounts read best without decimals: "$5", "5 €".
    const format = currencyFormat(locale, currency, Number.isInteger(value) ? { minimumFractionDigits: 0 } : {});
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return (decimals > digits ? currencyFormat(locale, currency, { maximumFractionDigits: Math.min(decimals, 20) }) : format).format(value);
  } catch {
    return `${value} ${currency}`;
  }
}

/**
 * Readies what the modal's first render would otherwise wait for, in a task before it: the
 * currency formats of the preset amounts (the first one made loads the locale's data).
 */
export function prime(host: TipJarElement): void {
  for (const value of host._presets) formatAmount(value, host._currency, host._locale);
}

export class TipJarModal implements ReactiveController {
  #reason?: CloseReason;
  /** Options whose QR the visitor revealed on a phone. */
  #revealed = new Set<string>();
  /**
   * How many options from the top are rendered. Closed: none at first, then one to measure, then
   * those in view, with their codes once encoded. Opening renders every card in view, with its
   * code, before the first paint; the rest follow a few per frame, below the fold: no long task,
   * and nothing the visitor can see is ever missing.
   */
  #count = 0;
  /** How many cards fill the view on opening, measured once the fonts are in (see #warm). */
  #fit = SCREENFUL;
  /**
   * Opened before this code had arrived (no hover, no focus): the dialog waits, closed, while the
   * fonts are resolved and the codes in view are encoded, each in a task of its own.
   */
  #held: boolean;
  /** Cancels the next rendering step, when one is scheduled. */
  #frame?: () => void;
  /** Opened, with tip-jar-open waiting for the cards in view. */
  #opening = false;
  /** Shown by showModal(), until its close event: every opening gets exactly one close. */
  #shown = false;
  #waiting: (() => void)[] = [];
  /** Options whose QR was reported shown since the modal opened. */
  #reported = new Set<string>();
  #copied?: string;
  #status = '';
  /** Alternates a trailing space so that the live region announces a repeated message again. */
  #flip = false;

  #host: TipJarElement;

  constructor(host: TipJarElement) {
    this.#host = host;
    this.#held = host.open;
    host.addController(this);
    wide.addEventListener('change', this.#onMedia);
    if (this.#held) void this.#prepareNow();
    else this.#prepare();
  }

  /**
   * The steps that ready the opening, each short and in a task of its own, after the closed
   * dialog's first render (its header): the header's fonts; one card; that card's fonts and size,
   * which tell how many cards fill the view; the codes of those cards, encoded (encoding tries all
   * eight masks); those cards drawn with their codes, still closed. The opening then only lays out
   * and paints.
   */
  #steps(): (() => boolean | void)[] {
    const host = this.#host;
    const inView = () => host._records.slice(0, this.#count);
    return [
      () => this.#warm('head'),
      () => {
        this.#count ||= 1;
        host.requestUpdate();
      },
      () => this.#warm('lines'),
      () => this.#warm(),
      // One code per call, until those in view are in: true when there are more to encode.
      () => {
        const option = inView().find((option) => !qrCached(option.qr));
        if (option) qrMatrix(option.qr);
        return inView().some((option) => !qrCached(option.qr));
      },
      () => {
        this.#count = Math.max(this.#count, this.#fit);
        host.requestUpdate();
      },
    ];
  }

  /** Readies an opening that is already asked for (see #steps), then opens. */
  async #prepareNow(): Promise<void> {
    for (const step of this.#steps()) {
      do await nextTask();
      while (step());
    }
    await nextTask();
    this.#held = false;
    this.#host.requestUpdate();
  }

  /**
   * Readies the opening in idle periods once the visitor has shown intent (see #steps); then
   * encodes the other codes, for the cards below the fold.
   */
  #prepare(): void {
    const host = this.#host;
    const steps = this.#steps();
    const pending = host._records.map((option) => option.qr);
    // As many steps as an idle period has room for (each idle callback waits for the next
    // period, after a frame): another only while twice the longest one so far is left, which
    // keeps room for a render that a step asks for; a render ends the period, in the same task
    // (the next step may measure what it drew).
    const step = (deadline?: IdleDeadline) => {
      let longest = 0;
      do {
        const start = performance.now();
        if (!steps.length) qrMatrix(pending.shift()!);
        else if (!steps[0]()) steps.shift();
        longest = Math.max(longest, performance.now() - start);
      } while ((steps.length || pending.length) && deadline && deadline.timeRemaining() > Math.max(20, 2 * longest) && !host.isUpdatePending);
      if ((steps.length || pending.length) && !host.open) schedule();
    };
    const schedule = () => ('requestIdleCallback' in window ? requestIdleCallback(step, { timeout: 1000 }) : setTimeout(step, 16));
    schedule();
  }

  /**
   * Lays the closed dialog out once, unseen and out of the page's flow, and takes it down in the
   * same task: nothing is painted, but the browser resolves each face and size of its text then
   * (a lookup per font, which took a third of the opening), not while the visitor waits. In three
   * steps, each short: the header alone (`head`); with one card's lines of text (`lines`: the
   * card's fonts took 17 to 39 ms of a 48 to 60 ms step at 4x CPU slowdown, resolved at once); then
   * with the whole card, whose size then tells how many cards the opening needs to fill the view.
   */
  #warm(part?: 'head' | 'lines'): void {
    const dialog = this.#dialog;
    if (!dialog || dialog.open || (this.#host.open && !this.#held)) return;
    dialog.classList.add('warm', part ?? 'warm');
    const { top } = dialog.getBoundingClientRect();
    // A card laid out (not in the header's step): the dialog is at most the view's height less
    // 2rem, and a card starts every height + gap.
    const card = dialog.querySelector('.option');
    const rect = card?.getBoundingClientRect();
    if (rect?.height && !part) {
      const gap = parseFloat(getComputedStyle(card!.parentElement!).rowGap) || 0;
      const room = innerHeight - 2 * parseFloat(getComputedStyle(dialog).fontSize) - (rect.top - top) + MARGIN;
      this.#fit = this.#count = Math.max(1, Math.ceil(room / (rect.height + gap)));
    }
    dialog.classList.remove('warm', 'head', 'lines');
  }

  /** Forwards the host's events when the site opted in; events keep their order. */
  #forward = (event: Event) => {
    const { analytics = '', beacon = '' } = this.#host;
    if (event.target !== this.#host || !(analytics || beacon)) return;
    const { type, detail } = event as CustomEvent;
    (analyticsModule ??= import('./analytics.js')).then(
      (module) => module.forward(type, detail, analytics, beacon),
      () => {
        analyticsModule = undefined;
      },
    );
  };

  get #dialog(): HTMLDialogElement | null {
    return this.#host.shadowRoot?.querySelector('dialog') ?? null;
  }

  hostConnected(): void {
    for (const name of FORWARDED) this.#host.addEventListener(name, this.#forward);
  }

  hostDisconnected(): void {
    for (const name of FORWARDED) this.#host.removeEventListener(name, this.#forward);
    // A removed dialog leaves the top layer without a close event; close it so state stays true.
    const dialog = this.#dialog;
    if (dialog?.open) {
      this.#reason = 'api';
      dialog.close();
    }
    // Removal closes: `open` turns false at once, so that put back before the close event
    // arrives (or after show() came while it was on its way), it stays closed.
    if (this.#shown) this.#host.open = false;
    // Nothing renders while disconnected: updateComplete does not wait for it.
    for (const resolve of this.#waiting.splice(0)) resolve();
  }

  /** Keeps the dialog in step with `open`. */
  hostUpdated(): void {
    const host = this.#host;
    const dialog = this.#dialog;
    if (!dialog) return;
    if (host.open && !dialog.open) {
      // Closed, with its close event still on the way (Escape, hide() then show()): onClose decides.
      // Held: the opening is being readied.
      if (!host.isConnected || this.#shown || this.#held) return;
      try {
        dialog.showModal();
      } catch {
        host.open = false;
        return;
      }
      this.#shown = true;
      this.#reported.clear();
      this.#copied = undefined;
      this.#status = '';
      this.#opening = true;
    } else if (!host.open && dialog.open) {
      this.#reason ??= 'api';
      dialog.close();
    }
    if (dialog.open && this.#opening) {
      // Fill the view before the first paint; tip-jar-open follows.
      if (this.#fillView()) return;
      this.#opening = false;
      this.#announceOpen();
    } else if (dialog.open) {
      this.#reportQrs();
    }
    this.#renderMore();
  }

  #announceOpen(): void {
    emit(this.#host, 'tip-jar-open', {});
    this.#reportQrs();
  }

  /** Whether the option's QR code is shown: on wide screens always, on phones when revealed. */
  #visible(option: OptionRecord): boolean {
    return wide.matches || this.#revealed.has(keyOf(option));
  }

  /**
   * Whether a rendered option's QR code is drawn: on wide screens while open, and while closed once
   * encoded (the idle pass draws the cards in view ahead of the opening); on phones when revealed.
   */
  #isDrawn(option: OptionRecord): boolean {
    return wide.matches ? qrCached(option.qr) || (this.#host.open && !this.#held) : this.#revealed.has(keyOf(option));
  }

  /** Resolves once the dialog is open and every option rendered (at once when closed). */
  rendered(): Promise<void> {
    const host = this.#host;
    return host.open && host.isConnected && (this.#held || this.#count < host._records.length || (this.#shown && !this.#dialog?.open))
      ? new Promise((resolve) => this.#waiting.push(resolve))
      : Promise.resolve();
  }

  /** Right after opening: renders more cards until the last one reaches below the view; true when that needs an update. */
  #fillView(): boolean {
    if (this.#count >= this.#host._records.length) return false;
    const dialog = this.#dialog!;
    const last = dialog.querySelector('.option:last-child');
    const bottom = Math.min(dialog.getBoundingClientRect().bottom, innerHeight) + MARGIN;
    const rect = last?.getBoundingClientRect();
    if (rect && rect.bottom >= bottom) return false;
    // As many more as the space left takes, at the last card's height.
    this.#count += rect && rect.height > 0 ? Math.ceil((bottom - rect.bottom) / rect.height) : 4;
    this.#host.requestUpdate();
    return true;
  }

  /** After an update while open: schedules more cards (see BATCH) for just after the next paint, until all are in. */
  #renderMore(): void {
    const host = this.#host;
    const total = host._records.length;
    if (!host.open || this.#count >= total) {
      for (const resolve of this.#waiting.splice(0)) resolve();
      return;
    }
    if (this.#frame !== undefined || this.#opening) return;
    // A hidden tab runs no frames: render the rest at once rather than keep updateComplete waiting.
    if (document.hidden) {
      this.#count = total;
      host.requestUpdate();
      return;
    }
    // After the next paint, so that each frame paints before more work starts, and behind the
    // page's own tasks and input where the browser can tell (cards below the fold can wait a few
    // milliseconds; a click cannot). A timer too, for a page whose frames are paused (a
    // background tab, say).
    const step = () => {
      this.#frame?.();
      // A code the next cards need and nobody has encoded yet gets a task of its own first.
      const next = host._records.slice(this.#count, this.#count + BATCH).find((option) => this.#isDrawn(option) && !qrCached(option.qr));
      if (next) {
        qrMatrix(next.qr);
        this.#renderMore();
        return;
      }
      this.#count += BATCH;
      host.requestUpdate();
    };
    const task = typeof TaskController === 'function' ? new TaskController({ priority: 'background' }) : undefined;
    let next: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() =>
      task ? scheduler.postTask(step, { signal: task.signal }).catch(() => undefined) : (next = setTimeout(step)),
    );
    const timer = setTimeout(step, 100);
    this.#frame = () => {
      cancelAnimationFrame(frame);
      task?.abort();
      clearTimeout(next);
      clearTimeout(timer);
      this.#frame = undefined;
    };
  }

  /** Fires tip-jar-qr once per opening for each code the visitor can see. */
  #reportQrs(): void {
    for (const option of this.#host._records.slice(0, this.#count)) {
      const key = keyOf(option);
      if (!this.#isDrawn(option) || this.#reported.has(key)) continue;
      this.#reported.add(key);
      emit(this.#host, 'tip-jar-qr', { provider: option.provider, payload: option.qr });
    }
  }

  #onMedia = () => this.#host.requestUpdate();

  #onClose = () => {
    // No reason set: the browser closed the dialog itself (Escape with no cancel event first, as
    // a second press without a click between; a phone's back gesture).
    const reason = this.#reason ?? 'escape';
    this.#reason = undefined;
    this.#shown = false;
    this.#revealed.clear();
    this.#count = this.#fit;
    this.#frame?.();
    const host = this.#host;
    // Closed by the visitor: `open` follows. Closed by hide() or removal, `open` was already
    // false; true again means show() came before this event, and the modal opens anew.
    const reopen = reason === 'api' && host.open;
    if (!reopen) host.open = false;
    emit(host, 'tip-jar-close', { reason });
    // Renders again: opened anew, or closed with the cards in view alone (whatever the opening
    // had rendered below them), as the readying left it, however it was closed.
    host.requestUpdate();
    if (!reopen) host.shadowRoot?.querySelector<HTMLElement>('[part="button"]')?.focus();
  };

  #onCancel = () => {
    this.#reason = 'escape';
  };

  #close(reason: CloseReason): void {
    this.#reason = reason;
    this.#dialog?.close();
  }

  #onDialogClick = (event: MouseEvent) => {
    // The sheet fills the dialog, so a click that targets the dialog itself landed on the backdrop.
    if (event.target === event.currentTarget) this.#close('backdrop');
  };

  #pick(value: number): void {
    const host = this.#host;
    host.amount = host.amount === value ? null : value;
    emit(host, 'tip-jar-amount', { amount: host.amount, currency: host._currency });
  }

  #select(option: OptionRecord, event: Event): void {
    const proceed = emit(
      this.#host,
      'tip-jar-select',
      { provider: option.provider, url: option.url ?? '', amount: option.amount, currency: option.currency },
      true,
    );
    if (!proceed) event.preventDefault();
    else this.#say(msg('Thank you for your support!'));
  }

  async #copy(option: OptionRecord, event: Event): Promise<void> {
    const value = option.copy ?? '';
    const card = (event.currentTarget as HTMLElement).closest('li');
    let done = false;
    try {
      await navigator.clipboard.writeText(value);
      done = true;
    } catch {
      done = this.#legacyCopy(value);
    }
    if (done) {
      this.#copied = keyOf(option);
      this.#say(msg('Copied. Thank you!'));
      emit(this.#host, 'tip-jar-copy', { provider: option.provider, value });
    } else {
      // Copying is refused here (permissions, an old browser): select the text for the visitor.
      const text = card?.querySelector('.value');
      if (text) getSelection()?.selectAllChildren(text);
      this.#say(msg('Copying is blocked on this page. The text is selected: copy it with your keyboard or menu.'));
    }
  }

  #legacyCopy(value: string): boolean {
    const dialog = this.#dialog;
    if (!dialog) return false;
    const area = document.createElement('textarea');
    area.value = value;
    area.readOnly = true;
    area.className = 'offscreen';
    dialog.append(area);
    area.select();
    let done = false;
    try {
      done = document.execCommand('copy');
    } catch {
      done = false;
    }
    area.remove();
    return done;
  }

  #say(text: string): void {
    this.#flip = !this.#flip;
    this.#status = this.#flip ? text : `${text}\u00a0`;
    this.#host.requestUpdate();
  }

  #toggle(option: OptionRecord): void {
    const key = keyOf(option);
    if (!this.#revealed.delete(key)) this.#revealed.add(key);
    this.#host.requestUpdate();
  }

  render(): TemplateResult {
    const host = this.#host;
    const recipient = (host.recipient ?? '').trim();
    const records = host._records;
    return html`<dialog
      part="dialog"
      class="dialog"
      lang=${host._locale}
      dir=${RTL.test(host._locale) ? 'rtl' : 'ltr'}
      aria-labelledby="title"
      aria-describedby="lede"
      @close=${this.#onClose}
      @cancel=${this.#onCancel}
      @click=${this.#onDialogClick}
    >
      <div class="sheet">
        <header class="header">
          <h2 id="title" class="title">${recipient ? msg(str`Support ${recipient}`) : msg('Support this work')}</h2>
          <button part="close-button" class="close" type="button" aria-label=${msg('Close')} @click=${() => this.#close('close-button')}>
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6L6 18" /></svg>
          </button>
        </header>
        <p id="lede" class="lede">${msg('Choose how to pay. Your tip goes straight to them: no account, no commission.')}</p>
        ${this.#renderAmounts()}
        ${records.length
          ? html`<ul class="options" role="list">${records.slice(0, this.#count).map((option, i) => this.#renderOption(option, i))}</ul>`
          : html`<p class="empty">${msg('No way to pay has been set up yet.')}</p>`}
        <p class="status" role="status">${this.#status}</p>
      </div>
    </dialog>`;
  }

  #renderAmounts() {
    const host = this.#host;
    if (!host._presets.length) return nothing;
    return html`<div part="amounts" class="amounts" role="group" aria-label=${msg('Amount')}>
      ${host._presets.map(
        (value) => html`<button type="button" class="amount" aria-pressed=${host.amount === value ? 'true' : 'false'} @click=${() => this.#pick(value)}>
          ${formatAmount(value, host._currency, host._locale)}
        </button>`,
      )}
    </div>`;
  }

  #instruction(option: OptionRecord): string {
    switch (option.action) {
      case 'page':
        return msg(str`Open ${option.name}, or scan the code with your phone.`);
      case 'wallet':
        return msg('Open your wallet app, scan the code with it, or copy the address.');
      case 'bank':
        return msg('Scan the code with your banking app, or copy the IBAN for a transfer.');
      case 'pix':
        return msg('Scan the code in your bank’s app, or copy the Pix code (Pix Copia e Cola).');
      case 'upi':
        return msg('Scan the code with any UPI app.');
      case 'phone':
        return option.url
          ? msg(str`Open ${option.name}, or scan the code with your phone.`)
          : msg(str`Send to this number from the ${option.name} app or menu.`);
      case 'link':
        return msg('Open the link, or scan the code with your phone.');
      default:
        return msg('Copy this and use it in your banking or payment app.');
    }
  }

  #notice(option: OptionRecord): string | null {
    switch (option.notice) {
      case 'sender-visible':
        return msg(str`${option.name} shows the recipient your name and email address.`);
      case 'public-by-default':
        return msg(str`${option.name} payments can be public: check the privacy setting before you pay.`);
      case 'bitcoin-only':
        return msg('Send only bitcoin to this address.');
      case 'ether-only':
        return msg('Send only ether (ETH) on Ethereum to this address.');
      case 'sol-only':
        return msg('Send only SOL on Solana to this address.');
      case 'xmr-only':
        return msg('Send only Monero (XMR) to this address.');
      default:
        return null;
    }
  }

  #renderOption(option: OptionRecord, index: number) {
    const host = this.#host;
    const id = `option-${index}`;
    const showQr = this.#visible(option);
    const drawn = this.#isDrawn(option);
    const qr = drawn ? qrCode(option.qr, msg(str`QR code: ${option.name}`)) : null;
    const warning = this.#notice(option);
    const amountNote =
      option.amount !== null && option.currency
        ? msg(str`Amount: ${formatAmount(option.amount, option.currency, host._locale)}`)
        : host.amount !== null && option.action !== 'text'
          ? msg('You choose the amount in the app.')
          : null;
    const external = option.url?.startsWith('https:');
    const openText = option.action === 'wallet' ? msg('Open wallet') : msg('Open');
    const copyText = this.#copied === keyOf(option) ? msg('Copied') : msg('Copy');
    return html`<li part="option" class="option" data-provider=${option.provider}>
      <div class="body">
        <h3 class="name" id=${id}>${optionIcon(option.action)}${option.action === 'bank' ? msg('Bank transfer (SEPA)') : option.name}</h3>
        <p class="hint">${this.#instruction(option)}</p>
        ${option.copy ? html`<code class="value" dir="ltr" translate="no">${option.display ?? option.copy}</code>` : nothing}
        ${warning ? html`<p class="warning">${warning}</p>` : nothing}
        ${amountNote ? html`<p class="note">${amountNote}</p>` : nothing}
        <div class="actions">
          ${option.url
            ? html`<a
                class="open"
                href=${option.url}
                target=${external ? '_blank' : nothing}
                rel="noopener noreferrer"
                aria-label=${`${openText}, ${option.name}`}
                @click=${(event: Event) => this.#select(option, event)}
                >${openText}</a
              >`
            : nothing}
          ${option.copy
            ? html`<button part="copy-button" class="copy" type="button" aria-label=${`${copyText}, ${option.name}`} @click=${(event: Event) => this.#copy(option, event)}>
                ${copyText}
              </button>`
            : nothing}
          ${wide.matches
            ? nothing
            : html`<button class="reveal" type="button" aria-expanded=${showQr ? 'true' : 'false'} aria-controls=${`${id}-qr`} @click=${() => this.#toggle(option)}>
                ${showQr ? msg('Hide QR code') : msg('Show QR code')}
              </button>`}
        </div>
      </div>
      ${showQr
        ? html`<div part="qr" class="qr" id=${`${id}-qr`} data-provider=${option.provider}>
            ${drawn
              ? (qr ?? html`<p class="too-long">${msg('This is too long for a QR code: copy it instead.')}</p>`)
              : html`<div class="qr-code qr-pending"></div>`}
          </div>`
        : nothing}
    </li>`;
  }
}
