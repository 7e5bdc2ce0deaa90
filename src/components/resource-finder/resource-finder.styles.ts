import { css } from 'lit';

export const styles = css`
  .finder {
    display: grid;
    gap: calc(var(--rf-spacing, 1rem) * 1.25);
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(13rem, 17rem) minmax(0, 1fr);
    gap: calc(var(--rf-spacing, 1rem) * 2);
    align-items: start;
  }
  @media (max-width: 45rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
      gap: var(--rf-spacing, 1rem);
    }
  }
  .quick-exit {
    position: fixed;
    inset-block-start: 0.75rem;
    inset-inline-end: 0.75rem;
    z-index: 2147483000;
    display: grid;
    justify-items: center;
    gap: 0.1rem;
    min-width: 7rem;
    min-height: 3rem;
    padding: 0.5rem 1rem;
    border: 2px solid #fff;
    border-radius: var(--rf-radius, 0.5rem);
    background: var(--rf-color-exit, #a4161a);
    color: #fff;
    font-weight: 700;
    cursor: pointer;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.35);
  }
  .quick-exit-label {
    font-size: 1.05rem;
  }
  .quick-exit-hint {
    font-size: 0.75rem;
    font-weight: 500;
  }
  @media (forced-colors: active) {
    .quick-exit {
      border-color: ButtonText;
    }
  }
  .tools {
    align-items: flex-start;
    flex-wrap: wrap;
  }
  /* The open list takes the whole width, not a column beside an empty one. */
  rf-my-list[open] {
    flex-basis: 100%;
  }
  /* Quick exit hides the page at once, above an open dialog too (the top layer), in a neutral colour. */
  .exit-overlay {
    position: fixed;
    inset: 0;
    width: 100vw;
    height: 100vh;
    max-width: none;
    max-height: none;
    margin: 0;
    padding: 0;
    border: 0;
    background: Canvas;
  }
  .exit-overlay::backdrop {
    background: Canvas;
  }
  /* The note for a person in danger now: calm, first, and unmistakable. */
  .crisis {
    margin-block: 0.75rem;
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--rf-color-accent, light-dark(#0b6e4f, #6fd3a8));
    background: var(--rf-color-accent-soft, light-dark(#e7f4ee, #1d3b30));
    border-radius: var(--rf-radius, 0.5rem);
  }
  .crisis-title {
    font-size: 1.1rem;
    margin: 0 0 0.25rem;
  }
  .crisis p {
    margin: 0;
  }
  .crisis-call {
    font-weight: 700;
    color: var(--rf-color-link, light-dark(#0a58a8, #8cc2ff));
  }
  .quick-picks ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    list-style: none;
    padding: 0;
    margin: 0.75rem 0 0;
  }
  .did-you-mean {
    margin: 0.75rem 0 0;
    font-size: 1.05rem;
  }
  .answer-failed {
    margin: 0.75rem 0 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--rf-color-danger, light-dark(#b3261e, #ff8a80));
  }
  .did-you-mean .link,
  .answer-failed .link {
    font: inherit;
    font-weight: 700;
    padding: 0;
    border: 0;
    background: none;
    color: var(--rf-color-link, light-dark(#0a58a8, #8cc2ff));
    text-decoration: underline;
    cursor: pointer;
    min-height: 24px;
  }
`;
