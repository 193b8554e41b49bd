import { adoptStyles, html, LitElement, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { decimalString, parseAmount } from './amount.js';
import { emit } from './events.js';
import { resolveLocale } from './locale.js';
import { allLocales, getLocale, setLocale } from './localization.js';
import type { ConfigError, OptionRecord, PaymentContext } from './options.js';
import type { TipJarModal } from './modal.js';
import { styles } from './tip-jar.styles.js';

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
// Only for sites that set `analytics` or `beacon`.
let analyticsModule: Promise<typeof import('./analytics.js')> | undefined;
const FORWARDED = ['tip-jar-open', 'tip-jar-close', 'tip-jar-select', 'tip-jar-copy', 'tip-jar-amount'];

const idle = (callback: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(callback, { timeout: 2000 }) : setTimeout(callback, 1);

const camel = (attribute: string) => attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** How much of a bad value a warning repeats. */
const shown = (value: string) => (value.length > 80 ? `${value.slice(0, 80)}…` : value);

const heart = svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 20.5s-7.5-4.6-9.3-9.2C1.5 8.1 3.4 4.5 7 4.5c2 0 3.6 1.1 5 2.9 1.4-1.8 3-2.9 5-2.9 3.6 0 5.5 3.6 4.3 6.8-1.8 4.6-9.3 9.2-9.3 9.2z"/></svg>`;

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

  /** A Wave Business payment link (`https://pay.wave.com/m/…`), or a Wave number with its country code. */
  @property() wave?: string;
  /** Orange Money number with its country code (`+221 77 123 45 67`). */
  @property({ attribute: 'orange-money' }) orangeMoney?: string;
  /** MTN Mobile Money number with its country code. */
  @property({ attribute: 'mtn-momo' }) mtnMomo?: string;
  /** M-Pesa number with its country code. */
  @property() mpesa?: string;
  /** Airtel Money number with its country code. */
  @property({ attribute: 'airtel-money' }) airtelMoney?: string;
  /** PayPal.me name (`awadiop`, `@awadiop` or `https://paypal.me/awadiop`). */
  @property() paypal?: string;
  /** Venmo username. */
  @property() venmo?: string;
  /** Cash App $cashtag. */
  @property() cashapp?: string;
  /** Patreon name. */
  @property() patreon?: string;
  /** Ko-fi page name. */
  @property() kofi?: string;
  /** Buy Me a Coffee page name. */
  @property() buymeacoffee?: string;
  /** GitHub login, for GitHub Sponsors. */
  @property() github?: string;
  /** Liberapay name. */
  @property() liberapay?: string;
  /** Open Collective slug. */
  @property() opencollective?: string;
  /** Bandcamp artist subdomain (NAME of NAME.bandcamp.com). */
  @property() bandcamp?: string;
  /** Revolut.Me name (Revtag). */
  @property() revolut?: string;
  /** Monzo.me name (an amount in GBP goes into the link). */
  @property() monzo?: string;
  /** Strike name. */
  @property() strike?: string;
  /** A Stripe Payment Link URL, opened as given (https only). */
  @property() stripe?: string;
  /** Bitcoin mainnet address (base58 or bech32/bech32m). */
  @property() bitcoin?: string;
  /** Lightning Address (`name@domain`) or LNURL. */
  @property() lightning?: string;
  /** Ethereum address (0x…; a mixed-case address must carry a valid ERC-55 checksum). */
  @property() ethereum?: string;
  /** Solana address (base58 public key), paid with a Solana Pay transfer request. */
  @property() solana?: string;
  /** Monero mainnet address (standard, integrated or subaddress). */
  @property() monero?: string;
  /** IBAN of a SEPA country: an EPC QR code for banking apps, and the IBAN to copy. Needs `recipient`. */
  @property() sepa?: string;
  /** UPI id (VPA, `name@bank`): a `upi://pay` link and QR for UPI apps. */
  @property() upi?: string;
  /** Pix key (CPF, CNPJ, e-mail, +55 phone or random key): a static BR Code. Needs `recipient` and `pix-city`. */
  @property() pix?: string;
  /** GoFundMe campaign slug (NAME of gofundme.com/f/NAME). */
  @property() gofundme?: string;
  /** Razorpay.me handle. */
  @property() razorpay?: string;
  /** PicPay username (an amount in BRL goes into the link). */
  @property() picpay?: string;
  /** Paga name (justpaga.me/NAME). */
  @property() paga?: string;

  /** Who receives the tips: the modal's heading, and the payee name in payloads that name one. */
  @property() recipient?: string;
  /** Pix merchant city (the BR Code requires one). */
  @property({ attribute: 'pix-city' }) pixCity?: string;
  /** Optional BIC for the SEPA QR. */
  @property({ attribute: 'sepa-bic' }) sepaBic?: string;
  /** Preset amounts the visitor can pick, separated by spaces: `"3 5 10"`. */
  @property() amounts?: string;
  /** ISO 4217 code of the amounts (or a coin code: BTC, ETH). */
  @property() currency = 'USD';
  /** The amount picked, preset or chosen by the visitor; null for none. The attribute is its decimal string. */
  @property({
    reflect: true,
    converter: {
      fromAttribute: (value: string | null) => parseAmount(value),
      toAttribute: (value: number | null) => (value == null ? null : decimalString(value, 20)),
    },
  })
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
  @property() message?: string;
  /** Text of the trigger button (default: "Tip", localized). */
  @property() label?: string;
  /** Whether the modal is open; setting it opens or closes the modal. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** The trigger floats in the bottom inline-end corner of the viewport. */
  @property({ type: Boolean, reflect: true }) floating = false;
  /**
   * Opt-in: forward the events to analytics the page already runs, named by spaces:
   * `gtag` (GA4), `gtm` (Google Tag Manager `dataLayer`), `plausible`, `matomo`, `umami`, `fathom`.
   */
  @property() analytics?: string;
  /** Opt-in: a URL of the site's own to which the events are posted with `navigator.sendBeacon`. */
  @property() beacon?: string;
  /** `auto` follows the visitor's colour scheme; `light` or `dark` fix it. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** @internal The options with how to present them, once the provider code has loaded. */
  _records: OptionRecord[] = [];
  /** @internal Valid preset amounts. */
  _presets: number[] = [];
  /** @internal The upper-case currency code, or '' when `currency` is malformed. */
  _currency = 'USD';
  /** @internal The resolved locale. */
  _locale = 'en';
  /** @internal The modal, once its code has loaded. */
  _modal?: TipJarModal;

  private _options?: Awaited<NonNullable<typeof optionsModule>>;
  private _providersReady?: Promise<void>;
  private _modalReady?: Promise<void>;
  private _localeReady?: Promise<void>;
  private _localeFailed = '';
  @state() private _fallback = false;
  private _badAmount: string | null = null;
  private _reported = new Map<string, string>();
  private _observer?: MutationObserver;
  private _langObserver?: MutationObserver;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** The options the modal lists, in display order: `{ provider, name, url, qr, copy, amount, currency }`. */
  get options(): TipJarOption[] {
    if (this.isUpdatePending) this._buildOptions(false);
    return this._records.map(({ provider, name, url, qr, copy, amount, currency }) => ({
      provider, name, url, qr, copy, amount, currency,
    }));
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
    super.connectedCallback();
    this._observer ??= new MutationObserver(() => this.requestUpdate());
    this._observer.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ['href', 'value'], characterData: true });
    this._langObserver ??= new MutationObserver(() => this._applyLocale());
    this._langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    window.addEventListener('languagechange', this._applyLocale);
    for (const name of FORWARDED) this.addEventListener(name, this._forward);
    this._applyLocale();
    idle(() => this._loadProviders());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
    this._langObserver?.disconnect();
    window.removeEventListener('languagechange', this._applyLocale);
    for (const name of FORWARDED) this.removeEventListener(name, this._forward);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'lang') this._applyLocale();
    if (name === 'amount') this._badAmount = value !== null && value.trim() !== '' && parseAmount(value) === null ? value : null;
    super.attributeChangedCallback(name, old, value);
  }

  /** Waits for the provider code (and the modal's, while open) as well as the render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    if (this.isConnected) await this._loadProviders();
    await this._localeReady;
    if (this.open) await this._loadModal();
    return super.getUpdateComplete();
  }

  /** Forwards this element's events when the site opted in; events keep their order. */
  private _forward = (event: Event) => {
    const { analytics = '', beacon = '' } = this;
    if (event.target !== this || !(analytics || beacon)) return;
    const { type, detail } = event as CustomEvent;
    (analyticsModule ??= import('./analytics.js')).then(
      (module) => module.forward(type, detail, analytics, beacon),
      () => {
        analyticsModule = undefined;
      },
    );
  };

  protected override willUpdate(): void {
    if (this.open) void this._loadModal();
    this._buildOptions(true);
  }

  protected override render() {
    const pending = this._locale !== getLocale() && this._localeFailed !== this._locale;
    return html`<button
        part="button"
        class="trigger"
        type="button"
        lang=${this._locale}
        aria-haspopup="dialog"
        aria-expanded=${this.open ? 'true' : 'false'}
        ?data-pending=${pending}
        @click=${this.show}
        @pointerenter=${this._intent}
        @focus=${this._intent}
        @touchstart=${{ handleEvent: this._intent, passive: true }}
      >
        ${heart}<span>${this.label || msg('Tip', { desc: 'Trigger button: leave a tip for the author' })}</span>
      </button>
      ${this._modal?.render() ?? nothing}${this._fallback ? this._renderFallback() : nothing}`;
  }

  /** When the modal's code cannot load (offline, blocked): the options as plain links and text. */
  private _renderFallback() {
    const records = this._records;
    return html`<ul class="fallback" part="fallback">
      ${records.length
        ? records.map((option) =>
            option.url
              ? html`<li><a href=${option.url} rel="noopener noreferrer">${option.name}</a></li>`
              : html`<li>${option.name}: <span dir="ltr" translate="no">${option.copy ?? option.qr}</span></li>`,
          )
        : html`<li><slot></slot></li>`}
    </ul>`;
  }

  /** The first sign that the visitor may open the modal: fetch its code. */
  private _intent = () => {
    void this._loadProviders();
    void this._loadModal();
  };

  private _loadProviders(): Promise<void> {
    return (this._providersReady ??= (optionsModule ??= import('./options.js')).then(
      (module) => {
        this._options = module;
        this.requestUpdate();
      },
      () => {
        this._fallback = true;
        this._error(null, '', '', 'The provider code could not be loaded; the links are shown as they are.');
      },
    ));
  }

  private _loadModal(): Promise<void> {
    return (this._modalReady ??= Promise.all([(modalModule ??= import('./modal.js')), this._loadProviders()]).then(
      ([module]) => {
        if (this.shadowRoot) adoptStyles(this.shadowRoot, [...TipJarElement.elementStyles, module.modalStyles]);
        this._modal = new module.TipJarModal(this);
        this.requestUpdate();
      },
      () => {
        // Offline or blocked: show the options as plain links, and try again on the next intent.
        this._modalReady = undefined;
        modalModule = undefined;
        this.open = false;
        this._fallback = true;
        this._error(null, '', '', 'The modal could not be loaded; the options are shown as plain links.');
      },
    ));
  }

  private _applyLocale = () => {
    const locale = resolveLocale(this, allLocales);
    if (locale === this._locale && (locale === getLocale() || this._localeReady)) return;
    this._locale = locale;
    this._localeReady = setLocale(locale).catch(() => {
      this._localeFailed = locale;
      this.requestUpdate();
    });
    this.requestUpdate();
  };

  /** The settings every provider sees. */
  private _context(): PaymentContext {
    const text = (value?: string) => (value ?? '').trim();
    return {
      amount: this.amount,
      currency: this._currency,
      recipient: text(this.recipient),
      message: text(this.message),
      pixCity: text(this.pixCity),
      sepaBic: text(this.sepaBic),
    };
  }

  private _buildOptions(report: boolean): void {
    const errors: ConfigError[] = [];
    const currency = (this.currency ?? '').trim().toUpperCase();
    this._currency = /^[A-Z]{3}$/.test(currency) ? currency : '';
    if (!this._currency) errors.push({ provider: null, attribute: 'currency', value: this.currency ?? '', message: 'Give a three-letter currency code such as USD, EUR or XOF.' });
    const tokens = (this.amounts ?? '').split(/\s+/).filter(Boolean);
    this._presets = this._currency ? tokens.map(parseAmount).filter((n): n is number => n !== null) : [];
    const bad = tokens.filter((t) => parseAmount(t) === null);
    if (bad.length) errors.push({ provider: null, attribute: 'amounts', value: this.amounts ?? '', message: `Not an amount: ${bad.join(' ')}. Write amounts like 3 5 10 or 2.50, separated by spaces.` });
    if (this._badAmount !== null) errors.push({ provider: null, attribute: 'amount', value: this._badAmount, message: 'Write the amount as a positive number with a dot for decimals, like 5 or 2.50.' });
    if (this._options) {
      const { providerIds, buildOptions } = this._options;
      const values = Object.fromEntries(providerIds.map((id) => [id, (this as unknown as Record<string, string | undefined>)[camel(id)]]));
      const built = buildOptions({ values, context: this._context(), links: this._links(), data: this._data() });
      this._records = built.options;
      errors.push(...built.errors);
    }
    if (report) this._report(errors);
  }

  private _links() {
    return [...this.querySelectorAll<HTMLAnchorElement>(':scope > a[href]')].map((a) => ({ name: a.textContent?.trim() ?? '', href: a.href }));
  }

  private _data() {
    return [...this.querySelectorAll<HTMLDataElement>(':scope > data')].map((d) => ({ name: d.textContent?.trim() ?? '', value: d.value.trim() }));
  }

  /** Reports each bad value once: a tip-jar-error event and one console warning. */
  private _report(errors: ConfigError[]): void {
    const seen = new Set<string>();
    for (const error of errors) {
      const key = `${error.provider}:${error.attribute}:${error.value}`;
      seen.add(key);
      if (this._reported.has(key)) continue;
      this._reported.set(key, error.value);
      this._error(error.provider, error.attribute, error.value, error.message);
    }
    for (const key of this._reported.keys()) if (!seen.has(key)) this._reported.delete(key);
  }

  private _error(provider: string | null, attribute: string, value: string, message: string): void {
    const what = attribute ? `${attribute}="${shown(value)}"` : 'setup';
    console.warn(`<tip-jar>: ${what} ignored. ${message}`);
    emit(this, 'tip-jar-error', { provider, attribute, value, message });
  }
}
