/** Parts of a resource card as templates: its heading at the level the page needs, and its opening hours. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Resource } from '../../core/feed/schema.js';
import { hoursByDay, weekdayAt } from '../../core/hours/hours.js';
import { clockTime, zoneName } from '../../core/text/format.js';
import { localTimeZone } from '../../core/text/intl.js';
import { localized } from '../../core/text/fold.js';
import type { Messages } from '../../i18n/index.js';

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

/** One fact of a card (a term and its description), or nothing when there is nothing to say. */
export function fact(label: string, value: unknown, dir?: 'auto'): TemplateResult | typeof nothing {
  if (value === undefined || value === null || value === '' || value === false) return nothing;
  return html`<div>
    <dt>${label}</dt>
    <dd dir=${dir ?? nothing}>${value}</dd>
  </div>`;
}

/**
 * The opening hours, day by day on the visitor's clock, today marked, with the time zone they are in (by name, and
 * only when it is not the visitor's own) and the feed's notes.
 */
export function hoursBlock(
  r: Resource,
  m: Messages,
  lang: string,
  now: Date,
): TemplateResult | typeof nothing {
  if (!r.hours) return nothing;
  // The notes in the visitor's language where the feed gives them (translations.<lang>.hoursNotes).
  const notes = localized(r, lang).hoursNotes;
  const today = weekdayAt(now, r.hours.timezone);
  const ownZone = localTimeZone();
  return html`<div class="block">
    <h4 class="label">${m.hoursHeading}</h4>
    ${
      r.hours.weekly.length
        ? html`<table class="hours">
              <tbody>
                ${hoursByDay(r.hours).map(
                  ({ day, periods }) =>
                    html`<tr
                      class=${day === today ? 'today' : ''}
                      aria-current=${day === today ? 'date' : nothing}
                    >
                      <th scope="row">
                        ${m.weekdays[day]}${day === today ? html` <span class="today-mark">(${m.today})</span>` : nothing}
                      </th>
                      <td>
                        ${
                          periods.length
                            ? periods
                                .map(
                                  (p) => `${clockTime(p.opens, lang)}–${clockTime(p.closes, lang)}`,
                                )
                                .join(', ')
                            : m.closedDay
                        }
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
            ${
              r.hours.timezone !== ownZone
                ? html`<p class="muted small">
                    ${m.timezoneNote(zoneName(r.hours.timezone, lang, now))}
                  </p>`
                : nothing
            }`
        : nothing
    }
    ${notes ? html`<p dir="auto">${notes}</p>` : nothing}
  </div>`;
}
