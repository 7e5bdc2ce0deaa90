import { html, type TemplateResult } from 'lit';

/** What a disclosure button shows and controls. */
export interface Disclosure {
  /** The button's `part` name. */
  part: string;
  /** Extra classes besides `button`. */
  className?: string;
  /** Whether what it controls is shown. */
  open: boolean;
  /** Id of what it shows and hides. */
  controls: string;
  /** Its visible label. */
  label: unknown;
  onToggle: () => void;
}

/** A button that shows and hides a region, telling assistive technology which one and whether it is shown. */
export function disclosureButton(d: Disclosure): TemplateResult {
  return html`<button
    type="button"
    part=${d.part}
    class="button ${d.className ?? ''}"
    aria-expanded=${String(d.open)}
    aria-controls=${d.controls}
    @click=${d.onToggle}
  >
    ${d.label}
  </button>`;
}
