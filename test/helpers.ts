/** Helpers for element tests: reach into open shadow roots the way a visitor's assistive technology would. */
import { oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import type { ResourceFinder, RfFeedErrorEvent, RfFeedLoadEvent } from '../src/index.js';

export const fixture = (name: string): string =>
  new URL(`./fixtures/${name}`, import.meta.url).href;

/** The first element matching `selector` in `el`'s shadow root. */
export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

/** Every element matching `selector` in `el`'s shadow root. */
export function $$<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...(el.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/**
 * The text a sighted visitor sees in an element: its rendered text (`innerText`: nothing hidden by CSS, `hidden` or
 * a closed `<details>`), with white space folded, or '' when the element itself is not shown. Not `textContent`,
 * which counts text that is never displayed.
 */
export function seen(el: Element): string {
  const shown = el as HTMLElement;
  return shown.checkVisibility() ? shown.innerText.replace(/\s+/g, ' ').trim() : '';
}

/** Every text shown in a node and the open shadow roots within it, in order (for checks across a whole finder). */
export function seenDeep(node: Node): string {
  let out = '';
  if (node instanceof Element && node.shadowRoot) out += seenDeep(node.shadowRoot);
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      if (child.parentElement?.checkVisibility()) out += child.nodeValue;
    } else out += seenDeep(child);
  }
  return out;
}

interface AccessibilityNode {
  role: string;
  name?: string;
  children?: AccessibilityNode[];
}

/** The accessible names of every node of `role` on the page, from the browser's own accessibility tree. */
export async function accessibleNames(role: string): Promise<string[]> {
  const root = (await a11ySnapshot({})) as unknown as AccessibilityNode;
  const names: string[] = [];
  const walk = (node: AccessibilityNode): void => {
    if (node.role === role && node.name) names.push(node.name);
    node.children?.forEach(walk);
  };
  walk(root);
  return names;
}

/** The element focused now, through shadow roots (what a screen reader is on). */
export function deepActiveElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** A finder's status part: loading, errors and notes about the data (`rf-feed-status`). */
export function feedStatus(finder: Element): HTMLElement {
  return $(finder, 'rf-feed-status');
}

/** The finder's loading or error message as a visitor sees it ('' when there is none). */
export function statusText(finder: Element): string {
  const part = feedStatus(finder).shadowRoot?.querySelector('[part="status"]');
  return part ? seen(part) : '';
}

/** Records every status message the finder shows until `stop()` (its status part must be rendered). */
export function watchStatus(finder: Element): { said: Set<string>; stop(): void } {
  const said = new Set<string>();
  const observer = new MutationObserver(() => {
    const text = statusText(finder);
    if (text) said.add(text);
  });
  observer.observe(feedStatus(finder).shadowRoot!, {
    subtree: true,
    childList: true,
    characterData: true,
  });
  return { said, stop: () => observer.disconnect() };
}

/** The finder's result cards' articles, in order. */
export function articles(finder: ResourceFinder): HTMLElement[] {
  const results = finder.shadowRoot?.querySelector('rf-results');
  if (!results) return [];
  return $$(results, 'rf-resource-card').map((card) => $(card, 'article'));
}

/** The names shown in the results: each article's first heading. */
export function shownNames(finder: ResourceFinder): string[] {
  return articles(finder).map((a) => seen(a.querySelector('h1, h2, h3, h4, h5, h6')!));
}

/** Waits for the finder to finish loading (its status is ready or error). */
export async function settled(finder: ResourceFinder): Promise<void> {
  await waitUntil(
    () => {
      const root = finder.shadowRoot;
      const alert = root
        ?.querySelector('rf-feed-status')
        ?.shadowRoot?.querySelector('[role="alert"]');
      // Loaded (or failed): not only the first records shown while the rest arrives.
      const state = root?.querySelector('rf-feed-status')?.getAttribute('state');
      const done = state !== 'loading' && state !== 'idle';
      return !!root && done && (!!root.querySelector('rf-results') || !!alert);
    },
    'finder did not settle',
    { timeout: 6000 },
  );
  await finder.updateComplete;
  const results = finder.shadowRoot!.querySelector('rf-results') as
    (HTMLElement & { updateComplete: Promise<boolean> }) | null;
  await results?.updateComplete;
  await Promise.all(
    [...(results?.shadowRoot?.querySelectorAll('rf-resource-card') ?? [])].map(
      (c) => (c as unknown as { updateComplete: Promise<boolean> }).updateComplete,
    ),
  );
}

/** The filters element inside a finder. */
export function filtersOf(finder: ResourceFinder): HTMLElement {
  return $(finder, 'rf-filters');
}

/** The checkbox of a filter option, found by its label's text. */
export function checkbox(filters: Element, label: string): HTMLInputElement {
  const labels = $$<HTMLLabelElement>(filters, 'label');
  const match = labels.find((l) => seen(l.querySelector('.name')!) === label);
  if (!match)
    throw new Error(
      `no filter option "${label}"; have ${labels.map((l) => seen(l.querySelector('.name')!)).join(', ')}`,
    );
  return match.control as HTMLInputElement;
}

/** Shows a category's more precise choices, as a visitor does, by its button beside the category. */
export async function expandCategory(filters: Element, label: string): Promise<void> {
  const li = checkbox(filters, label).closest('li')!;
  const button = li.querySelector<HTMLButtonElement>('button.children');
  if (!button) throw new Error(`"${label}" has no more precise choices`);
  if (button.getAttribute('aria-expanded') !== 'true') button.click();
  await (filters as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
}

/**
 * A page with a finder in an iframe of the given size (quick exit really navigates; the demo is a whole page), once
 * its finder shows results. The frame is the caller's to remove.
 */
export async function finderInFrame(
  src: string,
  size: { width: number; height: number },
): Promise<{ frame: HTMLIFrameElement; doc: Document; finder: ResourceFinder }> {
  const frame = document.createElement('iframe');
  frame.style.width = `${size.width}px`;
  frame.style.height = `${size.height}px`;
  frame.src = src;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  await waitUntil(
    () =>
      doc
        .querySelector('resource-finder')
        ?.shadowRoot?.querySelector('rf-results')
        ?.shadowRoot?.querySelector('rf-resource-card'),
    `the finder in ${src} did not show results`,
    { timeout: 10_000 },
  );
  return { frame, doc, finder: doc.querySelector('resource-finder') as ResourceFinder };
}

export { oneEvent };

/** A finder with `src` (and other properties), added to the page; resolves once it has loaded or failed. */
export async function finderFrom(
  src: string,
  extra: Partial<ResourceFinder> = {},
): Promise<{ el: ResourceFinder; load: RfFeedLoadEvent | RfFeedErrorEvent }> {
  const el = document.createElement('resource-finder');
  Object.assign(el, extra);
  const load = new Promise<RfFeedLoadEvent | RfFeedErrorEvent>((resolve) => {
    el.addEventListener('rf-feed-load', resolve, { once: true });
    el.addEventListener('rf-feed-error', resolve, { once: true });
  });
  el.src = src;
  document.body.append(el);
  const event = await load;
  await settled(el);
  return { el, load: event };
}

/** What the validator CLI (bin/resource-finder.mjs) did, run for real by the test server. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the validator CLI with `args` from the project's folder. */
export const cli = async (...args: string[]): Promise<CliRun> =>
  (await fetch('/api/cli', { method: 'POST', body: JSON.stringify({ args }) })).json();
