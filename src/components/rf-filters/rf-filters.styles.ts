import { css } from 'lit';

export const styles = css`
  .top {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .heading {
    font-size: 1.125rem;
    margin: 0 0 0.5rem;
  }
  .toggle,
  .show-results {
    display: none;
  }
  .group {
    border-block-start: 1px solid var(--rf-color-border, light-dark(#d5dbe0, #3a444c));
    padding: 0.75rem 0 0.5rem;
  }
  .options {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .options li {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2rem;
  }
  input[type='checkbox'] {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--rf-color-accent, light-dark(#0b6e4f, #6fd3a8));
    flex: none;
  }
  label {
    display: flex;
    flex: 1;
    justify-content: space-between;
    gap: 0.5rem;
    padding-block: 0.2rem;
    cursor: pointer;
    /* A category named with one endless word wraps instead of widening the page. */
    overflow-wrap: anywhere;
  }
  input:disabled + label {
    cursor: default;
    opacity: 0.75;
  }
  .count {
    font-variant-numeric: tabular-nums;
    font-size: 0.9em;
  }
  .more {
    margin-block-start: 0.25rem;
    min-height: 2rem;
    min-width: 2.5rem;
    border: 0;
    background: none;
    color: var(--rf-color-accent-text, light-dark(#095c42, #8fe3bd));
    font-weight: 600;
    cursor: pointer;
    text-decoration: underline;
  }
  .active {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5rem;
    margin-block-end: 0.75rem;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2rem;
    padding: 0.2rem 0.7rem;
    border: 1px solid var(--rf-color-accent, light-dark(#0b6e4f, #6fd3a8));
    border-radius: 999px;
    background: var(--rf-color-accent-soft, light-dark(#e7f4ee, #1d3b30));
    cursor: pointer;
  }
  .chip .x {
    font-size: 1.2em;
    line-height: 1;
  }
  .clear-all {
    min-height: 2rem;
    padding-block: 0.2rem;
  }
  @media (max-width: 45rem) {
    .toggle {
      display: inline-flex;
    }
    .heading {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .groups {
      margin-block-start: 0.75rem;
    }
    .groups:not(.open) {
      display: none;
    }
    /* On a small screen the results are below the filters: a way back to them when done. */
    .show-results {
      display: block;
      width: 100%;
      margin-block-start: 1rem;
    }
  }
  /* Category levels, by class (no inline style: strict CSP). */
  .depth-1 {
    margin-inline-start: 1.1rem;
  }
  .depth-2 {
    margin-inline-start: 2.2rem;
  }
  .depth-3 {
    margin-inline-start: 3.3rem;
  }
  .depth-4 {
    margin-inline-start: 4.4rem;
  }
  .group-search {
    width: 100%;
    margin-block: 0.25rem 0.5rem;
  }
  .children {
    flex: none;
    min-width: 2.75rem;
    min-height: 1.5rem;
    padding: 0 0.35rem;
    border: 1px solid var(--rf-color-border, light-dark(#d5dbe0, #3a444c));
    border-radius: var(--rf-radius, 0.5rem);
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 0.85rem;
    cursor: pointer;
  }
  /* The arrow points along the reading direction. */
  .children span:dir(rtl) {
    display: inline-block;
    transform: scaleX(-1);
  }
`;
