import { css } from 'lit';

export const styles = css`
  :host {
    display: contents;
  }
  .dialog {
    width: min(42rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    padding: calc(var(--rf-spacing, 1rem) * 1.25);
    border: 1px solid var(--rf-color-border, light-dark(#d5dbe0, #3a444c));
    border-radius: var(--rf-radius, 0.5rem);
    background: var(--rf-color-surface, light-dark(#fff, #1c2125));
    color: inherit;
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 1rem;
    margin-block-end: 0.75rem;
  }
  .dialog-head h2 {
    margin: 0;
    font-size: 1.25rem;
  }
`;
