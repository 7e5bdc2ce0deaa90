import { css } from 'lit';

export const styles = css`
  :host {
    display: grid;
    justify-items: end;
    gap: 0.5rem;
  }
  .list-panel {
    justify-self: stretch;
    min-width: min(24rem, 100%);
    padding: 0.75rem 1rem;
    border: 1px solid var(--rf-color-border, light-dark(#d5dbe0, #3a444c));
    border-radius: var(--rf-radius, 0.5rem);
    background: var(--rf-color-surface, light-dark(#fff, #1c2125));
  }
  .list-panel[hidden] {
    display: none;
  }
  .list-panel h2 {
    font-size: 1.05rem;
    margin: 0 0 0.5rem;
  }
  .list-panel ul {
    list-style: none;
    margin: 0 0 0.5rem;
    padding: 0;
  }
  .list-panel li {
    display: grid;
    gap: 0.25rem;
    margin-block-end: 0.75rem;
  }
  .list-panel .remove {
    justify-self: end;
  }
  .note {
    display: grid;
    gap: 0.25rem;
    font-size: 0.9rem;
  }
  .list-actions,
  .list-share {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.5rem;
  }
`;
