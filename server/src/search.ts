/**
 * Searching the directory with the finder's ranking model, as one statement in PostgreSQL (or, with the same answers,
 * from the search index in memory: search-from-index.ts): every query word optional, results that
 * cover more of the query first (squared share, as in the page), field weights (name > categories, tags and
 * audiences > organization and place > description) through the tsvector's weights, rarer words counting more
 * (inverse document frequency from the words table), words the directory does not have corrected by trigram
 * candidates checked with the finder's own edit distance, the word being typed matched as a prefix, words stemmed
 * in the interface's languages, the needs vocabulary widening a need below what was typed, crisis lines first for a
 * person in danger, and a bonus for a name holding the query's words side by side. Filters, radius, facets and the
 * page come from the same statement. Every value is a bound parameter.
 */
import type pg from 'pg';
import {
  RANKING_WEIGHTS,
  FILLER_WORDS,
  FILTER_GROUPS,
  STOP_WORDS,
  allowedEdits,
  editDistance,
  facetOptions,
  saidNeeds,
  tokenize,
  type FacetOption,
  type FilterGroup,
  type FilterState,
  type Resource,
} from 'resource-finder/core.js';
import { FACET_SEPARATOR, type DirectoryMeta } from './directory.js';
import { fromIndex } from './search-from-index.js';
import type { SearchThreads } from './search-threads.js';
import { RANK_WEIGHTS as FIELD_WEIGHTS, type SearchIndex } from './search-index.js';
import type { WordRow, WordTable } from './word-table.js';

/** What `GET /services` asks for, checked. */
export interface ServiceQuery {
  search: string;
  page: number;
  perPage: number;
  filters: FilterState;
  taxonomyTermIds: string[];
  /** Set when a taxonomy other than the directory's was asked for: nothing matches. */
  otherTaxonomy?: boolean;
  organizationId?: string;
  modifiedAfter?: string;
  near?: { lat: number; lng: number; radiusKm?: number };
  /** Only services whose place is in this box, and those with no public place ("Search this area"). */
  area?: { south: number; west: number; north: number; east: number };
  minimumAge?: number;
  maximumAge?: number;
  sort: 'relevance' | 'name' | 'verified' | 'distance';
  facets: boolean;
  /** The instant "open now" is about. */
  at: Date;
}

/** One service of a page. */
export interface ServiceRow {
  resource: Resource;
  modified: string;
  /** Kilometres from `near`, when asked. */
  distance?: number;
}

/** A page of results. */
export interface ServicePage {
  total: number;
  rows: ServiceRow[];
  facets?: Record<FilterGroup, FacetOption[]>;
  didYouMean?: string;
}

const MAX_QUERY_WORDS = 32;
/**
 * What a completion of the word being typed counts against the page's (0.85, less the less of it is typed). Lower
 * here: ts_rank adds up every completion a service has, and a word typed whole must still come first ("dental care"
 * before caregivers). Chosen on the relevance bench's queries used while building; the held-back ones are unchanged.
 */
const COMPLETED = 0.35;
/** Field weights for ts_rank, in its order: D (description), C (organization, place), B (categories...), A (name). */
const RANK_WEIGHTS = `{${FIELD_WEIGHTS.join(',')}}`;
const {
  need: NEED_WEIGHT,
  crisis: CRISIS_WEIGHT,
  filler: FILLER_WEIGHT,
  widened: WIDENED,
  prefix: PREFIX,
  relevanceFloor: RELEVANCE_FLOOR,
  phraseBonus: PHRASE_BONUS,
} = RANKING_WEIGHTS;

/** One part of a query: the words typed for it (and their corrections), and what a need widens it to. */
export interface Concept {
  typed: string[];
  prefix?: string;
  widened: string[];
  weight: number;
  idf: number;
}

const GROUPS: readonly FilterGroup[] = FILTER_GROUPS;

/** Bound parameters, numbered as they are added. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast = ''): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }
}

interface WordFacts {
  documents: number;
  /** Near words to search for (within the edits the ranking allows). */
  corrections: Array<{ word: string; documents: number }>;
  /** Near words to suggest when nothing matches (one edit from 3 letters, two from 6, as the page suggests). */
  suggestions: Array<{ word: string; documents: number }>;
}

/**
 * What each directory's words table said of the words asked so far (its word, or with U+0000 the word being typed).
 * The table changes only by import, after which the directory's metadata is read again: a new map.
 */
const known = new WeakMap<DirectoryMeta, Map<string, WordFacts>>();
const KNOWN_WORDS = 20_000;

/** How many services have each word, and the nearest words the directory has for those it has not. */
async function lookUp(
  pool: pg.Pool,
  meta: DirectoryMeta,
  words: readonly string[],
  typing?: string,
  table?: WordTable,
): Promise<Map<string, WordFacts>> {
  let cache = known.get(meta);
  if (!cache) known.set(meta, (cache = new Map()));
  const key = (word: string) => (word === typing ? `${word}\u0000` : word);
  const facts = new Map<string, WordFacts>();
  for (const word of words) {
    const fact = cache.get(key(word));
    if (fact) facts.set(word, fact);
  }
  const missing = words.filter((w) => !facts.has(w));
  if (missing.length) {
    const found = await lookUpWords(
      pool,
      missing,
      typing && missing.includes(typing) ? typing : undefined,
      table,
    );
    if (cache.size + found.size > KNOWN_WORDS) cache.clear();
    for (const [word, fact] of found) {
      cache.set(key(word), fact);
      facts.set(word, fact);
    }
  }
  return facts;
}

/** How many near words are looked at for each word asked. */
const NEAR_WORDS = 16;

/** {@link lookUp} in the database, or in its words read with the search index (`table`, the same answers). */
async function lookUpWords(
  pool: pg.Pool,
  words: readonly string[],
  typing?: string,
  table?: WordTable,
): Promise<Map<string, WordFacts>> {
  const facts = new Map<string, WordFacts>();
  if (!words.length) return facts;
  const here = table ? words.filter((w) => table.answers(w)) : [];
  const asked = words.filter((w) => !here.includes(w));
  const rows: WordRow[] = here.flatMap((w) => table!.near(w, NEAR_WORDS));
  if (typing !== undefined && here.includes(typing))
    rows.push({ asked: typing, word: null, documents: table!.prefixDocuments(typing) });
  if (asked.length)
    rows.push(
      ...(
        await pool.query<WordRow>(
          `select q.word as asked, w.word, w.documents
           from unnest($1::text[]) as q(word)
           left join lateral (
             select word, documents from words
             where word = q.word or (length(q.word) >= 3 and word % q.word)
             order by word = q.word desc, similarity(word, q.word) desc, documents desc, word collate "C"
             limit ${NEAR_WORDS}
           ) w on true
           union all
           select $2::text, null, coalesce(sum(documents), 0)::int from words
             where $2::text is not null and word like $2::text || '%'`,
          [asked, typing !== undefined && asked.includes(typing) ? typing : null],
        )
      ).rows,
    );
  for (const word of words) facts.set(word, { documents: 0, corrections: [], suggestions: [] });
  for (const { asked, word, documents } of rows) {
    const fact = facts.get(asked);
    if (!fact) continue;
    if (word === null) {
      // The prefix's documents, for the word being typed.
      if (asked === typing) fact.documents = Math.max(fact.documents, documents);
    } else if (word === asked) fact.documents = Math.max(fact.documents, documents);
    else fact.corrections.push({ word, documents });
  }
  for (const [word, fact] of facts) {
    const edits = allowedEdits(word.length);
    const lenient = word.length < 6 ? 1 : 2;
    fact.suggestions = fact.documents
      ? []
      : fact.corrections.filter(
          (c) => !STOP_WORDS.has(c.word) && editDistance(word, c.word, lenient) <= lenient,
        );
    fact.corrections = fact.documents
      ? []
      : fact.corrections.filter((c) => editDistance(word, c.word, edits) <= edits);
  }
  return facts;
}

/** What each part of the query looks for (see the module). */
function conceptsOf(
  words: readonly string[],
  typing: boolean,
  facts: Map<string, WordFacts>,
  meta: DirectoryMeta,
): Concept[] {
  const size = Math.max(1, meta.size);
  const idf = (documents: number) => Math.log(1 + (size - documents + 0.5) / (documents + 0.5));
  const last = words.length - 1;
  const typedOf = (i: number) => {
    const word = words[i]!;
    const fact = facts.get(word);
    return {
      typed: [word, ...(fact?.corrections.map((c) => c.word) ?? [])],
      ...(typing && i === last && word.length >= 2 ? { prefix: word } : {}),
      documents: Math.max(
        fact?.documents ?? 0,
        ...(fact?.corrections.map((c) => c.documents) ?? [0]),
      ),
    };
  };
  const said = saidNeeds(words, meta.needs);
  const taken = new Set(said.flatMap((s) => s.at));
  const concepts: Concept[] = said.map(({ at, finds, danger }) => {
    const parts = at.filter((i) => !STOP_WORDS.has(words[i]!)).map(typedOf);
    const documents = Math.max(1, ...parts.map((p) => p.documents));
    return {
      typed: parts.flatMap((p) => p.typed),
      ...(parts.find((p) => p.prefix) ? { prefix: parts.find((p) => p.prefix)!.prefix! } : {}),
      widened: [...finds],
      weight: danger ? CRISIS_WEIGHT : NEED_WEIGHT,
      idf: idf(documents),
    };
  });
  const rest = words
    .map((word, i) => ({ word, i }))
    .filter(({ word, i }) => !taken.has(i) && !STOP_WORDS.has(word));
  const others =
    concepts.length === 0 && rest.length === 0 ? words.map((word, i) => ({ word, i })) : rest;
  const several = concepts.length + others.length > 1;
  for (const { word, i } of others) {
    const part = typedOf(i);
    concepts.push({
      typed: part.typed,
      ...(part.prefix ? { prefix: part.prefix } : {}),
      widened: [],
      weight: several && FILLER_WORDS.has(word) ? FILLER_WEIGHT : 1,
      idf: idf(Math.max(1, part.documents)),
    });
  }
  return concepts;
}

/** The conditions of each filter group. */
function groupConditions(query: ServiceQuery, p: Params): Record<FilterGroup, string> {
  const out = {} as Record<FilterGroup, string>;
  for (const group of GROUPS) {
    const selected = query.filters[group] ?? [];
    // An option is held in `facet_keys` as its group, the separator, then the option (the array columns, and
    // "free"): the search carries that one column, not the seven it is made of.
    const keys = (options: readonly string[]) =>
      `s.facet_keys && ${p.add(
        options.map((o) => `${group}${FACET_SEPARATOR}${o}`),
        '::text[]',
      )}`;
    if (!selected.length) out[group] = 'true';
    else if (group === 'open')
      out[group] = selected.includes('now') ? 'coalesce(s.open_now, false)' : 'true';
    else if (group === 'cost') out[group] = selected.includes('free') ? keys(['free']) : 'true';
    else out[group] = keys(selected);
  }
  return out;
}

/** Memory a search may use for each of its steps (tens of thousands of services found fit). */
const SEARCH_WORK_MEM = '64MB';

/** The longest a search may run before PostgreSQL cancels it (the API then answers 503: try again). */
export const SEARCH_TIMEOUT_MS = 5000;

/**
 * Runs the search statement in a read-only transaction that PostgreSQL cancels after {@link SEARCH_TIMEOUT_MS}. With
 * words to find, it is told to find the candidates through the GIN index: it estimates a tsquery of many alternatives
 * as matching most of the table, and would read every row to test it.
 */
async function run(
  pool: pg.Pool,
  sql: string,
  values: unknown[],
  indexed: boolean,
  timeoutMs: number,
): Promise<{ rows: Array<Record<string, unknown>> }> {
  const client = await pool.connect();
  try {
    await client.query('begin read only');
    await client.query(`set local statement_timeout = ${Math.max(1, Math.round(timeoutMs))}`);
    // The services found are kept in memory between the statement's steps, not written to disk.
    await client.query(`set local work_mem = '${SEARCH_WORK_MEM}'`);
    if (indexed) await client.query('set local enable_seqscan = off');
    const result = await client.query<Record<string, unknown>>(sql, values);
    await client.query('commit');
    return result;
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

/** What a search found, before its facets are named. */
export interface Found {
  total: number;
  rows: ServiceRow[];
  /** Each facet key's count (`group` U+001F `option`). */
  counts?: Map<string, number>;
}

/** A page of services for `query`, with its total, facets and a correction when nothing matched. */
export async function searchServices(
  pool: pg.Pool,
  meta: DirectoryMeta,
  query: ServiceQuery,
  options: { timeoutMs?: number; index?: SearchIndex; threads?: SearchThreads } = {},
): Promise<ServicePage> {
  const words = tokenize(query.search).slice(0, MAX_QUERY_WORDS);
  const typing = words.length > 0 && !/\s$/.test(query.search);
  const facts = await lookUp(
    pool,
    meta,
    [...new Set(words)],
    typing && words.at(-1)!.length >= 2 ? words.at(-1) : undefined,
    options.index?.vocabulary,
  );
  const concepts = words.length ? conceptsOf(words, typing, facts, meta) : [];
  // The index answers what it holds (not places and distances); the statement answers the rest, and while there is
  // no index.
  const { index } = options;
  const found =
    (index && !query.near && !query.area && query.sort !== 'distance'
      ? await fromIndex(pool, index, options.threads, meta, query, words, concepts, COMPLETED)
      : undefined) ?? (await fromStatement(pool, meta, query, words, concepts, options));
  const page: ServicePage = { total: found.total, rows: found.rows };
  if (found.counts) {
    const counts = new Map(GROUPS.map((g) => [g as string, new Map<string, number>()]));
    for (const [key, n] of found.counts) {
      const at = key.indexOf(FACET_SEPARATOR);
      counts.get(key.slice(0, at))?.set(key.slice(at + 1), n);
    }
    const facets = {} as Record<FilterGroup, FacetOption[]>;
    for (const g of GROUPS) facets[g] = facetOptions(g, counts.get(g)!, query.filters[g] ?? []);
    page.facets = facets;
  }
  if (!page.total && words.length) {
    // The nearest words the directory has, the most common first: what the person most likely meant.
    let changed = false;
    const corrected = words.map((word) => {
      const best = facts
        .get(word)
        ?.suggestions.slice()
        .sort(
          (a, b) =>
            editDistance(word, a.word, 2) - editDistance(word, b.word, 2) ||
            b.documents - a.documents,
        )[0];
      if (!best) return word;
      changed = true;
      return best.word;
    });
    if (changed) page.didYouMean = corrected.join(' ');
  }
  return page;
}

/** The search as one statement (see the module). */
async function fromStatement(
  pool: pg.Pool,
  meta: DirectoryMeta,
  query: ServiceQuery,
  words: readonly string[],
  concepts: readonly Concept[],
  options: { timeoutMs?: number },
): Promise<Found> {
  const p = new Params();
  const configs = concepts.length ? p.add(meta.configs, '::regconfig[]') : '';

  // Each concept's query, typed and widened, as expressions of bound values: PostgreSQL works them out while
  // planning, so that the GIN index finds the candidates.
  const typed = concepts.map(
    (c) =>
      `rf_query(${p.add(c.typed, '::text[]')}, ${p.add(c.prefix ?? null, '::text')}, ${configs})`,
  );
  // A need widens towards the names, categories, tags and audiences that answer it (`search_ab`: the words of weights
  // A and B), not towards every description that mentions one of its words.
  const widened = concepts.map((c) =>
    c.widened.length ? `rf_query(${p.add(c.widened, '::text[]')}, null, ${configs})` : '',
  );
  const wanted = concepts.reduce((sum, c) => sum + c.weight, 0);
  // Each concept's ranks, worked out once a row (the lateral subquery is kept apart so that PostgreSQL does not copy
  // each call into every expression that reads it): its words, the word being typed completed (a query of its own:
  // ts_rank drops a prefix asked for beside the same word whole), and what it is widened to.
  const exact = concepts.map((c) => `rf_query(${p.add(c.typed, '::text[]')}, null, ${configs})`);
  const ranks = concepts.flatMap((c, i) => [
    `ts_rank('${RANK_WEIGHTS}', s.search, ${exact[i]}, 1) as t${i}`,
    ...(c.prefix
      ? [
          `ts_rank('${RANK_WEIGHTS}', s.search, rf_query(null, ${p.add(c.prefix)}, ${configs}), 1) as c${i}`,
        ]
      : []),
    ...(c.widened.length
      ? [`ts_rank('${RANK_WEIGHTS}', s.search, ${widened[i]}, 1) as w${i}`]
      : []),
  ]);
  // A completion counts less than the word itself (COMPLETED).
  const typedRank = (c: Concept, i: number) =>
    c.prefix ? `greatest(r.t${i}, ${PREFIX * COMPLETED} * r.c${i})` : `r.t${i}`;
  const rank = concepts.map(
    (c, i) =>
      `${c.weight * c.idf} * (${typedRank(c, i)}${c.widened.length ? ` + ${WIDENED} * r.w${i}` : ''})`,
  );
  // A concept is covered when its typed words match (their rank is then above 0: ts_rank counts what @@ finds), or
  // its widened words do in the names, categories, tags and audiences (ts_rank reads every field, so @@ says).
  const covered = concepts.map(
    (c, i) =>
      `${c.weight} * (r.t${i} > 0${c.prefix ? ` or r.c${i} > 0` : ''}${c.widened.length ? ` or (r.w${i} > 0 and s.search_ab @@ ${widened[i]})` : ''})::int`,
  );
  // Side by side in the name, in the order typed: "peninsula family" for Peninsula Family Service.
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  const pairs: string[] = [];
  for (let i = 0; i + 1 < meaningful.length; i++)
    pairs.push(`(name_key ~ ${p.add(`\\m${meaningful[i]}\\W+${meaningful[i + 1]}`)})::int`);
  const score = concepts.length
    ? `(${rank.join(' + ')}) * power((${covered.join(' + ')}) / ${wanted}::float8, 2)`
    : '0';
  // The bonus at most multiplies a score by 1 + PHRASE_BONUS, and the best score is at least the best score without
  // it: a row below that share of the floor cannot be kept, and its name is not read.
  const bonus = pairs.length
    ? `base * (1 + ${PHRASE_BONUS} * (${pairs.join(' + ')}) / ${pairs.length}::float8)`
    : 'base';
  const reach = RELEVANCE_FLOOR / (pairs.length ? 1 + PHRASE_BONUS : 1);

  const base: string[] = [];
  if (concepts.length) {
    const found = `s.search @@ (${typed.join(' || ')})`;
    const needed = widened.filter(Boolean);
    base.push(needed.length ? `(${found} or s.search_ab @@ (${needed.join(' || ')}))` : found);
  }
  if (query.otherTaxonomy) base.push('false');
  if (query.taxonomyTermIds.length)
    base.push(`s.terms && ${p.add(query.taxonomyTermIds, '::text[]')}`);
  if (query.organizationId) base.push(`s.organization_id = ${p.add(query.organizationId)}`);
  if (query.modifiedAfter)
    base.push(`s.modified >= ${p.add(query.modifiedAfter, '::timestamptz')}`);
  if (query.minimumAge !== undefined)
    base.push(`(s.max_age is null or s.max_age >= ${p.add(query.minimumAge, '::int')})`);
  if (query.maximumAge !== undefined)
    base.push(`(s.min_age is null or s.min_age <= ${p.add(query.maximumAge, '::int')})`);
  let distance = 'null::float8';
  if (query.near) {
    const origin = `ll_to_earth(${p.add(query.near.lat, '::float8')}, ${p.add(query.near.lng, '::float8')})`;
    distance = `earth_distance(${origin}, ll_to_earth(s.lat, s.lng)) / 1000`;
    if (query.near.radiusKm) {
      const metres = p.add(query.near.radiusKm * 1000, '::float8');
      base.push(
        `s.lat is not null and earth_box(${origin}, ${metres}) @> ll_to_earth(s.lat, s.lng) and earth_distance(${origin}, ll_to_earth(s.lat, s.lng)) <= ${metres}`,
      );
    }
  }
  if (query.area) {
    const { south, west, north, east } = query.area;
    const lat = `s.lat between ${p.add(south, '::float8')} and ${p.add(north, '::float8')}`;
    const [w, e] = [p.add(west, '::float8'), p.add(east, '::float8')];
    const lng = west <= east ? `s.lng between ${w} and ${e}` : `(s.lng >= ${w} or s.lng <= ${e})`;
    base.push(`(s.lat is null or (${lat} and ${lng}))`);
  }
  const groups = groupConditions(query, p);
  const order = {
    relevance: concepts.length ? 'score desc, name_key, id' : 'position, id',
    name: 'name_key, id',
    verified: 'verified desc nulls last, name_key, id',
    distance: 'distance nulls last, name_key, id',
  }[query.sort];
  // Facets in one pass over the services found (each holds its options in `facet_keys`, "open now" aside): a
  // service counts its options in a group when it passes the filters of every other group (it fails none, or only
  // that group's).
  const facetSql = query.facets
    ? `(select coalesce(jsonb_object_agg(k, n), '{}') from (
        select k, count(*) n from (select unnest(facet_keys) k, misses, missed from m where misses <= 1) o
        where misses = 0 or starts_with(k, missed || chr(31))
        group by k
        union all
        select 'open' || chr(31) || 'now', count(*) from m
        where m.open_now and (m.misses = 0 or (m.misses = 1 and m.missed = 'open'))
        having count(*) > 0) c) as facets`
    : '';
  // Whether a service is open now, for the services kept and only when something reads it: the minute of the week
  // is worked out once for each time zone of the directory (and for a zone an import added since, on its row).
  const opening = query.facets || query.filters.open?.includes('now');
  // What the filters, facets and order read, and only that, carried from the rows searched: the heavy columns stay
  // behind, and the options of every filter group are read from the one array that holds them all.
  const filtered = GROUPS.some((g) => g !== 'open' && query.filters[g]?.length);
  const listed = [
    's.id, s.name_key, s.position, s.verified',
    ...(opening ? ['s.open_minutes, s.hours_zone'] : []),
    ...(query.facets || filtered ? ['s.facet_keys'] : []),
  ].join(', ');
  const at = opening ? p.add(query.at.toISOString(), '::timestamptz') : '';
  const zones = opening
    ? `zones as materialized (
      select zone, rf_minute_of_week(${at}, zone) as minute from unnest(${p.add(meta.zones, '::text[]')}) zone
    ),`
    : '';
  const openNow = opening
    ? `coalesce(s.open_minutes @> coalesce(z.minute, rf_minute_of_week(${at}, s.hours_zone)), false)`
    : 'false';
  const sql = `
    with ${
      concepts.length
        ? `hits as materialized (
      select ${listed}, ${distance} as distance, ${score} as base
      from services s cross join lateral (select ${ranks.join(', ')} offset 0) r
      ${base.length ? `where ${base.join(' and ')}` : ''}
    ),
    ${
      pairs.length
        ? `scored as materialized (
      select h.*, ${bonus} as score from hits h
      where base >= ${reach} * (select max(base) from hits)
    ),
    listed as (
      select * from scored
      where score >= ${RELEVANCE_FLOOR} * (select max(score) from scored)
    ),`
        : `listed as (
      select h.*, base as score from hits h
      where base >= ${RELEVANCE_FLOOR} * (select max(base) from hits)
    ),`
    }`
        : `listed as (
      select ${listed}, ${distance} as distance, 0::float8 as score from services s
      ${base.length ? `where ${base.join(' and ')}` : ''}
    ),`
    }
    ${zones}
    opened as (
      select s.*, ${openNow} as open_now
      from listed s ${opening ? 'left join zones z on z.zone = s.hours_zone' : ''}
    ),
    passes as (
      select s.*, ${GROUPS.map((g) => `${groups[g]} as p_${g}`).join(', ')}
      from opened s
    ),
    m as materialized (
      select *, ${GROUPS.map((g) => `(not p_${g})::int`).join(' + ')} as misses,
        case ${GROUPS.map((g) => `when not p_${g} then '${g}'`).join(' ')} end as missed
      from passes
    )
    select
      (select count(*) from m where misses = 0)::int as total,
      (select coalesce(jsonb_agg(jsonb_build_object('resource', s.resource, 'modified', s.modified,
          'distance', x.distance) order by x.rank), '[]')
        from (select id, distance, row_number() over (order by ${order}) as rank
              from (select * from m where misses = 0 order by ${order}
                    limit ${p.add(query.perPage, '::int')} offset ${p.add((query.page - 1) * query.perPage, '::int')}) page) x
        join services s using (id)) as rows
      ${facetSql ? `, ${facetSql}` : ''}`;
  const timeout = options.timeoutMs ?? SEARCH_TIMEOUT_MS;
  const { rows } = await run(pool, sql, p.values, concepts.length > 0, timeout);
  const result = rows[0]!;
  return {
    total: result.total as number,
    rows: (
      result.rows as Array<{ resource: Resource; modified: string; distance: number | null }>
    ).map((r) => ({
      resource: r.resource,
      modified: new Date(r.modified).toISOString(),
      ...(r.distance !== null ? { distance: r.distance } : {}),
    })),
    ...(query.facets
      ? { counts: new Map(Object.entries(result.facets as Record<string, number>)) }
      : {}),
  };
}
