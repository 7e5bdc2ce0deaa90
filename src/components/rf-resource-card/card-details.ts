/**
 * A card's full details, drawn when a visitor opens them: where and how to reach it, its opening hours, who it is for
 * and how to get it. A file of its own in the drop-in, loaded when a first card is opened: most cards are only ever
 * seen closed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Resource } from '../../core/feed/schema.js';
import { hoursByDay, weekdayAt } from '../../core/hours/hours.js';
import { clockTime, zoneName } from '../../core/text/format.js';
import { localTimeZone } from '../../core/text/intl.js';
import { addressLine, localized } from '../../core/text/fold.js';
import { mailtoHref, safeHref, telHref } from '../../core/text/links.js';
import { languageName, valueLabel, type Messages } from '../../i18n/index.js';

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

/** The card's full details: where and how to reach it, its hours, who it is for and how to get it. */
export function detailsBlock(
  r: Resource,
  m: Messages,
  lang: string,
  now: Date,
  locale: { list(items: readonly string[]): string },
): TemplateResult {
  const address = addressLine(r);
  const website = safeHref(r.website);
  const email = r.email ? mailtoHref(r.email) : undefined;
  const e = r.eligibility;
  const list = (items: readonly string[]) => locale.list(items);
  return html`
    <dl class="facts">
      ${fact(m.address, address ? html`<bdi>${address}</bdi>` : undefined)}
      ${fact(
        m.phone,
        r.phones?.length
          ? r.phones.map((p) => {
              const href = telHref(p.number);
              return html`<span class="phone"
                >${href ? html`<a href=${href} dir="ltr">${p.number}</a>` : html`<span dir="ltr">${p.number}</span>`}${p.label ? html` <span class="muted">(${p.label})</span>` : nothing}</span
              >`;
            })
          : undefined,
      )}
      ${fact(
        m.website,
        website
          ? html`<a
              href=${website}
              rel="noopener noreferrer"
              referrerpolicy="no-referrer"
              target="_blank"
              dir="ltr"
              >${new URL(website).host}</a
            >`
          : undefined,
      )}
      ${fact(m.email, email ? html`<a href=${email} dir="ltr">${r.email}</a>` : undefined)}
      ${fact(m.languages, r.languages?.length ? list(r.languages.map((l) => languageName(l, lang))) : undefined)}
    </dl>
    ${hoursBlock(r, m, lang, now)}
    <dl class="facts">
      ${fact(m.accessibility, r.accessibility?.length ? list(r.accessibility.map((a) => valueLabel(a, m))) : undefined)}
      ${fact(
        m.cost,
        r.cost && `${r.cost.free ? m.free : m.notFree}${r.cost.text ? ` — ${r.cost.text}` : ''}`,
      )}
      ${fact(
        m.eligibility,
        e &&
          [
            e.text,
            e.minAge !== undefined || e.maxAge !== undefined ? m.ages(e.minAge, e.maxAge) : '',
            ...(e.audiences ?? []).map((a) => valueLabel(a, m)),
          ]
            .filter(Boolean)
            .join(' · '),
      )}
      ${fact(m.howToApply, r.applicationProcess)} ${fact(m.serviceArea, r.serviceArea)}
      ${fact(m.groupLabels.delivery, r.delivery?.length ? list(r.delivery.map((d) => m.delivery[d] ?? d)) : undefined)}
    </dl>
  `;
}
