import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .status {
    padding: 1.25rem;
    border-radius: var(--rf-radius, 0.5rem);
    border: 1px solid var(--rf-color-border, light-dark(#d5dbe0, #3a444c));
  }
  .status + .status,
  .status + .problems {
    margin-block-start: 0.75rem;
  }
  .loading-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }
  .loading-row .loading {
    flex: 1;
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
`;
