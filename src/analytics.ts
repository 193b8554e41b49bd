/**
 * Opt-in forwarding of the widget's events to analytics the page already runs, and to the site's
 * own endpoint. Nothing is sent unless the site set `analytics` or `beacon`, and only to tools
 * already on the page: this module loads nothing and adds no tracker.
 */
import type { TipJarEventDetails } from './events.js';

type Detail = TipJarEventDetails[keyof TipJarEventDetails];
type Sink = (name: string, detail: Record<string, unknown>) => void;

// The globals each tool defines on the page (their documented JavaScript APIs).
interface AnalyticsWindow {
  gtag?: (command: 'event', name: string, params: Record<string, unknown>) => void;
  dataLayer?: unknown[];
  plausible?: (name: string, options: { props: Record<string, unknown> }) => void;
  _paq?: unknown[][];
  umami?: { track: (name: string, data: Record<string, unknown>) => void };
  fathom?: { trackEvent: (name: string, options?: { _value?: number }) => void };
}

const w = window as unknown as AnalyticsWindow;

/** Scalar fields only: analytics tools take flat properties. */
function flat(detail: Record<string, unknown>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(detail)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[key] = value;
  }
  return out;
}

/** Each tool by the name a site writes in `analytics`. */
export const sinks: Record<string, Sink> = {
  // GA4: event names use underscores.
  gtag: (name, detail) => w.gtag?.('event', name.replace(/-/g, '_'), flat(detail)),
  gtm: (name, detail) => w.dataLayer?.push({ event: name, ...flat(detail) }),
  plausible: (name, detail) => w.plausible?.(name, { props: flat(detail) }),
  matomo: (name, detail) => w._paq?.push(['trackEvent', 'tip-jar', name.replace(/^tip-jar-/, ''), String(detail.provider ?? detail.reason ?? ''), ...(typeof detail.amount === 'number' ? [detail.amount] : [])]),
  umami: (name, detail) => w.umami?.track(name, flat(detail)),
  fathom: (name, detail) => w.fathom?.trackEvent(name, typeof detail.amount === 'number' ? { _value: Math.round(detail.amount * 100) } : undefined),
};

/** The beacon URL if it is https (or same-origin relative), else null. */
export function beaconUrl(value: string): string | null {
  try {
    const url = new URL(value, location.href);
    return url.protocol === 'https:' || url.origin === location.origin ? url.href : null;
  } catch {
    return null;
  }
}

export function forward(name: string, detail: Detail, analytics: string, beacon: string): void {
  const data = detail as Record<string, unknown>;
  for (const tool of analytics.toLowerCase().split(/[\s,]+/)) {
    try {
      sinks[tool]?.(name, data);
    } catch {
      // A broken analytics snippet on the page must not break the widget.
    }
  }
  const url = beacon ? beaconUrl(beacon) : null;
  if (url && 'sendBeacon' in navigator) {
    navigator.sendBeacon(url, new Blob([JSON.stringify({ event: name, detail, time: new Date().toISOString() })], { type: 'application/json' }));
  }
}
