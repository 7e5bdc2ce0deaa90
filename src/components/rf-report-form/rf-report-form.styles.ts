import { css } from 'lit';

export const styles = css`
  form {
    display: grid;
    gap: 0.6rem;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    display: grid;
    gap: 0.1rem;
  }
  legend,
  .label {
    font-weight: 600;
    margin-block-end: 0.3rem;
  }
  p {
    margin: 0;
  }
  .small {
    font-size: 0.875rem;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.55rem;
    min-height: 2.2rem;
    cursor: pointer;
  }
  .choice input {
    width: 1.4rem;
    height: 1.4rem;
    margin: 0;
    flex: none;
    accent-color: var(--rf-color-accent, light-dark(#0b6e4f, #6fd3a8));
  }
  textarea {
    width: 100%;
    min-height: 4.5rem;
    padding: 0.5rem 0.65rem;
    border: 2px solid var(--rf-color-border-strong, light-dark(#6b7780, #8a969f));
    border-radius: var(--rf-radius, 0.5rem);
    background: var(--rf-color-background, light-dark(#fff, #161a1d));
    color: inherit;
    font: inherit;
    resize: vertical;
  }
  [aria-invalid='true'] textarea,
  textarea[aria-invalid='true'] {
    border-color: var(--rf-color-danger, light-dark(#b3261e, #ff8a80));
  }
  .error {
    color: var(--rf-color-danger, light-dark(#b3261e, #ff8a80));
    font-weight: 600;
  }
  .panel {
    padding: 0.8rem 1rem;
    border-radius: var(--rf-radius, 0.5rem);
    border: 2px solid var(--rf-color-accent, light-dark(#0b6e4f, #6fd3a8));
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .panel h3 {
    margin: 0;
    font-size: 1.05rem;
  }
  .failed {
    border-color: var(--rf-color-danger, light-dark(#b3261e, #ff8a80));
    background: light-dark(#fdf0ef, #3a1c1a);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
`;
