import { svg, type SVGTemplateResult } from 'lit';
import type { OptionRecord } from './options.js';

// Simple line icons drawn for this project (24×24, stroke), one per way of paying: no brand
// artwork, no requests.
const paths: Record<OptionRecord['action'], SVGTemplateResult> = {
  page: svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z"/>`,
  wallet: svg`<path d="M4 7.5A2.5 2.5 0 0 1 6.5 5H18v3"/><rect x="3.5" y="8" width="17" height="11" rx="2.5"/><circle cx="16" cy="13.5" r="1.2"/>`,
  bank: svg`<path d="M3 9.5 12 4l9 5.5M5 10v7M9.7 10v7M14.3 10v7M19 10v7M3.5 20h17"/>`,
  pix: svg`<path d="M12 3.5 20.5 12 12 20.5 3.5 12z"/><path d="M8.5 12h7"/>`,
  upi: svg`<rect x="4" y="4" width="6" height="6" rx="1"/><rect x="14" y="4" width="6" height="6" rx="1"/><rect x="4" y="14" width="6" height="6" rx="1"/><path d="M14 14h2v2h-2zM18 18h2v2h-2zM14 18h2M18 14h2"/>`,
  phone: svg`<rect x="7" y="2.5" width="10" height="19" rx="2.2"/><path d="M10.5 18.5h3"/>`,
  link: svg`<path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1"/><path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"/>`,
  text: svg`<rect x="5" y="3.5" width="14" height="17" rx="2"/><path d="M8.5 8.5h7M8.5 12h7M8.5 15.5h4"/>`,
};

/** The icon of an option's way of paying, hidden from assistive technology (the name says it). */
export const optionIcon = (action: OptionRecord['action']) =>
  svg`<svg class="glyph" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${paths[action]}</svg>`;
