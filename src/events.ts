/** The events `<tip-jar>` fires: their details, their types, and the one helper that fires them. */

/** Why the modal closed. */
export type CloseReason = 'close-button' | 'escape' | 'backdrop' | 'api';

export interface TipJarEventDetails {
  'tip-jar-open': Record<string, never>;
  'tip-jar-close': { reason: CloseReason };
  'tip-jar-select': { provider: string; url: string; amount: number | null; currency: string | null };
  'tip-jar-copy': { provider: string; value: string };
  'tip-jar-qr': { provider: string; payload: string };
  'tip-jar-amount': { amount: number | null; currency: string };
  /** `provider` is null for a shared setting such as `amount` or `currency`. */
  'tip-jar-error': { provider: string | null; attribute: string; value: string; message: string };
}

export type TipJarEventName = keyof TipJarEventDetails;

export type TipJarEventMap = {
  [K in TipJarEventName]: CustomEvent<TipJarEventDetails[K]>;
};

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface HTMLElementEventMap extends TipJarEventMap {}
}

/**
 * Fires a tip-jar event: bubbling, composed, cancelable only where the contract says so.
 * Returns false when a listener called preventDefault().
 */
export function emit<K extends TipJarEventName>(
  target: EventTarget,
  name: K,
  detail: TipJarEventDetails[K],
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}
