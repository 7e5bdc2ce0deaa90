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
  .status {
    padding: 1.25rem;
    border-radius: var(--rf-radius, 0.5rem);
    border: 1px solid var(--rf-color-border, light-dark(#d5dbe0, #3a444c));
  }
  .loading {
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }
  .spinner {
    width: 1.25rem;
    height: 1.25rem;
    border-radius: 50%;
    border: 3px solid var(--rf-color-accent-soft, light-dark(#cfe9dc, #1d3b30));
    border-block-start-color: var(--rf-color-accent, light-dark(#0b6e4f, #6fd3a8));
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .error {
    border-color: var(--rf-color-danger, light-dark(#b3261e, #ff8a80));
    background: light-dark(#fdf0ef, #3a1c1a);
  }
  .error-title {
    font-weight: 700;
    margin: 0 0 0.25rem;
  }
  .small {
    font-size: 0.875rem;
  }
  .problems {
    padding: 0.75rem 1rem;
    border-radius: var(--rf-radius, 0.5rem);
    border: 1px solid var(--rf-color-warning-border, light-dark(#e0b25c, #8a6a2a));
    background: light-dark(#fff8e6, #2f2712);
  }
  .problems p {
    margin: 0;
  }
  .problem-list {
    margin-block: 0.5rem;
    font-size: 0.875rem;
  }
  .problem-list summary {
    cursor: pointer;
    min-height: 24px;
  }
  .problem-list ul {
    max-height: 12rem;
    overflow: auto;
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
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
  .where {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .where .pin {
    width: 1.1rem;
    height: 1.1rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  .where select {
    margin-inline-start: 0.4rem;
  }
  .link-button {
    min-height: 2.5rem;
    border: 0;
    background: none;
    color: var(--rf-color-link, light-dark(#0a58a8, #8cc2ff));
    text-decoration: underline;
    cursor: pointer;
  }
  .where-status {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.875rem;
  }
  .where-status:empty {
    display: none;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: flex-start;
    gap: 0.75rem 1rem;
  }
  .my-list {
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
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
  }
  .list-actions,
  .list-share {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.5rem;
  }
`;
