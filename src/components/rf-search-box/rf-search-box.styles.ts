import { css } from 'lit';

export const styles = css`
  .label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.35rem;
  }
  .field {
    position: relative;
    display: flex;
    align-items: center;
  }
  .icon {
    position: absolute;
    inset-inline-start: 0.8rem;
    width: 1.25rem;
    height: 1.25rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    opacity: 0.7;
    pointer-events: none;
  }
  .icon:dir(rtl) {
    transform: scaleX(-1);
  }
  input {
    width: 100%;
    min-height: 3rem;
    padding-block: 0.6rem;
    padding-inline: 2.6rem 3rem;
    font-size: 1.0625rem;
    border: 2px solid var(--rf-color-border-strong, light-dark(#6b7780, #8a969f));
    border-radius: var(--rf-radius, 0.5rem);
    background: var(--rf-color-background, light-dark(#fff, #161a1d));
  }
  input:focus-visible {
    border-color: var(--rf-color-accent, light-dark(#0b6e4f, #6fd3a8));
  }
  input::-webkit-search-cancel-button {
    display: none;
  }
  .clear {
    position: absolute;
    inset-inline-end: 0.35rem;
    width: 2.5rem;
    height: 2.5rem;
    display: grid;
    place-items: center;
    border: 0;
    border-radius: var(--rf-radius, 0.5rem);
    background: transparent;
    cursor: pointer;
  }
  .clear svg {
    width: 1.1rem;
    height: 1.1rem;
    stroke: currentColor;
    stroke-width: 2.2;
    stroke-linecap: round;
  }
  .clear:hover {
    background: var(--rf-color-accent-soft, light-dark(#e7f4ee, #1d3b30));
  }
`;
