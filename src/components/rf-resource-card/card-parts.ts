/** Parts of a resource card every card draws: its heading at the level the page needs, and its dates. */
import { html, type TemplateResult } from 'lit';
import { dateTimeFormat } from '../../core/text/intl.js';

/** Heading levels a card's name can take. */
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;

/** The card's name as a heading of `level` (3 when the level is not one of {@link HEADING_LEVELS}). */
export function heading(level: number, content: unknown): TemplateResult {
  switch ((HEADING_LEVELS as readonly number[]).includes(level) ? level : 3) {
    case 2:
      return html`<h2 part="name" class="name" dir="auto">${content}</h2>`;
    case 4:
      return html`<h4 part="name" class="name" dir="auto">${content}</h4>`;
    case 5:
      return html`<h5 part="name" class="name" dir="auto">${content}</h5>`;
    case 6:
      return html`<h6 part="name" class="name" dir="auto">${content}</h6>`;
    default:
      return html`<h3 part="name" class="name" dir="auto">${content}</h3>`;
  }
}

/** Formats a feed date (YYYY-MM-DD, time optional) for people, without time-zone drift. */
export function formatDate(value: string, lang: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  try {
    return dateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  } catch {
    return value;
  }
}
