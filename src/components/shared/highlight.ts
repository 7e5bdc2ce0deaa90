import { html, nothing, type TemplateResult } from 'lit';
import { highlight } from '../../core/text/fold.js';

/** Renders `text` with matched words in <mark>. Text is always rendered as text, never as HTML. */
export function renderHighlighted(
  text: string | undefined,
  terms: ReadonlySet<string>,
): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`${highlight(text, terms).map((s) => (s.match ? html`<mark>${s.text}</mark>` : s.text))}`;
}
