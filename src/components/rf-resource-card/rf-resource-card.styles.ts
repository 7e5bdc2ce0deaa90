import { css } from 'lit';

export const styles = css`
  .card {
    background: var(--rf-color-surface, light-dark(#fff, #1c2125));
    border: 1px solid var(--rf-color-border, light-dark(#d5dbe0, #3a444c));
    border-radius: var(--rf-radius, 0.5rem);
    padding: var(--rf-spacing, 1rem) calc(var(--rf-spacing, 1rem) * 1.25);
    box-shadow: 0 1px 2px light-dark(rgb(0 0 0 / 0.06), rgb(0 0 0 / 0.4));
    /* Feed text can hold words longer than any screen (a 300-character name without spaces): they wrap rather
       than widen the page. */
    overflow-wrap: anywhere;
    min-width: 0;
  }
  /* The name, organization and badges beside save, share and print; under them when the card is narrow. */
  .card {
    container-type: inline-size;
  }
  header {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    column-gap: 1rem;
    align-items: start;
  }
  header > :not(.actions) {
    grid-column: 1;
  }
  header > .actions {
    grid-column: 2;
    grid-row: 1 / span 3;
  }
  @container (max-width: 34rem) {
    header {
      grid-template-columns: minmax(0, 1fr);
    }
    header > .actions {
      grid-column: 1;
      grid-row: auto;
      margin-block-start: 0.5rem;
    }
  }
  .name {
    font-size: 1.15rem;
    line-height: 1.3;
    margin: 0;
  }
  .org {
    margin: 0.15rem 0 0;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    list-style: none;
    padding: 0;
    margin: 0.4rem 0 0;
  }
  .badge {
    font-size: 0.85rem;
    line-height: 1.2;
    padding: 0.2rem 0.55rem;
    border-radius: 999px;
    border: 1px solid var(--rf-color-border, light-dark(#d5dbe0, #3a444c));
  }
  .badge.open {
    background: light-dark(#dff3e6, #173826);
    border-color: light-dark(#7cc59a, #2f7a4f);
    font-weight: 600;
  }
  .badge.closed {
    background: light-dark(#f4f5f6, #262c31);
  }
  .badge.closed-temp {
    background: light-dark(#fdecea, #3a1c1a);
    border-color: var(--rf-color-danger, light-dark(#b3261e, #ff8a80));
    font-weight: 600;
  }
  .alert {
    margin: 0.75rem 0 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--rf-color-warning-border, light-dark(#e0b25c, #8a6a2a));
    background: light-dark(#fff8e6, #2f2712);
  }
  .badge.free {
    background: light-dark(#e5efff, #1b2c48);
    border-color: light-dark(#86a9e0, #3f5f96);
    font-weight: 600;
  }
  .description {
    margin: 0.5rem 0 0;
    line-height: 1.45;
  }
  /* Keep the line breaks written in the feed (and only those). */
  .description .text {
    white-space: pre-line;
  }
  .clamped {
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  /* One label column for every list of facts in the details, so that their values line up. */
  .facts {
    display: grid;
    grid-template-columns: 9.5rem minmax(0, 1fr);
    gap: 0.3rem 1rem;
    margin: 0.75rem 0 0;
  }
  @container (max-width: 26rem) {
    .facts {
      grid-template-columns: minmax(0, 1fr);
      gap: 0 0;
    }
    dd {
      margin-block-end: 0.4rem;
    }
  }
  .facts > div {
    display: contents;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .phone {
    display: inline-block;
    margin-inline-end: 0.75rem;
  }
  a {
    color: var(--rf-color-link, light-dark(#0a58a8, #8cc2ff));
    text-underline-offset: 0.15em;
    display: inline-block;
    min-height: 24px;
  }
  .details:not([hidden]) {
    margin-block-start: 0.5rem;
  }
  .block .label {
    font-size: 1rem;
    margin: 0.75rem 0 0.25rem;
  }
  .hours {
    border-collapse: collapse;
  }
  .hours th,
  .hours td {
    text-align: start;
    padding: 0.1rem 1rem 0.1rem 0;
    font-weight: normal;
    font-variant-numeric: tabular-nums;
  }
  .hours th {
    font-weight: 600;
  }
  .small {
    font-size: 0.875rem;
  }
  .stale {
    color: var(--rf-color-warning, light-dark(#8a4b00, #ffc680));
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  /* Save, share and print: quieter than the main actions, and one row on a phone. */
  .actions .button {
    min-height: 2.25rem;
    padding: 0.2rem 0.7rem;
    font-weight: 500;
    font-size: 0.9375rem;
  }
  .button[aria-pressed='true'] {
    background: var(--rf-color-accent-soft, light-dark(#e7f4ee, #1d3b30));
  }
  .share {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block-start: 0.75rem;
  }
  @media print {
    .card {
      box-shadow: none;
      break-inside: avoid;
    }
    .actions {
      display: none;
    }
  }
  .hours tr.today th,
  .hours tr.today td {
    font-weight: 700;
  }
  .today-mark {
    font-weight: 400;
  }
  .main-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.6rem;
  }
  /* Address and number at a glance, on one line where they fit. */
  .glance {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    margin: 0.4rem 0 0;
    font-size: 0.9375rem;
  }
  .glance .number {
    white-space: nowrap;
  }
  /* A phone number is read as a whole: it never breaks across lines. */
  a[href^='tel:'] {
    white-space: nowrap;
  }
`;
