import { css } from 'lit';

export const styles = css`
  .header {
    align-items: flex-end;
    margin-block-end: 0.75rem;
  }
  .heading {
    font-size: 1.125rem;
    margin: 0;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: 3px solid var(--rf-color-focus, light-dark(#1a5fb4, #8cb4ff));
  }
  .count {
    margin: 0.15rem 0 0;
    font-weight: 600;
  }
  .sort {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--rf-spacing, 1rem);
  }
  .more {
    display: flex;
    justify-content: center;
    margin-block-start: var(--rf-spacing, 1rem);
  }
  .empty {
    padding: 2rem 1rem;
    text-align: center;
    border: 1px dashed var(--rf-color-border, light-dark(#d5dbe0, #3a444c));
    border-radius: var(--rf-radius, 0.5rem);
  }
  .empty-title {
    font-size: 1.125rem;
    font-weight: 700;
    margin: 0 0 0.25rem;
  }
`;
