/** Reading a feed's taxonomy term by term, with a problem for each bad term. Pure. */
import { jsonType, problemOf } from './problems.js';
import type { FeedProblem } from './records.js';
import { isLanguageTag } from './tags.js';
import type { TaxonomyTerm } from './taxonomy.js';
import { CATEGORY_SEPARATOR } from '../text/patterns.js';

/** An id as written: a string trimmed, or a number as text; '' when there is none. */
function idOf(value: unknown): string {
  return typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
}

/** Reads a feed's `taxonomy`: bad terms are left out and reported; the others are kept. */
export function readTaxonomy(raw: unknown): { terms: TaxonomyTerm[]; problems: FeedProblem[] } {
  const problems: FeedProblem[] = [];
  const report = (path: string, code: Parameters<typeof problemOf>[0], params = {}) =>
    problems.push({ index: -1, path, ...problemOf(code, params) });
  if (!Array.isArray(raw)) {
    report('taxonomy', 'wrong-type', { expected: 'array', received: jsonType(raw) });
    return { terms: [], problems };
  }
  const terms: TaxonomyTerm[] = [];
  const where = new Map<string, string>();
  const seen = new Set<string>();
  raw.forEach((item: unknown, i) => {
    const at = `taxonomy[${i}]`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      report(at, 'not-an-object');
      return;
    }
    const { id, parent, labels } = item as Record<string, unknown>;
    const name = idOf(id);
    if (!name) return void report(`${at}.id`, id === undefined ? 'required' : 'empty');
    if (name.includes(CATEGORY_SEPARATOR)) return void report(`${at}.id`, 'term-id');
    if (seen.has(name)) return void report(`${at}.id`, 'duplicate-id', { id: name });
    const names: Record<string, string> = {};
    if (labels && typeof labels === 'object' && !Array.isArray(labels)) {
      for (const [tag, label] of Object.entries(labels as Record<string, unknown>)) {
        if (!isLanguageTag(tag)) report(`${at}.labels.${tag}`, 'language-tag');
        else if (typeof label !== 'string' || !label.trim()) report(`${at}.labels.${tag}`, 'empty');
        else names[tag] = label.trim();
      }
    }
    if (Object.keys(names).length === 0)
      return void report(`${at}.labels`, labels === undefined ? 'required' : 'empty');
    seen.add(name);
    where.set(name, at);
    const up = idOf(parent);
    terms.push({ id: name, ...(up ? { parent: up } : {}), labels: names });
  });
  // A parent that is not a term, or that leads back to the term, is dropped: the term is shown at the top level.
  const byId = new Map(terms.map((t) => [t.id, t]));
  const kept = terms.map((term) => {
    let up = term.parent;
    const path = new Set([term.id]);
    while (up !== undefined && byId.has(up) && !path.has(up)) {
      path.add(up);
      up = byId.get(up)!.parent;
    }
    if (up === undefined) return term;
    report(`${where.get(term.id)}.parent`, 'term-parent', { parent: term.parent! });
    const top: TaxonomyTerm = { id: term.id, labels: term.labels };
    byId.set(term.id, top);
    return top;
  });
  return { terms: kept, problems };
}
