import { css } from 'lit';

export const styles = css`
  /* The field only bots fill: hidden by the attribute and here (no inline style, which a strict CSP blocks). */
  .honeypot {
    display: none !important;
  }
  form {
    display: grid;
    gap: 1rem;
  }
  .intro,
  .emergency {
    margin: 0;
  }
  .emergency {
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: 0.3rem;
    margin: 0;
  }
  label {
    font-weight: 600;
  }
  .hint,
  .small {
    margin: 0;
    font-size: 0.875rem;
    font-weight: normal;
  }
  input:not([type='radio'], [type='checkbox']),
  textarea,
  select {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.65rem;
    border: 2px solid var(--rf-color-border-strong, light-dark(#6b7780, #8a969f));
    border-radius: var(--rf-radius, 0.5rem);
    background: var(--rf-color-background, light-dark(#fff, #161a1d));
  }
  textarea {
    resize: vertical;
  }
  .invalid input:not([type='radio'], [type='checkbox']),
  .invalid textarea {
    border-color: var(--rf-color-danger, light-dark(#b3261e, #ff8a80));
  }
  .field-error {
    margin: 0;
    color: var(--rf-color-danger, light-dark(#b3261e, #ff8a80));
    font-weight: 600;
  }
  legend {
    font-weight: 600;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.55rem;
    font-weight: normal;
    min-height: 2rem;
    padding-block: 0.2rem;
    cursor: pointer;
  }
  .choice input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.1rem 0 0;
    flex: none;
    accent-color: var(--rf-color-accent, light-dark(#0b6e4f, #6fd3a8));
  }
  .consent {
    padding: 0.75rem;
    border-radius: var(--rf-radius, 0.5rem);
    background: var(--rf-color-accent-soft, light-dark(#e7f4ee, #1d3b30));
  }
  .summary,
  .panel {
    padding: 0.9rem 1rem;
    border-radius: var(--rf-radius, 0.5rem);
    border: 2px solid var(--rf-color-border, light-dark(#d5dbe0, #3a444c));
  }
  .summary {
    border-color: var(--rf-color-danger, light-dark(#b3261e, #ff8a80));
  }
  .summary h3 {
    margin: 0 0 0.4rem;
    font-size: 1.05rem;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
  .summary a {
    color: var(--rf-color-danger, light-dark(#b3261e, #ff8a80));
    font-weight: 600;
  }
  .failed {
    border-color: var(--rf-color-danger, light-dark(#b3261e, #ff8a80));
    background: light-dark(#fdf0ef, #3a1c1a);
  }
  .sent {
    border-color: var(--rf-color-accent, light-dark(#0b6e4f, #6fd3a8));
  }
  .panel p {
    margin: 0 0 0.5rem;
  }
  .panel h3 {
    margin: 0 0 0.4rem;
  }
  .reference strong {
    font-family: ui-monospace, monospace;
    font-size: 1.1em;
  }
  .submit {
    justify-self: start;
    min-width: 10rem;
  }
  .submit:disabled {
    opacity: 0.75;
    cursor: progress;
  }
  .spinner {
    width: 1rem;
    height: 1rem;
    border-radius: 50%;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
