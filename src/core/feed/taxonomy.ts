/**
 * A feed's own taxonomy: categories with ids, a parent and a label per language, so that resources refer to a
 * category by its id and visitors read its name in their language ("food-bank" is "Food bank", "Banque alimentaire",
 * "Banco alimentare"). Resources' categories are read as the path of ids from the top ("food > food-bank"), so that
 * filters, counts and shared links do not depend on the language. Pure. (Reading and checking a feed's taxonomy is
 * in `read-taxonomy.ts`.)
 */
import { CATEGORY_SEPARATOR } from '../text/patterns.js';
import { languageKey } from '../text/fold.js';

/** One category of a feed's taxonomy. */
export interface TaxonomyTerm {
  /** What resources' `categories` refer to. */
  readonly id: string;
  /** The id of the broader category, if any. */
  readonly parent?: string;
  /** The category's name per language (BCP 47 tag → name). */
  readonly labels: Readonly<Record<string, string>>;
}

/** A taxonomy ready to be asked: each term's path of ids and its names. */
export interface TaxonomyIndex {
  /** Terms by id. */
  readonly terms: ReadonlyMap<string, TaxonomyTerm>;
  /** "food > food-bank" for the id "food-bank". */
  readonly paths: ReadonlyMap<string, string>;
  /** The language of the feed, used when a term has no name in the visitor's. */
  readonly language?: string;
}

const SEPARATOR = ` ${CATEGORY_SEPARATOR} `;

/** Each taxonomy's index, per feed language (the terms and paths are shared). */
const indexes = new WeakMap<readonly TaxonomyTerm[], Map<string, TaxonomyIndex>>();

/**
 * The terms' paths and names, built once per taxonomy; `language` (the feed's) names a term that has no name in the
 * visitor's. The same taxonomy and language give the same object.
 */
export function taxonomyIndex(terms: readonly TaxonomyTerm[], language?: string): TaxonomyIndex {
  let byLanguage = indexes.get(terms);
  if (!byLanguage) indexes.set(terms, (byLanguage = new Map()));
  let index = byLanguage.get(language ?? '');
  if (index) return index;
  const base = byLanguage.get('');
  if (base) {
    index = { ...base, ...(language ? { language } : {}) };
  } else {
    const byId = new Map(terms.map((t) => [t.id, t]));
    const paths = new Map<string, string>();
    const pathOf = (id: string): string => {
      let path = paths.get(id);
      if (path === undefined) {
        const parent = byId.get(id)?.parent;
        path = parent === undefined ? id : `${pathOf(parent)}${SEPARATOR}${id}`;
        paths.set(id, path);
      }
      return path;
    };
    for (const t of terms) pathOf(t.id);
    index = { terms: byId, paths, ...(language ? { language } : {}) };
    if (language) byLanguage.set('', { terms: byId, paths });
  }
  byLanguage.set(language ?? '', index);
  return index;
}

/**
 * A resource's categories as paths of ids ("food-bank" → "food > food-bank"); a category that is not a term stays as
 * written and is reported (`unknown-term`).
 */
export function categoriesInTaxonomy(
  categories: readonly string[],
  index: TaxonomyIndex,
  problem: (path: string, id: string) => void,
): string[] {
  return categories.map((c, i) => {
    const path = index.paths.get(c);
    if (path === undefined) problem(`categories[${i}]`, c);
    return path ?? c;
  });
}

/** The label of `labels` in `lang`: the exact tag, then the same primary language, then `fallback`, then English. */
export function labelIn(
  labels: Readonly<Record<string, string>>,
  lang: string,
  fallback?: string,
): string | undefined {
  const keys = Object.keys(labels);
  const key =
    languageKey(keys, lang) ??
    (fallback ? languageKey(keys, fallback) : undefined) ??
    languageKey(keys, 'en') ??
    keys[0];
  return key === undefined ? undefined : labels[key];
}

/** The name of one level of a category path in `lang`: a term's label, or the text itself when it is not a term. */
export function categoryName(segment: string, lang: string, index?: TaxonomyIndex): string {
  const term = index?.terms.get(segment.trim());
  return (term && labelIn(term.labels, lang, index?.language)) ?? segment.trim();
}

/** Every name of one level of a category path, in every language (for search). */
export function categoryNames(segment: string, index?: TaxonomyIndex): string[] {
  const term = index?.terms.get(segment.trim());
  return term ? Object.values(term.labels) : [segment.trim()];
}

/** Whether a term's name is its code, or looks like one (digits and separators only: "103-05-01", "BD-1800.2000"). */
export function isCodeLike(name: string, code?: string): boolean {
  return name === code || /^[A-Z]{0,3}[-.]?\d[\d.-]*$/i.test(name.trim());
}
