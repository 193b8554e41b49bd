import { css } from 'lit';

/** The dark theme's modal tokens (the trigger's are in tip-jar.styles.ts). */
const dark = css`
  --_background: var(--tip-jar-background, #16181d);
  --_surface: var(--tip-jar-surface, #21252c);
  --_text: var(--tip-jar-text, #eef1f4);
  --_muted: var(--tip-jar-muted, #b4bbc6);
  --_border: var(--tip-jar-border, #3a404a);
  --_warning: #ffc36b;
`;

export const modalStyles = css`
  :host {
    --_radius: var(--tip-jar-radius, 0.75rem);
    --_background: var(--tip-jar-background, #ffffff);
    --_surface: var(--tip-jar-surface, #f4f6f8);
    --_text: var(--tip-jar-text, #15181d);
    --_muted: var(--tip-jar-muted, #4b5362);
    --_border: var(--tip-jar-border, #d5dae1);
    --_warning: #8a4b00;
  }

  :host([theme='dark']) {
    ${dark}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }

  .dialog {
    box-sizing: border-box;
    width: min(40rem, calc(100vw - 2rem));
    max-width: none;
    max-height: calc(100dvh - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_background);
    color: var(--_text);
    font-family: var(--_font);
    font-size: 1rem;
    line-height: 1.45;
    box-shadow: 0 24px 64px rgb(0 0 0 / 0.28);
    overflow: hidden;
  }

  .dialog[open] {
    display: flex;
    flex-direction: column;
  }

  /* Laid out for an instant while closed, never painted: see warm() in modal.ts. */
  .dialog.warm:not([open]) {
    display: block;
    position: fixed;
    visibility: hidden;
    contain: strict;
  }

  /* One card has every face and size the others use. */
  .warm .option ~ .option,
  .head .options,
  .lines .value,
  .lines .actions {
    display: none;
  }

  .dialog::backdrop {
    background: rgb(12 14 18 / 0.6);
  }

  @media (prefers-reduced-motion: no-preference) {
    .dialog[open] {
      animation: tip-jar-in 160ms ease-out;
    }
  }

  @keyframes tip-jar-in {
    from {
      opacity: 0;
      transform: translateY(0.75rem);
    }
  }

  .sheet {
    flex: 1;
    overflow-y: auto;
    padding: 1.25rem 1.5rem 1.5rem;
  }

  .header {
    display: flex;
    align-items: flex-start;
    gap: 1rem;
  }

  .title {
    flex: 1;
    margin: 0.35rem 0 0;
    font-size: 1.375rem;
    line-height: 1.25;
    font-weight: 700;
  }

  .close {
    flex: none;
    display: grid;
    place-items: center;
    width: 2.75rem;
    height: 2.75rem;
    margin-inline-end: -0.5rem;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: var(--_muted);
    cursor: pointer;
  }

  .close:hover {
    background: var(--_surface);
    color: var(--_text);
  }

  .close svg {
    width: 1.25rem;
    height: 1.25rem;
    stroke: currentColor;
    stroke-width: 2.25;
    stroke-linecap: round;
    fill: none;
  }

  .lede {
    margin: 0.25rem 0 1rem;
    color: var(--_muted);
  }

  .amounts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: 1.25rem;
  }

  button,
  .open {
    box-sizing: border-box;
    font: inherit;
  }

  .amount,
  .copy,
  .reveal,
  .open {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.45rem 1rem;
    border-radius: 999px;
    font-weight: 600;
    font-size: 0.95rem;
    cursor: pointer;
    text-decoration: none;
  }

  .amount,
  .copy,
  .reveal {
    border: 1px solid var(--_border);
    background: var(--_background);
    color: var(--_text);
  }

  .amount {
    min-width: 4.5rem;
    font-variant-numeric: tabular-nums;
  }

  .amount[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
  }

  .open {
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
  }

  .amount:hover,
  .copy:hover,
  .reveal:hover,
  .open:hover {
    filter: brightness(1.06);
    border-color: var(--_accent);
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .options {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .option {
    display: flex;
    gap: 1rem;
    align-items: flex-start;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .body {
    flex: 1;
    min-width: 0;
  }

  .name {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0;
    font-size: 1.0625rem;
    font-weight: 700;
  }

  .glyph {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    fill: none;
    stroke: var(--_accent-strong, var(--_accent));
    stroke-width: 1.8;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .hint,
  .note {
    margin: 0.2rem 0 0;
    color: var(--_muted);
    font-size: 0.9rem;
  }

  .warning {
    margin: 0.5rem 0 0;
    padding-inline-start: 0.6rem;
    border-inline-start: 3px solid var(--_warning);
    color: var(--_text);
    font-size: 0.875rem;
  }

  .value {
    display: block;
    margin-top: 0.6rem;
    padding: 0.45rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_background);
    color: var(--_text);
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace;
    font-size: 0.8125rem;
    line-height: 1.4;
    overflow-wrap: anywhere;
    text-align: left;
    unicode-bidi: isolate;
    user-select: all;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }

  .qr {
    flex: none;
    width: var(--tip-jar-qr-size, 11rem);
    direction: ltr;
  }

  .qr-code {
    display: block;
    width: 100%;
    height: auto;
    border-radius: calc(var(--_radius) * 0.6);
    box-shadow: 0 0 0 1px var(--_border);
  }

  /* The plate a code is drawn on, a frame or two after opening, out of view. */
  .qr-pending {
    aspect-ratio: 1;
    background: #fff;
  }

  .too-long {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .status {
    margin: 0.75rem 0 0;
    min-height: 1.45em;
    color: var(--_muted);
    font-weight: 600;
    text-align: center;
  }

  .empty {
    color: var(--_muted);
  }

  .offscreen {
    position: fixed;
    inset-block-start: 0;
    inset-inline-start: -200vw;
    opacity: 0;
  }

  /* Phones: a full-width bottom sheet; each QR shows on request. */
  @media (max-width: 600px) {
    .dialog {
      width: 100vw;
      max-height: 92dvh;
      margin: auto 0 0;
      border-radius: calc(var(--_radius) * 1.5) calc(var(--_radius) * 1.5) 0 0;
      border-width: 1px 0 0;
    }

    .sheet {
      padding: 1rem 1rem 1.5rem;
    }

    .option {
      flex-direction: column;
      align-items: stretch;
    }

    .qr {
      align-self: center;
      width: min(var(--tip-jar-qr-size, 15rem), 100%);
    }
  }
`;
