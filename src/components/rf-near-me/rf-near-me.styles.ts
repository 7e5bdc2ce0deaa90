import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .where {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .pin {
    width: 1.1rem;
    height: 1.1rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  select {
    margin-inline-start: 0.4rem;
  }
  .where-status {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.875rem;
  }
  .where-status:empty {
    display: none;
  }
`;
