/**
 * Suggestions while typing: needs (by their name in the visitor's language, found from anything people say for them,
 * in any language), the directory's categories and organizations whose words begin with what is typed. And the quick
 * picks of the start screen. Pure.
 */
import { fold } from '../text/fold.js';
import { NEEDS, type Need } from './needs.js';

/** One suggestion. */
export interface Suggestion {
  /** What it is: a need, a category, an organization. */
  readonly kind: 'need' | 'category' | 'organization';
  /** What is shown, and what searching for it types. */
  readonly label: string;
}

/** A need's name in `lang` (its primary language, then English). */
export function needName(need: Need, lang: string): string | undefined {
  const names = need.name;
  if (!names) return undefined;
  return names[lang] ?? names[lang.split('-')[0]!.toLowerCase()] ?? names.en;
}

/** Whether `text` has a word beginning with `typed` (both folded), and `typed`'s earlier words too. */
function begins(text: string, typed: string): boolean {
  return ` ${fold(text)}`.includes(` ${typed}`);
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
  for (const need of NEEDS) {
    const name = needName(need, lang);
    if (name && (begins(name, typed) || need.says.some((s) => begins(s, typed)))) add('need', name);
  }
  for (const category of sources.categories) if (begins(category, typed)) add('category', category);
  for (const organization of sources.organizations)
    if (begins(organization, typed)) add('organization', organization);
  return out;
}

/** The needs offered on the start screen, by their names in `lang`. */
export function quickPicks(lang: string): string[] {
  return NEEDS.filter((n) => n.quickPick)
    .map((n) => needName(n, lang))
    .filter((name): name is string => !!name);
}
