import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/index.js';
import { telHref } from '../../core/text/links.js';

/**
 * The calm note above the results when a query says the person is in danger now: who to call (the host's emergency
 * number, or the local one: none is assumed) and which services, listed first, can help right away. Nothing of it is
 * logged or sent.
 */
export function crisisNote(
  m: Messages,
  number: string | undefined,
  first: readonly string[],
  list: (items: readonly string[]) => string,
): TemplateResult {
  const tel = number ? telHref(number) : undefined;
  return html`<section part="crisis" class="crisis" role="note" aria-labelledby="crisis-title">
    <h2 id="crisis-title" class="crisis-title">${m.crisis.title}</h2>
    <p>
      ${
        number
          ? tel
            ? html`<a href=${tel} class="crisis-call">${m.crisis.call(number)}</a>`
            : m.crisis.call(number)
          : m.crisis.callLocal
      }
      ${first.length ? m.crisis.listed(list(first)) : nothing} ${m.crisis.notAlone}
    </p>
  </section>`;
}
