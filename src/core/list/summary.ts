/** Saved resources as plain text for sharing and printing, and the link that opens them. Pure: no DOM. */
import { hoursByDay } from '../hours/hours.js';
import type { Resource, Weekday } from '../feed/schema.js';
import { addressLine } from '../text/fold.js';
import { encodeUrlState } from '../view/url-state.js';

/** Labels for the plain-text summary, in the visitor's language. */
export interface SummaryLabels {
  phone: string;
  address: string;
  website: string;
  email: string;
  hours: string;
  weekdays: Record<Weekday, string>;
}

/** One line of a printed or shared resource. */
export interface SummaryLine {
  label?: string;
  text: string;
}

/** What to print or share about a resource: name, organization, phones, address, hours, links. Never a confidential address. */
export function resourceSummary(
  r: Resource,
  labels: SummaryLabels,
): { title: string; lines: SummaryLine[] } {
  const lines: SummaryLine[] = [];
  if (r.organization) lines.push({ text: r.organization });
  for (const p of r.phones ?? [])
    lines.push({ label: labels.phone, text: p.label ? `${p.number} (${p.label})` : p.number });
  const address = addressLine(r);
  if (address) lines.push({ label: labels.address, text: address });
  if (r.hours?.weekly.length) {
    const days = hoursByDay(r.hours)
      .filter((d) => d.periods.length)
      .map(
        (d) =>
          `${labels.weekdays[d.day]} ${d.periods.map((p) => `${p.opens}–${p.closes}`).join(', ')}`,
      );
    lines.push({ label: labels.hours, text: days.join('; ') });
  }
  if (r.hours?.notes)
    lines.push({ label: r.hours.weekly.length ? undefined : labels.hours, text: r.hours.notes });
  if (r.website) lines.push({ label: labels.website, text: r.website });
  if (r.email) lines.push({ label: labels.email, text: r.email });
  return { title: r.name, lines };
}

/** The plain text of one or more resources, for an email or the clipboard. */
export function summaryText(resources: readonly Resource[], labels: SummaryLabels): string {
  return resources
    .map((r) => {
      const { title, lines } = resourceSummary(r, labels);
      return [title, ...lines.map((l) => (l.label ? `${l.label}: ${l.text}` : l.text))].join('\n');
    })
    .join('\n\n');
}

/** A link to the page that opens one resource (or shows a list of them). Other parameters of the page are kept. */
export function shareUrl(pageUrl: string, ids: readonly string[]): string {
  const url = new URL(pageUrl);
  const search = encodeUrlState(
    { query: '', filters: {}, ...(ids.length === 1 ? { open: ids[0] } : {}) },
    url.search,
  );
  const params = new URLSearchParams(search);
  params.delete('rf-list');
  if (ids.length > 1) params.set('rf-list', ids.join(','));
  const out = params.toString();
  return `${url.origin}${url.pathname}${out ? `?${out}` : ''}${url.hash}`;
}
