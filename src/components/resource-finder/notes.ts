import { html, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/index.js';

/** "Did you mean food bank?" when nothing matches and the directory has words close to the query's. */
export function didYouMeanNote(
  m: Messages,
  query: string,
  pick: (query: string) => void,
): TemplateResult {
  return html`<p part="did-you-mean" class="did-you-mean">
    ${m.didYouMean}
    <button type="button" class="link" @click=${() => pick(query)}>
      <span dir="auto">${query}</span></button
    >?
  </p>`;
}

/**
 * Said when what is shown cannot follow the view, with "Try again": the directory (a server down, a lost connection)
 * could not answer, and the results shown are the last ones it gave; or what draws the results (a file of its own,
 * see `results-elements.ts`) could not be loaded.
 */
export function retryNote(m: Messages, said: string, retry: () => void): TemplateResult {
  return html`<p part="answer-failed" class="answer-failed" role="alert">
    ${said}
    <button type="button" class="link" @click=${retry}>${m.retry}</button>
  </p>`;
}

/** The common needs, offered before anything is typed: each searches for itself. */
export function quickPicksNav(
  m: Messages,
  names: readonly string[],
  pick: (query: string) => void,
): TemplateResult {
  return html`<nav part="quick-picks" class="quick-picks" aria-label=${m.quickPicksLabel}>
    <ul role="list">
      ${names.map(
        (name) =>
          html`<li>
            <button type="button" class="button" @click=${() => pick(name)}>${name}</button>
          </li>`,
      )}
    </ul>
  </nav>`;
}
