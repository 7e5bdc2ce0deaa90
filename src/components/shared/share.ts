/** Printing and sharing resources: DOM and browser APIs over the pure summary in core/list. */
import { html, type TemplateResult } from 'lit';
import {
  resourceSummary,
  shareUrl,
  summaryText,
  type SummaryLabels,
} from '../../core/list/summary.js';
import type { Resource } from '../../core/feed/schema.js';
import type { Messages } from '../../i18n/index.js';

/** Labels for summaries, from a catalogue. */
export function summaryLabels(m: Messages): SummaryLabels {
  return {
    phone: m.phone,
    address: m.address,
    website: m.website,
    email: m.email,
    hours: m.hoursHeading,
    weekdays: m.weekdays,
  };
}

/** The print stylesheet: the summary alone, readable on paper. */
const PRINT_CSS = `
  body { font: 12pt/1.45 system-ui, sans-serif; color: #000; margin: 0; }
  article { break-inside: avoid; padding: 0 0 10pt; margin: 0 0 10pt; border-bottom: 1px solid #999; }
  h1 { font-size: 13pt; margin: 0 0 3pt; }
  p { margin: 0; }
  .label { font-weight: 600; }
  @page { margin: 15mm; }
`;

/** Fills `doc` with the printable summary of `resources` (text only: feed text is never HTML). */
export function writePrintDocument(
  doc: Document,
  resources: readonly Resource[],
  m: Messages,
  lang: string,
  dir: 'ltr' | 'rtl',
  /** A note per resource id, printed under it (never sent or stored). */
  notes?: ReadonlyMap<string, string>,
): void {
  doc.documentElement.lang = lang;
  doc.documentElement.dir = dir;
  doc.title = resources.length === 1 ? resources[0]!.name : m.list.listSubject;
  // A constructed stylesheet: a strict Content-Security-Policy (style-src without 'unsafe-inline') blocks a <style>.
  const view = doc.defaultView;
  if (view && 'adoptedStyleSheets' in doc) {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(PRINT_CSS);
    doc.adoptedStyleSheets = [sheet];
  } else {
    const style = doc.createElement('style');
    style.textContent = PRINT_CSS;
    doc.head.append(style);
  }
  for (const r of resources) {
    const { title, lines } = resourceSummary(r, summaryLabels(m));
    const article = doc.createElement('article');
    const h = doc.createElement('h1');
    h.textContent = title;
    article.append(h);
    for (const line of lines) {
      const p = doc.createElement('p');
      if (line.label) {
        const label = doc.createElement('span');
        label.className = 'label';
        label.textContent = `${line.label}: `;
        p.append(label);
      }
      p.append(doc.createTextNode(line.text));
      article.append(p);
    }
    const note = notes?.get(r.id)?.trim();
    if (note) {
      const p = doc.createElement('p');
      p.className = 'note';
      const label = doc.createElement('span');
      label.className = 'label';
      label.textContent = `${m.list.note}: `;
      p.append(label, doc.createTextNode(note));
      article.append(p);
    }
    doc.body.append(article);
  }
}

/**
 * Prints `resources` without the page around them: the summary goes into a temporary, invisible iframe, which is
 * printed and removed. Returns the iframe (for tests and hosts that want to look).
 */
export function printResources(
  resources: readonly Resource[],
  m: Messages,
  lang: string,
  dir: 'ltr' | 'rtl',
  notes?: ReadonlyMap<string, string>,
): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.dataset.rfPrint = '';
  frame.style.cssText =
    'position:fixed;inset-inline-start:-10000px;width:800px;height:600px;border:0;';
  document.body.append(frame);
  const doc = frame.contentDocument!;
  writePrintDocument(doc, resources, m, lang, dir, notes);
  const win = frame.contentWindow!;
  win.addEventListener('afterprint', () => setTimeout(() => frame.remove(), 0), { once: true });
  win.focus();
  win.print();
  setTimeout(() => frame.remove(), 60_000);
  return frame;
}

/** What sharing `resources` offers: a link, a text, and a prefilled email. */
export function shareData(
  resources: readonly Resource[],
  m: Messages,
): { title: string; text: string; url: string; mailto: string } {
  const url = shareUrl(
    location.href,
    resources.map((r) => r.id),
  );
  const title =
    resources.length === 1 ? m.list.shareSubject(resources[0]!.name) : m.list.listSubject;
  const text = summaryText(resources, summaryLabels(m));
  const mailto = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${text}\n\n${url}`)}`;
  return { title, text, url, mailto };
}

/**
 * Shares through the system share sheet (Web Share API) where the browser has one. Returns false when it has none or
 * the visitor cancelled, so the caller can offer a link and an email instead.
 */
export async function shareNatively(resources: readonly Resource[], m: Messages): Promise<boolean> {
  if (typeof navigator.share !== 'function') return false;
  const { title, text, url } = shareData(resources, m);
  try {
    await navigator.share({ title, text, url });
    return true;
  } catch {
    return false;
  }
}

/** Copies `url`; without clipboard access, selects it in `input` so the visitor can copy it. True when copied. */
export async function copyLink(url: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(url);
    return true;
  } catch {
    input?.select();
    return false;
  }
}

/**
 * The ways to share when there is no system share sheet: the link (selectable), a button to copy it, a prefilled
 * email, and a status saying it was copied. `onCopied` receives whether the copy worked.
 */
export function sharePanel(
  data: { url: string; mailto: string },
  m: Messages,
  options: {
    className: string;
    part: string;
    copied: boolean;
    onCopied: (copied: boolean) => void;
  },
): TemplateResult {
  const copy = async (e: Event) => {
    const input = (e.currentTarget as HTMLElement).parentElement?.querySelector('input') ?? null;
    options.onCopied(await copyLink(data.url, input));
  };
  return html`<div class=${options.className} part=${options.part}>
    <input
      class="control share-url"
      readonly
      .value=${data.url}
      aria-label=${m.list.copyLink}
      dir="ltr"
    />
    <button type="button" class="button" @click=${copy}>${m.list.copyLink}</button>
    <a class="button" href=${data.mailto}>${m.list.emailIt}</a>
    <span role="status" class="muted">${options.copied ? m.list.linkCopied : ''}</span>
  </div>`;
}
