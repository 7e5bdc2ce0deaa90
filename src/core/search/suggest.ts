/**
 * Suggestions while typing: needs (by their name in the visitor's language, found from anything people say for them,
 * in any language), the directory's categories and organizations whose words begin with what is typed. And the words
 * of a person in danger now, for the crisis note. Pure; loaded with the needs vocabulary, when a visitor starts to search.
 */
import { fold } from '../text/fold.js';
import { labelIn } from '../feed/taxonomy.js';
import { NEEDS, type Need } from './needs.js';

export { dangerOf } from './needs.js';

/** One suggestion. */
export interface Suggestion {
  /** What it is: a need, a category, an organization. */
  readonly kind: 'need' | 'category' | 'organization';
  /** What is shown, and what searching for it types. */
  readonly label: string;
}

/** A need's name in `lang` (its primary language, then English). */
export function needName(need: Need, lang: string): string | undefined {
  return need.name && labelIn(need.name, lang);
}

/** Whether folded `text` has a word beginning with `typed` (folded), and `typed`'s later words after it. */
function begins(text: string, typed: string): boolean {
  return ` ${text}`.includes(` ${typed}`);
}

/** Each shipped need with every way of saying it (its names included), folded once. */
let saying: Array<{ need: Need; texts: string[] }> | undefined;
function needsSaid(): Array<{ need: Need; texts: string[] }> {
  return (saying ??= NEEDS.map((need) => ({
    need,
    texts: [...Object.values(need.name ?? {}), ...need.says].map((text) => fold(text)),
  })));
}

/**
 * What to suggest for `input` (from 2 letters): needs first (by name, or by what people say for them), then
 * categories, then organizations; at most `limit`, each label once, never just what was typed.
 */
export function suggest(
  input: string,
  lang: string,
  sources: { readonly categories: readonly string[]; readonly organizations: readonly string[] },
  limit = 8,
): Suggestion[] {
  const typed = fold(input).trim().replace(/\s+/g, ' ');
  if (typed.length < 2) return [];
  const out: Suggestion[] = [];
  const seen = new Set([typed]);
  const add = (kind: Suggestion['kind'], label: string) => {
    const key = fold(label);
    if (out.length >= limit || seen.has(key)) return;
    seen.add(key);
    out.push({ kind, label });
  };
  for (const { need, texts } of needsSaid()) {
    const name = needName(need, lang);
    if (name && texts.some((text) => begins(text, typed))) add('need', name);
  }
  for (const category of sources.categories)
    if (begins(fold(category), typed)) add('category', category);
  for (const organization of sources.organizations)
    if (begins(fold(organization), typed)) add('organization', organization);
  return out;
}
