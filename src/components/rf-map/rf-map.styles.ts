import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .map {
    height: var(--rf-map-height, 24rem);
    border: 1px solid var(--rf-color-border-strong, light-dark(#6b7780, #8a969f));
    border-radius: var(--rf-radius, 0.5rem);
    background: light-dark(#cccccc, #34373d);
    font: inherit;
  }
  @media (max-width: 40rem) {
    .map {
      height: var(--rf-map-height, 60vh);
    }
  }
  .frame {
    position: relative;
  }
  .search-area {
    position: absolute;
    z-index: 1000;
    inset-block-start: 0.75rem;
    inset-inline-start: 50%;
    translate: -50% 0;
    box-shadow: 0 1px 4px rgb(0 0 0 / 35%);
  }
  :host(:dir(rtl)) .search-area {
    translate: 50% 0;
  }
  .none {
    margin: 0.5rem 0 0;
  }
  .rf-pin,
  .rf-cluster,
  .rf-you {
    box-sizing: border-box;
    border-radius: 50%;
  }
  .rf-pin {
    border-radius: 50% 50% 50% 0;
    rotate: -45deg;
    background: var(--rf-color-accent, light-dark(#0b6e4f, #6fd3a8));
    border: 2px solid var(--rf-color-background, light-dark(#fff, #161a1d));
    box-shadow: 0 1px 3px rgb(0 0 0 / 40%);
    cursor: pointer;
  }
  .rf-pin.selected {
    background: var(--rf-color-focus, light-dark(#1a5fb4, #8cb4ff));
    scale: 1.35;
    translate: 0 -3px;
  }
  .rf-cluster {
    display: grid;
    place-items: center;
    background: var(--rf-color-accent, light-dark(#0b6e4f, #6fd3a8));
    color: var(--rf-color-on-accent, light-dark(#fff, #0b1f17));
    border: 3px solid var(--rf-color-background, light-dark(#fff, #161a1d));
    font-weight: 700;
    font-size: 0.875rem;
    cursor: pointer;
  }
  .rf-you {
    background: #1a73e8;
    border: 3px solid #fff;
    box-shadow: 0 0 0 2px rgb(26 115 232 / 35%);
  }
  .rf-pin:focus-visible,
  .rf-cluster:focus-visible {
    outline: 3px solid var(--rf-color-focus, light-dark(#1a5fb4, #8cb4ff));
    outline-offset: 3px;
  }
  .leaflet-container {
    font: inherit;
  }
  .leaflet-control-attribution {
    font-size: 0.75rem;
  }
`;
