/**
 * What the server knows of the directory beyond its rows: the feed's metadata from the last import (taxonomy, needs,
 * language), and the ids it gives organizations and taxonomy terms.
 */
import type pg from 'pg';
import {
  CATEGORY_SEPARATOR,
  NAMED_TERMS,
  categoryName,
  categoryNames,
  categoryTerms,
  needsIndex,
  slug,
  taxonomyIndex,
  type FeedMeta,
  type HsdsTerms,
  type NeedsIndex,
} from 'resource-finder/core.js';

/**
 * What separates a filter group from its option in a service's `facet_keys` (the unit separator, U+001F:
 * "categories␟food"; see migration 004).
 */
export const FACET_SEPARATOR = '\u001f';

/** The one taxonomy of a directory, in HSDS terms. */
export const TAXONOMY = { id: 'resource-finder', name: 'Directory categories' } as const;

/** An organization's id, from its name (the feed names organizations; HSDS needs ids). */
export function organizationId(name: string): string {
  return `org-${slug(name)}`;
}

/** The taxonomy term ids of a category and its ancestors: its levels' ids, or their names' slugs. */
export function termsOf(category: string, byId: boolean): string[] {
  if (byId)
    return category
      .split(CATEGORY_SEPARATOR)
      .map((l) => l.trim())
      .filter(Boolean);
  return categoryTerms(category, NAMED_TERMS).map((t) => t.id);
}

/** PostgreSQL's stemming configurations for the languages a record is written in (English when none is known). */
const CONFIGS: Record<string, string> = {
  en: 'english',
  fr: 'french',
  it: 'italian',
  es: 'spanish',
  ar: 'arabic',
  de: 'german',
  pt: 'portuguese',
  nl: 'dutch',
  ru: 'russian',
  sv: 'swedish',
  da: 'danish',
  nb: 'norwegian',
  no: 'norwegian',
  fi: 'finnish',
  hu: 'hungarian',
  ro: 'romanian',
  tr: 'turkish',
  ca: 'catalan',
  el: 'greek',
  ga: 'irish',
  id: 'indonesian',
  lt: 'lithuanian',
  ne: 'nepali',
  sr: 'serbian',
  ta: 'tamil',
  hy: 'armenian',
  eu: 'basque',
  hi: 'hindi',
  yi: 'yiddish',
};

/** The stemming configurations for these language tags. */
export function searchConfigs(tags: ReadonlyArray<string | undefined>): string[] {
  const out = new Set<string>();
  for (const tag of tags) {
    const config = tag && CONFIGS[tag.split('-')[0]!.toLowerCase()];
    if (config) out.add(config);
  }
  if (!out.size) out.add('english');
  return [...out];
}

/** The directory as last imported. */
export class DirectoryMeta {
  private constructor(
    readonly meta: FeedMeta,
    readonly size: number,
    readonly needs: NeedsIndex,
    readonly terms: HsdsTerms,
    readonly configs: readonly string[],
    /** The time zones of the services' hours ("open now" is worked out once for each). */
    readonly zones: readonly string[],
  ) {}

  /** Reads what the last import recorded (an empty directory before any). */
  static async load(pool: pg.Pool): Promise<DirectoryMeta> {
    const { rows } = await pool.query<{ meta: FeedMeta | null }>(
      'select meta from imports where finished is not null and since is null order by id desc limit 1',
    );
    const meta = rows[0]?.meta ?? {};
    // Every language the services are written in, and every time zone of their hours, since the last full import.
    const since =
      'from imports where finished is not null and id >= (select coalesce(max(id), 0) from imports where finished is not null and since is null)';
    const learnt = await pool.query<{ stemmed: string[]; zones: string[] }>(
      `select array(select distinct unnest(configs) ${since}) stemmed,
        array(select distinct z from (select unnest(zones) z ${since}) x order by z) zones`,
    );
    const { stemmed, zones } = learnt.rows[0]!;
    const size = Number(
      (await pool.query<{ n: string }>('select count(*) n from services')).rows[0]!.n,
    );
    const index = meta.taxonomy ? taxonomyIndex(meta.taxonomy, meta.language) : undefined;
    const needs = needsIndex(meta.needs, (id) =>
      index?.terms.has(id) ? categoryNames(id, index) : [],
    );
    const terms: HsdsTerms = index
      ? {
          term(level, parent) {
            const name = categoryName(level, meta.language ?? 'en', index);
            return { id: level, name, ...(parent ? { parent_id: parent } : {}) };
          },
        }
      : NAMED_TERMS;
    const configs = stemmed.length ? stemmed : searchConfigs([meta.language]);
    return new DirectoryMeta(meta, size, needs, terms, configs, zones);
  }
}
