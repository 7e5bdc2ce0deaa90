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
  form {
    position: relative;
  }
  .suggestions {
    position: absolute;
    inset-inline: 0;
    z-index: 2;
    margin: 0.25rem 0 0;
    padding: 0.25rem 0;
    list-style: none;
    background: var(--rf-color-surface, light-dark(#fff, #1c2125));
    border: 1px solid var(--rf-color-border-strong, light-dark(#6b7780, #8a969f));
    border-radius: var(--rf-radius, 0.5rem);
    box-shadow: 0 4px 12px light-dark(rgb(0 0 0 / 0.12), rgb(0 0 0 / 0.5));
  }
  .suggestions li {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    padding: 0.5rem 0.75rem;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .suggestions li.active,
  .suggestions li:hover {
    background: var(--rf-color-accent-soft, light-dark(#e7f4ee, #1d3b30));
    outline: 2px solid var(--rf-color-accent, light-dark(#0b6e4f, #6fd3a8));
    outline-offset: -2px;
  }
  .kind {
    color: var(--rf-color-muted, light-dark(#4d5b66, #a9b4bc));
    font-size: 0.875rem;
    white-space: nowrap;
  }
`;
