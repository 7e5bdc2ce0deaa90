/**
 * The search of `search.ts` answered from the search index in memory (search-index.ts, search-memory.ts): PostgreSQL
 * reads the query's words as the statement would (`rf_query`: stemming in the directory's languages), the minute of
 * the week in each time zone and a date asked; the index finds, ranks, filters and counts; the page's services are
 * read by id.
 */
import type pg from 'pg';
import { STOP_WORDS, type Resource } from 'resource-finder/core.js';
import type { DirectoryMeta } from './directory.js';
import { readQuery, type SearchIndex } from './search-index.js';
import {
  answerOf,
  arraysQuery,
  pair,
  searchArrays,
  type IndexConcept,
  type Pair,
} from './search-memory.js';
import type { SearchThreads } from './search-threads.js';
import type { Concept, Found, ServiceQuery, ServiceRow } from './search.js';

/** The words each concept's queries hold, as PostgreSQL reads them (see `fromIndex`), by configurations and words. */
const operandCache = new Map<string, Promise<ConceptOperands>>();
const OPERANDS_KEPT = 5000;

interface ConceptOperands {
  exact: string[];
  completing?: string;
  widened: string[];
  /** False when a query is more than alternatives of words (the statement then answers). */
  plain: boolean;
}

/** The lexemes of each concept's queries: `rf_query` as the statement calls it, its operands read back. */
async function operandsOf(
  pool: pg.Pool,
  concepts: readonly Concept[],
  configs: readonly string[],
): Promise<ConceptOperands[]> {
  const key = (c: Concept) => JSON.stringify([configs, c.typed, c.prefix ?? null, c.widened]);
  // This search's own answers: what is kept may be cleared by the next search.
  const mine = new Map<string, Promise<ConceptOperands>>();
  for (const c of concepts) {
    const known = operandCache.get(key(c));
    if (known) mine.set(key(c), known);
  }
  const missing = [
    ...new Map(concepts.filter((c) => !mine.has(key(c))).map((c) => [key(c), c])).values(),
  ];
  if (missing.length) {
    if (operandCache.size + missing.length > OPERANDS_KEPT) operandCache.clear();
    const asked = pool.query<{ exact: string; completing: string | null; widened: string | null }>(
      `select rf_query(array(select jsonb_array_elements_text(v->'typed')), null, $2::regconfig[])::text exact,
        case when v->>'prefix' is not null then rf_query(null, v->>'prefix', $2::regconfig[])::text end completing,
        case when jsonb_array_length(v->'widened') > 0
          then rf_query(array(select jsonb_array_elements_text(v->'widened')), null, $2::regconfig[])::text end widened
      from jsonb_array_elements($1::jsonb) with ordinality x(v, n) order by n`,
      [
        JSON.stringify(
          missing.map((c) => ({ typed: c.typed, prefix: c.prefix ?? null, widened: c.widened })),
        ),
        configs,
      ],
    );
    missing.forEach((c, i) => {
      const operands = asked.then(({ rows }) => {
        const row = rows[i]!;
        const exact = readQuery(row.exact);
        const completing = row.completing === null ? [] : readQuery(row.completing);
        const widened = row.widened === null ? [] : readQuery(row.widened);
        const plain =
          !!exact &&
          !!completing &&
          !!widened &&
          exact.every((o) => !o.prefix) &&
          widened.every((o) => !o.prefix) &&
          completing.length <= 1 &&
          completing.every((o) => o.prefix);
        return {
          exact: exact?.map((o) => o.lexeme) ?? [],
          ...(completing?.[0] ? { completing: completing[0].lexeme } : {}),
          widened: widened?.map((o) => o.lexeme) ?? [],
          plain,
        };
      });
      operands.catch(() => operandCache.delete(key(c)));
      operandCache.set(key(c), operands);
      mine.set(key(c), operands);
    });
  }
  return Promise.all(concepts.map((c) => mine.get(key(c))!));
}

/** The minute of the week in each of the index's time zones, worked out by PostgreSQL once a minute. */
const minuteCache = new WeakMap<SearchIndex, { minute: number; minutes: Promise<Int32Array> }>();

function minutesOf(pool: pg.Pool, index: SearchIndex, minute: number): Promise<Int32Array> {
  const known = minuteCache.get(index);
  if (known?.minute === minute) return known.minutes;
  const minutes = pool
    .query<{ m: number | null }>(
      'select rf_minute_of_week($1::timestamptz, z) m from unnest($2::text[]) with ordinality u(z, n) order by n',
      [new Date(minute * 60_000).toISOString(), index.zones.names],
    )
    .then(({ rows }) => Int32Array.from(rows, (r) => r.m ?? -1));
  minutes.catch(() => minuteCache.delete(index));
  minuteCache.set(index, { minute, minutes });
  return minutes;
}

/**
 * The services last shown from each index, the most recently shown last. A service changes only by an import, which
 * brings a new index: what is kept for an index stays true while it is used. Visitors' searches show the same services
 * again and again (the first pages of common words), and each read costs a statement and its records parsed; a view
 * keeps their objects too (their HSDS text in `api.ts`).
 */
const shown = new WeakMap<SearchIndex, Map<string, ServiceRow>>();
/** How many services are kept for each index: a few hundred pages of 20 (about 25 MB with their texts, measured). */
export const ROWS_KEPT = 4000;

/** The services of `ids`, in that order, from those kept for the index or else read. */
async function pageRows(
  pool: pg.Pool,
  index: SearchIndex,
  ids: readonly string[],
): Promise<ServiceRow[]> {
  let kept = shown.get(index);
  if (!kept) shown.set(index, (kept = new Map()));
  // Taken before the read: other searches may let some go meanwhile.
  const found = new Map(ids.flatMap((id) => (kept.has(id) ? [[id, kept.get(id)!]] : [])));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) {
    const { rows } = await pool.query<{ id: string; resource: Resource; modified: string }>(
      `select id, resource, to_jsonb(modified) #>> '{}' modified from services where id = any($1::text[])`,
      [missing],
    );
    for (const row of rows)
      found.set(row.id, {
        resource: row.resource,
        modified: new Date(row.modified).toISOString(),
      });
  }
  // A service removed since the index was read (by an import not yet noticed) is left out.
  const page = ids.flatMap((id) => {
    const row = found.get(id);
    if (!row) return [];
    // Shown again: the last to be let go.
    kept.delete(id);
    kept.set(id, row);
    return [row];
  });
  for (const id of kept.keys()) {
    if (kept.size <= ROWS_KEPT) break;
    kept.delete(id);
  }
  return page;
}

/** The distinct words of `words` as the index numbers them, in its order (PostgreSQL's). */
function numbered(index: SearchIndex, words: readonly string[]): number[] {
  return [...new Set(words.map((w) => index.word(w)).filter((w) => w >= 0))].sort((a, b) => a - b);
}

/**
 * The search answered from the index (search-memory.ts), in one of `threads` when given, or undefined when it cannot
 * say it as the statement would.
 */
export async function fromIndex(
  pool: pg.Pool,
  index: SearchIndex,
  threads: SearchThreads | undefined,
  meta: DirectoryMeta,
  query: ServiceQuery,
  words: readonly string[],
  concepts: readonly Concept[],
  completed: number,
): Promise<Found | undefined> {
  const operands = concepts.length ? await operandsOf(pool, concepts, meta.configs) : [];
  if (operands.some((o) => !o.plain)) return undefined;
  const opening = query.facets || query.filters.open?.includes('now');
  const minute = Math.floor(query.at.getTime() / 60_000);
  const [minutes, after] = await Promise.all([
    opening ? minutesOf(pool, index, minute) : undefined,
    query.modifiedAfter === undefined
      ? undefined
      : pool
          .query<{ us: string }>(
            'select (extract(epoch from $1::timestamptz) * 1000000)::int8::text us',
            [query.modifiedAfter],
          )
          .then(({ rows }) => Number(rows[0]!.us)),
  ]);
  const indexConcepts: IndexConcept[] = concepts.map((c, i) => {
    const o = operands[i]!;
    return {
      exact: numbered(index, o.exact),
      exactCount: new Set(o.exact).size,
      ...(o.completing !== undefined ? { completions: index.completions(o.completing) } : {}),
      widened: numbered(index, o.widened),
      widenedCount: new Set(o.widened).size,
      scale: c.weight * c.idf,
      weight: c.weight,
    };
  });
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  const pairs: Pair[] = [];
  for (let i = 0; i + 1 < meaningful.length; i++)
    pairs.push(pair(meaningful[i]!, meaningful[i + 1]!));
  const asked = arraysQuery(index, {
    concepts: indexConcepts,
    completed,
    pairs,
    wanted: concepts.reduce((sum, c) => sum + c.weight, 0),
    filters: query.filters,
    nothing: !!query.otherTaxonomy,
    terms: query.taxonomyTermIds,
    ...(query.organizationId !== undefined ? { organizationId: query.organizationId } : {}),
    ...(after !== undefined ? { modifiedAfter: after } : {}),
    ...(query.minimumAge !== undefined ? { minimumAge: query.minimumAge } : {}),
    ...(query.maximumAge !== undefined ? { maximumAge: query.maximumAge } : {}),
    sort: query.sort === 'distance' ? 'relevance' : query.sort,
    offset: (query.page - 1) * query.perPage,
    limit: query.perPage,
    facets: query.facets,
    ...(minutes ? { clock: { minute, minutes } } : {}),
  });
  const answer = answerOf(
    index,
    threads ? await threads.search(index, asked) : searchArrays(index, asked),
  );
  return {
    total: answer.total,
    rows: await pageRows(pool, index, answer.ids),
    ...(answer.facets ? { counts: answer.facets } : {}),
  };
}
