import { ok, type Result } from '../result.js';

/** What the widget knows when it builds a payment: the site's settings and the visitor's pick. */
export interface PaymentContext {
  /** The amount picked, in the currency's major unit, or null. */
  amount: number | null;
  /** Upper-case ISO 4217 code (or coin code such as BTC) of `amount`. */
  currency: string;
  /** Who receives the tips ('' when not set). */
  recipient: string;
  /** A note to prefill where the provider takes one ('' when not set). */
  message: string;
  /** Merchant city for Pix ('' when not set). */
  pixCity: string;
  /** BIC for the SEPA QR ('' when not set). */
  sepaBic: string;
}

/** What an option opens, shows and copies. */
export interface Payment {
  /** What the option's link opens, or null when it has no link. */
  url: string | null;
  /** The exact text of its QR code. */
  qr: string;
  /** What its copy button copies, or null when copying is not the way to pay. */
  copy: string | null;
  /** How to show the copied value when it reads better grouped (an IBAN); else `copy` is shown. */
  display?: string;
  /** The amount the payload carries, or null (the visitor chooses it in the app). */
  amount: number | null;
  currency: string | null;
}

/**
 * How the visitor pays, which decides the instruction the option shows:
 * - `page`: open the provider's page, or scan its QR with a phone;
 * - `wallet`: open a wallet app, scan the QR with one, or copy the address;
 * - `bank`: scan the EPC QR with a banking app, or copy the IBAN;
 * - `pix`: scan the BR Code in a bank's app, or copy it ("Pix Copia e Cola");
 * - `upi`: scan the QR with a UPI app;
 * - `phone`: send to a phone number from the operator's app or menu (or open its link, if any).
 */
export type PayAction = 'page' | 'wallet' | 'bank' | 'pix' | 'upi' | 'phone';

/** Something the visitor should know before paying, shown as a warning. */
export type Notice = 'sender-visible' | 'public-by-default' | 'bitcoin-only' | 'ether-only' | 'sol-only' | 'xmr-only';

/**
 * A payment provider: data plus pure functions, no DOM.
 * `parse` normalises and validates the site's attribute value; `build` makes the payment.
 */
export interface Provider<T = string> {
  /** The attribute that configures it, also the option's `provider` and `data-provider`. */
  id: string;
  /** The brand name shown to visitors (never translated). */
  name: string;
  action: PayAction;
  notice?: Notice;
  parse(value: string): Result<T>;
  build(value: T, context: PaymentContext): Result<Payment>;
  /**
   * Fetches code that parsing this value needs beyond the provider's own (Base58Check for a legacy
   * Bitcoin address; the reason for a refused IBAN or Bitcoin address); undefined when there is
   * nothing to fetch, or it has arrived or failed.
   */
  prepare?(value: string): Promise<unknown> | undefined;
}

/** Builds a provider with its value type checked. */
export const defineProvider = <T>(provider: Provider<T>): Provider<T> => provider;

/**
 * A payment that is a web page: its QR code holds the link, and there is nothing to copy. With the
 * amount and currency only when the link carries them.
 */
export const linkPayment = (url: string, amount: number | null = null, currency: string | null = null): Result<Payment> =>
  ok({ url, qr: url, copy: null, amount, currency });
