import { css } from 'lit';

/**
 * Styles shared by every element. Tokens are read with fallbacks and never declared on :host, so a page sets
 * them once on any ancestor. Colours adapt to light and dark schemes.
 */
export const baseStyles = css`
  :host {
    display: block;
    color-scheme: light dark;
    font: var(--rf-font, inherit);
    color: var(--rf-color-text, light-dark(#1d2327, #e6e8ea));
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: 3px solid var(--rf-color-focus, light-dark(#1a5fb4, #8cb4ff));
    outline-offset: 2px;
  }
  button,
  select,
  input,
  textarea {
    font: inherit;
    color: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 2.5rem;
    min-width: 2.5rem;
    padding: 0.4rem 0.9rem;
    border: 1px solid var(--rf-color-accent, light-dark(#0b6e4f, #6fd3a8));
    border-radius: var(--rf-radius, 0.5rem);
    background: var(--rf-color-background, light-dark(#fff, #161a1d));
    color: var(--rf-color-accent-text, light-dark(#095c42, #8fe3bd));
    cursor: pointer;
    font-weight: 600;
    text-decoration: none;
  }
  .button:hover {
    background: var(--rf-color-accent-soft, light-dark(#e7f4ee, #1d3b30));
  }
  .button.primary {
    background: var(--rf-color-accent, light-dark(#0b6e4f, #6fd3a8));
    color: var(--rf-color-on-accent, light-dark(#fff, #0b1f17));
  }
  .button.primary:hover {
    filter: brightness(1.08);
  }
  /* Text inputs and selects outside forms: the share link, sort and radius selects. */
  .control {
    min-height: 2.5rem;
    padding: 0.3rem 0.5rem;
    border: 1px solid var(--rf-color-border-strong, light-dark(#6b7780, #8a969f));
    border-radius: var(--rf-radius, 0.5rem);
    background: var(--rf-color-background, light-dark(#fff, #161a1d));
  }
  .share-url {
    flex: 1 1 14rem;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    min-inline-size: 0;
  }
  legend {
    font-weight: 700;
    padding: 0;
    margin-block-end: 0.25rem;
  }
  /* A row of controls that wraps on narrow screens. */
  .row {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .link-button {
    min-height: 2.5rem;
    border: 0;
    background: none;
    color: var(--rf-color-link, light-dark(#0a58a8, #8cc2ff));
    text-decoration: underline;
    cursor: pointer;
  }
  .muted {
    color: var(--rf-color-muted, light-dark(#52606b, #a9b4bd));
  }
  mark {
    background: var(--rf-color-highlight, light-dark(#fff1a8, #5a4b00));
    color: inherit;
    border-radius: 2px;
    padding: 0 1px;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .button {
      border: 1px solid ButtonText;
    }
    mark {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
