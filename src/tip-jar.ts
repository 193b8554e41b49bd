import { adoptStyles, html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { parseAmount, plainDecimal } from './decimal.js';
import { allLocales, loaders, sourceLocale, TIP, type TargetLocale } from './catalogues.js';
import { emit } from './events.js';
import { resolveLocale } from './locale.js';
import type { OptionRecord } from './options.js';
import type { TipJarModal } from './modal.js';
import { styles } from './tip-jar.styles.js';
import { idle, nextTask } from './tasks.js';

/** One option of the modal, as `options` lists it. */
export interface TipJarOption {
  /** The provider's attribute name, `link` for an `<a>` child, `text` for a `<data>` child. */
  provider: string;
  name: string;
  url: string | null;
  qr: string;
  copy: string | null;
  amount: number | null;
  currency: string | null;
}

// The three loading steps: this module is the first; these two load later, once per page.
let optionsModule: Promise<typeof import('./options.js')> | undefined;
let modalModule: Promise<typeof import('./modal.js')> | undefined;

/** How much of a bad value a warning repeats. */
const shown = (value: string) => (value.length > 80 ? `${value.slice(0, 80)}…` : value);

/**
 * A tip button that opens a modal with every way to pay its recipient: a link, a QR code and a
 * copy button for each, in the visitor's language. No server, no requests to anyone else.
 *
 * @summary Say "support my work" with every way to pay.
 *
 * @fires {CustomEvent<Record<string, never>>} tip-jar-open - The modal opened. `detail`: `{}`.
 * @fires {CustomEvent<{ reason: 'close-button' | 'escape' | 'backdrop' | 'api' }>} tip-jar-close - The modal closed. `detail`: `{ reason: 'close-button' | 'escape' | 'backdrop' | 'api' }`.
 * @fires {CustomEvent<{ provider: string; url: string; amount: number | null; currency: string | null }>} tip-jar-select - The visitor follows an option's link; cancelable. `detail`: `{ provider, url, amount, currency }`.
 * @fires {CustomEvent<{ provider: string; value: string }>} tip-jar-copy - Something was copied. `detail`: `{ provider, value }`.
 * @fires {CustomEvent<{ provider: string; payload: string }>} tip-jar-qr - A QR code was shown to the visitor. `detail`: `{ provider, payload }`.
 * @fires {CustomEvent<{ amount: number | null; currency: string }>} tip-jar-amount - The visitor picked an amount. `detail`: `{ amount, currency }`.
 * @fires {CustomEvent<{ provider: string | null; attribute: string; value: string; message: string }>} tip-jar-error - A configuration problem: the option is left out. `detail`: `{ provider, attribute, value, message }`.
 *
 * @csspart button - The trigger button.
 * @csspart dialog - The modal `<dialog>`.
 * @csspart option - One payment option, with `data-provider`.
 * @csspart qr - An option's QR code graphic, with `data-provider`.
 * @csspart copy-button - An option's copy button.
 * @csspart close-button - The modal's close button.
 * @csspart amounts - The group of preset amount buttons.
 *
 * @cssprop --tip-jar-font - Font family (default: the page's).
 * @cssprop --tip-jar-accent - Trigger and selected-amount colour.
 * @cssprop --tip-jar-accent-text - Text on the accent colour.
 * @cssprop --tip-jar-background - Modal background.
 * @cssprop --tip-jar-surface - Option card background.
 * @cssprop --tip-jar-text - Main text colour.
 * @cssprop --tip-jar-muted - Secondary text colour.
 * @cssprop --tip-jar-border - Border colour.
 * @cssprop --tip-jar-focus - Focus ring colour.
 * @cssprop --tip-jar-radius - Corner radius of the modal, cards and buttons.
 * @cssprop --tip-jar-qr-size - Width of a QR code, quiet zone included (default 11rem).
 * @cssprop --tip-jar-float-inline - Distance of a floating trigger from the inline-end edge (set `auto` to float on the start side).
 * @cssprop --tip-jar-float-inline-start - Distance from the inline-start edge (default `auto`: the trigger floats on the end side).
 * @cssprop --tip-jar-float-block - Distance of a floating trigger from the bottom edge.
 * @cssprop --tip-jar-z-index - Stacking order of a floating trigger.
 *
 * @attr lang - Locale of the widget (the native `lang`); else the nearest ancestor's `lang`, the browser's languages, English.
 *
 * @slot - `<a href>` children become options (provider `link`), `<data value>` children copy-only options (provider `text`). They are not shown once the element runs.
 */
export class TipJarElement extends LitElement {
  static override styles = styles;

  // Written out rather than decorated: a literal is the smallest form, and the manifest reads it.
  static override properties: PropertyDeclarations = {
    wave: {},
    orangeMoney: { attribute: 'orange-money' },
    mtnMomo: { attribute: 'mtn-momo' },
    mpesa: {},
    airtelMoney: { attribute: 'airtel-money' },
    paypal: {},
    venmo: {},
    cashapp: {},
    patreon: {},
    kofi: {},
    buymeacoffee: {},
    github: {},
    liberapay: {},
    opencollective: {},
    bandcamp: {},
    revolut: {},
    monzo: {},
    strike: {},
    stripe: {},
    bitcoin: {},
    lightning: {},
    ethereum: {},
    solana: {},
    monero: {},
    sepa: {},
    upi: {},
    pix: {},
    gofundme: {},
    razorpay: {},
    picpay: {},
    paga: {},
    recipient: {},
    pixCity: { attribute: 'pix-city' },
    sepaBic: { attribute: 'sepa-bic' },
    amounts: {},
    currency: {},
    amount: {
      reflect: true,
      converter: {
        fromAttribute: (value: string | null) => parseAmount(value),
        // Plain decimals, never an exponent: 0.0000001, not 1e-7.
        toAttribute: (value: number | null) => (value == null ? null : plainDecimal(value)),
      },
    },
    message: {},
    label: {},
    open: { type: Boolean, reflect: true },
    floating: { type: Boolean, reflect: true },
    analytics: {},
    beacon: {},
    theme: { reflect: true },
  };

  /** A Wave Business payment link (`https://pay.wave.com/m/…`), or a Wave number with its country code. */
  wave?: string;
  /** Orange Money number with its country code (`+221 77 123 45 67`). */
  orangeMoney?: string;
  /** MTN Mobile Money number with its country code. */
  mtnMomo?: string;
  /** M-Pesa number with its country code. */
  mpesa?: string;
  /** Airtel Money number with its country code. */
  airtelMoney?: string;
  /** PayPal.me name (`awadiop`, `@awadiop` or `https://paypal.me/awadiop`). */
  paypal?: string;
  /** Venmo username. */
  venmo?: string;
  /** Cash App $cashtag. */
  cashapp?: string;
  /** Patreon name. */
  patreon?: string;
  /** Ko-fi page name. */
  kofi?: string;
  /** Buy Me a Coffee page name. */
  buymeacoffee?: string;
  /** GitHub login, for GitHub Sponsors. */
  github?: string;
  /** Liberapay name. */
  liberapay?: string;
  /** Open Collective slug. */
  opencollective?: string;
  /** Bandcamp artist subdomain (NAME of NAME.bandcamp.com). */
  bandcamp?: string;
  /** Revolut.Me name (Revtag). */
  revolut?: string;
  /** Monzo.me name (an amount in GBP goes into the link). */
  monzo?: string;
  /** Strike name. */
  strike?: string;
  /** A Stripe Payment Link URL, opened as given (https only). */
  stripe?: string;
  /** Bitcoin mainnet address (base58 or bech32/bech32m). */
  bitcoin?: string;
  /** Lightning Address (`name@domain`) or LNURL. */
  lightning?: string;
  /** Ethereum address (0x…; a mixed-case address must carry a valid ERC-55 checksum). */
  ethereum?: string;
  /** Solana address (base58 public key), paid with a Solana Pay transfer request. */
  solana?: string;
  /** Monero mainnet address (standard, integrated or subaddress). */
  monero?: string;
  /** IBAN of a SEPA country: an EPC QR code for banking apps, and the IBAN to copy. Needs `recipient`. */
  sepa?: string;
  /** UPI id (VPA, `name@bank`): a `upi://pay` link and QR for UPI apps. */
  upi?: string;
  /** Pix key (CPF, CNPJ, e-mail, +55 phone or random key): a static BR Code. Needs `recipient` and `pix-city`. */
  pix?: string;
  /** GoFundMe campaign slug (NAME of gofundme.com/f/NAME). */
  gofundme?: string;
  /** Razorpay.me handle. */
  razorpay?: string;
  /** PicPay username (an amount in BRL goes into the link). */
  picpay?: string;
  /** Paga name (justpaga.me/NAME). */
  paga?: string;

  /** Who receives the tips: the modal's heading, and the payee name in payloads that name one. */
  recipient?: string;
  /** Pix merchant city (the BR Code requires one). */
  pixCity?: string;
  /** Optional BIC for the SEPA QR. */
  sepaBic?: string;
  /** Preset amounts the visitor can pick, separated by spaces: `"3 5 10"`. */
  amounts?: string;
  /** ISO 4217 code of the amounts (or a coin code: BTC, ETH). */
  currency = 'USD';
  /** The amount picked, preset or chosen by the visitor; null for none. The attribute is its decimal string. */
  get amount(): number | null {
    return this._amount ?? null;
  }
  set amount(value: number | null) {
    const old = this._amount;
    this._amount = typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
    this.requestUpdate('amount', old);
  }
  // Not initialised: an initial null would be reflected and remove a bad attribute the site wrote.
  private _amount?: number | null;
  /** A note prefilled where a provider takes one. */
  message?: string;
  /** Text of the trigger button (default: "Tip", localized). */
  label?: string;
  /** Whether the modal is open; setting it opens or closes the modal. */
  open = false;
  /** The trigger floats in the bottom inline-end corner of the viewport. */
  floating = false;
  /**
   * Opt-in: forward the events to analytics the page already runs, named by spaces:
   * `gtag` (GA4), `gtm` (Google Tag Manager `dataLayer`), `plausible`, `matomo`, `umami`, `fathom`.
   */
  analytics?: string;
  /** Opt-in: a URL of the site's own to which the events are posted with `navigator.sendBeacon`. */
  beacon?: string;
  /** `auto` follows the visitor's colour scheme; `light` or `dark` fix it. */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /** @internal The options with how to present them, once the provider code has loaded. */
  _records: OptionRecord[] = [];
  /** @internal Valid preset amounts. */
  _presets: number[] = [];
  /** @internal The upper-case currency code, or '' when `currency` is malformed. */
  _currency = 'USD';
  /** @internal The resolved locale. */
  _locale = '';
  /** @internal The modal, once its code has loaded. */
  _modal?: TipJarModal;

  #options?: Awaited<NonNullable<typeof optionsModule>>;
  #codeFailed?: boolean;
  #stale = true;
  #modalReady?: Promise<void>;
  #localeReady?: Promise<void>;
  /** The trigger's label, read from its locale's catalogue (undefined: English). */
  #tip?: string;
  /** The locale of `#tip`; unset until the first label is ready, while the children stay in view. */
  #tipLocale?: string;
  /** Plain links instead of the modal, when its code cannot load. */
  #fallback?: boolean;
  /** @internal The `amount` attribute when it is not an amount (options.ts reports it). */
  _badAmount?: string | null;
  #observer?: MutationObserver;
  #langObserver?: MutationObserver;

  /** The options the modal lists, in display order: `{ provider, name, url, qr, copy, amount, currency }`. */
  get options(): TipJarOption[] {
    if (this.isUpdatePending) this.#buildOptions(false);
    return this.#options?.publicOptions(this._records) ?? [];
  }

  /** Opens the modal. `open` is true at once, even while the modal's code loads. */
  show(): void {
    this.open = true;
  }

  /** Closes the modal. */
  hide(): void {
    this.open = false;
  }

  override connectedCallback(): void {
    // On upgrade, the element's own setup (its locale, observers and listeners) waits for the next
    // task, then its shadow root, styles and first render for the one after: with them, the task
    // that evaluates the script and upgrades the element took 57 to 142 ms at 4x CPU slowdown;
    // without, 20 to 45 ms of script. Until then the children stay in view. Removed meanwhile, the
    // element still gets its shadow root then, as any element that was once connected.
    if (this.renderRoot) {
      super.connectedCallback();
      this.#connect();
    } else
      void nextTask()
        .then(() => (this.isConnected && this.#connect(), nextTask()))
        .then(() => this.renderRoot || super.connectedCallback());
  }

  #connect(): void {
    this.#observer ??= new MutationObserver(() => this.#changed());
    this.#observer.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ['href', 'value'], characterData: true });
    this.#langObserver ??= new MutationObserver(() => this.#applyLocale());
    this.#langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    window.addEventListener('languagechange', this.#applyLocale);
    this.#applyLocale();
    idle(() => this.#loadCode());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#langObserver?.disconnect();
    window.removeEventListener('languagechange', this.#applyLocale);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'lang') this.#applyLocale();
    if (name === 'amount') this._badAmount = value !== null && value.trim() !== '' && parseAmount(value) === null ? value : null;
    super.attributeChangedCallback(name, old, value);
  }

  /** Waits for the code of every configured provider (while open, the modal's and all its QR codes), the render and its error reports. */
  protected override async getUpdateComplete(): Promise<boolean> {
    // Each awaiter loops on its own: a provider set while another's code loads is waited for too.
    while (this.isConnected && this.#needsCode()) await this.#loadCode();
    await this.#localeReady;
    if (this.open) {
      await this.#loadModal();
      // Options below the fold are rendered in the frames after opening.
      await this._modal?.rendered();
    }
    const done = await super.getUpdateComplete();
    // Reports whose messages' text is still on its way.
    await this.#options?.pending(this);
    return done;
  }

  /** Children or provider code changed: the options must be built again. */
  #changed(): void {
    this.#stale = true;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.open) void this.#loadModal();
    // A provider configured after the idle load: fetch its code, then update again.
    if (this.#options && this.#needsCode()) void this.#loadCode();
    // Opening, closing and the modal's own updates (a code drawn, "Copied") leave the options as
    // they are: building them again would re-hash every address on each frame.
    if (this.#stale || changed.size > +changed.has('open')) this.#buildOptions(true);
    this.#stale = false;
  }

  protected override render() {
    // Until the label's language is in, the children (plain links, if any) stay as they were
    // before the upgrade: the trigger then takes their place once, with its final width.
    return html`${this.#tipLocale || this.label
        ? html`<button
            part="button"
            class="trigger"
            type="button"
            lang=${this.#tipLocale || this._locale}
            aria-haspopup="dialog"
            aria-expanded=${this.open ? 'true' : 'false'}
            @click=${this.show}
            @pointerenter=${this.#intent}
            @focus=${this.#intent}
            @touchstart=${{ handleEvent: this.#intent, passive: true }}
          >
            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 20.5s-7.5-4.6-9.3-9.2C1.5 8.1 3.4 4.5 7 4.5c2 0 3.6 1.1 5 2.9 1.4-1.8 3-2.9 5-2.9 3.6 0 5.5 3.6 4.3 6.8-1.8 4.6-9.3 9.2-9.3 9.2z"/></svg><span>${this.label || this.#tip || 'Tip'}</span>
          </button>`
        : html`<slot></slot>`}
      ${this._modal?.render() ?? nothing}${this.#fallback
        ? html`<ul class="fallback" part="fallback">
            ${this._records.length
              ? this._records.map((option) =>
                  option.url
                    ? html`<li><a href=${option.url} rel="noopener noreferrer">${option.name}</a></li>`
                    : html`<li>${option.name}: <span dir="ltr" translate="no">${option.copy ?? option.qr}</span></li>`,
                )
              : html`<li><slot></slot></li>`}
          </ul>`
        : nothing}`;
  }

  /** The first sign that the visitor may open the modal: fetch its code. */
  #intent = () => {
    void this.#loadModal();
  };

  /** Whether code is still missing: the options module, or a configured provider's. */
  #needsCode(): boolean {
    return !this.#codeFailed && (!this.#options || this.#options.missing(this).length > 0);
  }

  /** Loads the options module, then the code of each configured provider; renders again once in. */
  #loadCode(): Promise<void> {
    return (optionsModule ??= import('./options.js'))
      .then((module) => {
        // Nothing new to load (as when the modal loads): the options stay as they were built.
        const known = this.#options && !module.missing(this).length;
        this.#options = module;
        return known ? undefined : module.loadCode(this).then(() => this.#changed());
      })
      .catch(() => {
        optionsModule = undefined;
        this.#codeFailed = true;
        this.#fallback = true;
        this.requestUpdate();
        this._error(null, '', '', 'The provider code did not load: the links show as they are.');
      });
  }

  #loadModal(): Promise<void> {
    return (this.#modalReady ??= Promise.all([(modalModule ??= import('./modal.js')), this.#loadCode()])
      .then(async ([module]) => {
        // Without its strings' locale (offline), the modal still opens, in English.
        await module.localize(this._locale).catch(() => undefined);
        // Tasks of their own, apart from the chunk's evaluation: the modal's styles and number
        // formats, then its first render.
        await nextTask();
        if (this.shadowRoot) adoptStyles(this.shadowRoot, [...TipJarElement.elementStyles, module.modalStyles]);
        module.prime(this);
        await nextTask();
        return module;
      })
      .then(
        (module) => {
          this._modal = new module.TipJarModal(this);
          this.requestUpdate();
        },
        () => {
          // Offline or blocked: show the options as plain links, and try again on the next intent.
          this.#modalReady = undefined;
          modalModule = undefined;
          this.open = false;
          this.#fallback = true;
          this.requestUpdate();
          this._error(null, '', '', 'The modal did not load: the options show as plain links.');
        },
      ));
  }

  /**
   * Resolves the locale and fetches its catalogue for the trigger's label (the modal's strings
   * follow once its code is in). The label shown stays until the new one arrives.
   */
  #applyLocale = () => {
    const locale = resolveLocale(this, allLocales);
    if (locale === this._locale) return;
    this._locale = locale;
    const modal = this._modal ? modalModule : undefined;
    const catalogue = locale === sourceLocale ? undefined : loaders[locale as TargetLocale]();
    if (!catalogue) {
      this.#tip = undefined;
      this.#tipLocale = locale;
    }
    const ready: Promise<void> = (this.#localeReady = Promise.all([catalogue, modal?.then((m) => m.localize(locale))])
      // If the catalogue cannot load, the label shows in English rather than not at all.
      .then(([loaded]) => loaded?.templates[TIP] as string | undefined, () => undefined)
      .then((tip) => {
        if (this.#localeReady !== ready) return;
        this.#tip = tip;
        this.#tipLocale = locale;
        this.requestUpdate();
      }));
    this.requestUpdate();
  };

  #buildOptions(report: boolean): void {
    if (!this.#options) return;
    const built = this.#options.optionsOf(this);
    this._records = built.options;
    this._presets = built.presets;
    this._currency = built.currency;
    if (report) this.#options.report(this, built.errors);
  }

  /** @internal Reports a problem: one console warning and a tip-jar-error event. */
  _error(provider: string | null, attribute: string, value: string, message: string): void {
    const what = attribute ? `${attribute}="${shown(value)}"` : 'setup';
    console.warn(`<tip-jar>: ${what} ignored. ${message}`);
    emit(this, 'tip-jar-error', { provider, attribute, value, message });
  }
}
