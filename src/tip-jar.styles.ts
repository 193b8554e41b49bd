import { css } from 'lit';

/** The dark theme's trigger tokens, for `theme="dark"` and for `auto` in a dark colour scheme. */
const dark = css`
  --_accent: var(--tip-jar-accent, #4fc79b);
  --_accent-text: var(--tip-jar-accent-text, #06241a);
  --_focus: var(--tip-jar-focus, #8cb8ff);
  color-scheme: dark;
`;

/**
 * The trigger: what every page view pays for. The modal's styles, with the rest of the theme's
 * tokens, load with its code (modal.styles.ts).
 */
export const styles = css`
  :host {
    --_font: var(--tip-jar-font, inherit);
    --_accent: var(--tip-jar-accent, #0b6e4f);
    --_accent-text: var(--tip-jar-accent-text, #fff);
    --_focus: var(--tip-jar-focus, #1b5fd1);
    display: inline-block;
    font-family: var(--_font);
    color-scheme: light;
  }

  :host([theme='dark']) {
    ${dark}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }

  /* Floating, the element takes no room in the text: inline, as before its script ran (an
     inline-block, even empty, would add the space after it or move its line). */
  :host([floating]) {
    display: inline;
  }

  :host([hidden]) {
    display: none;
  }

  .trigger {
    display: flex;
    place-content: center;
    align-items: center;
    min-width: inherit;
    gap: 0.5em;
    min-height: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 0.95rem 1.15rem;
    border: 0;
    border-radius: 9em;
    background: var(--_accent);
    color: var(--_accent-text);
    font: inherit;
    font-weight: 600;
    font-size: 1rem;
    line-height: 1.2;
    cursor: pointer;
    box-shadow: 0 1px 2px #0000001f, 0 2px 8px #00000014; /* black at 12% and 8% */
  }

  .trigger:hover {
    filter: brightness(1.08);
  }

  .trigger:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .icon {
    width: 1.15em;
    height: 1.15em;
    fill: currentColor;
    flex: none;
  }

  /* Floating: the bottom inline-end corner by default (bottom left in right-to-left pages), above
     the phone's home indicator; set --tip-jar-float-inline-start (and the end one to auto) for the
     other side, or raise --tip-jar-float-block above the page's own corner controls. */
  :host([floating]) .trigger {
    position: fixed;
    inset-block-end: calc(var(--tip-jar-float-block, 1.25rem) + env(safe-area-inset-bottom, 0px));
    inset-inline-end: var(--tip-jar-float-inline, 1.25rem);
    inset-inline-start: var(--tip-jar-float-inline-start, auto);
    z-index: var(--tip-jar-z-index, 2147483000);
    box-shadow: 0 4px 14px #00000038; /* black at 22% */
  }

  .fallback {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
    font-size: 0.95rem;
  }

  .fallback a {
    color: inherit;
  }
`;
