/**
 * Importing a directory: a native or HSDS feed (a file, or a URL whose HSDS pages are followed) read with the
 * finder's own validation, then upserted by id in one transaction. A full import removes what the source no longer
 * has (never after a partial read); `since` asks an HSDS API only for what changed (`modified_after`) and removes
 * nothing. The words of the directory are counted for typo correction.
 */
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type pg from 'pg';
import {
  CATEGORY_SEPARATOR,
  FeedStream,
  feedOutcome,
  fold,
  freshness,
  loadFeed,
  parseFeedData,
  parseFeedFiles,
  startsTabular,
  type FeedFile,
  optionsOf,
  rareLanguageCode,
  searchableFields,
  taxonomyIndex,
  tokenize,
  weeklyRanges,
  labelIn,
  type FeedLoad,
  type FeedMeta,
  type FeedProblem,
  type FeedResult,
  type Resource,
} from 'resource-finder/core.js';
import type { Database } from './database.js';
import { organizationId, termsOf, searchConfigs } from './directory.js';
import { openReportCounts } from './reports.js';

/** What an import did. */
export interface ImportReport {
  readonly source: string;
  readonly format?: FeedResult['format'];
  /** Records in the source. */
  readonly total: number;
  readonly accepted: number;
  /** Records that could not be used. */
  readonly rejected: number;
  /** Inactive HSDS services left out on purpose. */
  readonly hidden: number;
  /** Services removed because the source no longer has them (full imports only). */
  readonly removed: number;
  /** Every problem found, as the validator reports them. */
  readonly problems: readonly FeedProblem[];
  /** Set when the source could only be read in part: nothing was removed. */
  readonly incomplete?: string;
  /** Services of this import that visitors reported wrong, with how many open reports each has (GET /reports). */
  readonly openReports: ReadonlyArray<{ id: string; open: number }>;
  /** Services of this import past their "verify by" age (`verifyMonths`), or with no last-verified date. */
  readonly unverified: readonly string[];
  readonly milliseconds: number;
}

/** Options of {@link importFeed}. */
export interface ImportOptions {
  /** Only what changed since then (an HSDS API's `modified_after`); removes nothing. */
  since?: string;
  /** `auto` (default) recognizes the format. */
  format?: 'auto' | 'native' | 'hsds';
  /** Months after which a service's last verification is too old: it is named in `unverified`. Default 12. */
  verifyMonths?: number;
  /** Most HSDS pages to follow. Default 100,000. */
  maxPages?: number;
  /** Hears progress. */
  log?: (line: string) => void;
}

/** An import that could not start: the source could not be read, or had nothing usable. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly problems: readonly FeedProblem[] = [],
  ) {
    super(message);
  }
}

const ROWS_PER_STATEMENT = 500;
/**
 * A file up to this size is parsed whole, about three times faster than streamed (the result is the same: the
 * stream's tests compare the two). A larger one, or one that is not valid JSON (whose whole records are kept), is
 * streamed.
 */
const WHOLE_FILE_BYTES = 256 * 2 ** 20;
const MINUTES_PER_WEEK = 7 * 24 * 60;

/** Whether a local source is a spreadsheet: a folder, or a file that does not begin as JSON (CSV, zip). */
async function isSpreadsheet(source: string): Promise<boolean> {
  if (/^https?:\/\//i.test(source)) return false;
  const info = await stat(source).catch(() => undefined);
  if (!info) return false;
  if (info.isDirectory()) return true;
  const file = await open(source);
  try {
    const { buffer, bytesRead } = await file.read(new Uint8Array(64), 0, 64, 0);
    return startsTabular(buffer.subarray(0, bytesRead)) === true;
  } finally {
    await file.close();
  }
}

/** The files of spreadsheet sources: a folder gives its CSV files, in name order. */
async function readFiles(sources: readonly string[]): Promise<FeedFile[]> {
  const files: FeedFile[] = [];
  for (const source of sources) {
    const info = await stat(source).catch(() => undefined);
    if (!info) throw new ImportError(`${source}: no such file`);
    const names = info.isDirectory()
      ? (await readdir(source)).filter((n) => /\.(csv|tsv|txt)$/i.test(n)).sort()
      : [''];
    for (const name of names)
      files.push({
        name: name || source,
        bytes: new Uint8Array(await readFile(join(source, name))),
      });
  }
  if (!files.length) throw new ImportError(`${sources.join(' ')} has no CSV file`);
  return files;
}

/** Reads a file (streamed), a spreadsheet or a URL (following HSDS pages) the way the finder does. */
export async function readSource(
  given: string | readonly string[],
  options: ImportOptions = {},
): Promise<FeedLoad> {
  const format = options.format ?? 'auto';
  // Several sources are one spreadsheet feed's files (HSDS's CSV tables): URLs, files or folders. One source is a
  // file (a path may hold spaces), a folder or a URL.
  const parts = typeof given === 'string' ? [given] : given;
  if (parts.length > 1 && parts.every((p) => /^https?:\/\//i.test(p)))
    return loadFeed(parts.join(' '), {
      format,
      timeout: 120_000,
      languageLookup: rareLanguageCode,
    });
  const source = parts[0] ?? '';
  if (parts.length > 1 || (await isSpreadsheet(source)))
    return parseFeedFiles(await readFiles(parts), format, { languageLookup: rareLanguageCode });
  if (/^https?:\/\//i.test(source)) {
    const url = new URL(source);
    if (options.since) url.searchParams.set('modified_after', options.since);
    return loadFeed(url.toString(), {
      format,
      maxPages: options.maxPages ?? 100_000,
      timeout: 120_000,
      languageLookup: rareLanguageCode,
    });
  }
  const size = (await stat(source).catch(() => undefined))?.size;
  if (size !== undefined && size <= WHOLE_FILE_BYTES) {
    let data: unknown;
    try {
      data = JSON.parse(await readFile(source, 'utf8'));
    } catch {
      data = undefined;
    }
    if (data !== undefined)
      return feedOutcome(parseFeedData(data, format, { languageLookup: rareLanguageCode }));
  }
  const stream = new FeedStream({ format, languageLookup: rareLanguageCode });
  for await (const chunk of createReadStream(source)) stream.write(chunk as Uint8Array);
  const ended = stream.end();
  if (!ended.ok)
    throw new ImportError(
      ended.syntaxError
        ? `${source} is not valid JSON: ${ended.syntaxError}`
        : `${source} has no whole record`,
    );
  // A damaged file keeps its whole records, and counts as read in part: nothing is removed for it.
  if (ended.cut)
    return feedOutcome({
      ...ended.result,
      incomplete: {
        loadedPages: 0,
        totalPages: 1,
        message: `${source} is damaged: ${ended.cut}`,
        cut: ended.result.total,
        damaged: true,
      },
    });
  return feedOutcome(ended.result);
}

/** The time ranges of a resource's weekly hours, as a PostgreSQL multirange of minutes of the week. */
function openMinutes(r: Resource): string | null {
  if (!r.hours?.weekly.length) return null;
  const ranges: Array<[number, number]> = [];
  for (const [start, end] of weeklyRanges(r.hours)) {
    if (end > MINUTES_PER_WEEK) {
      ranges.push([start, MINUTES_PER_WEEK], [0, end - MINUTES_PER_WEEK]);
    } else if (end > start) ranges.push([start, end]);
  }
  return ranges.length ? `{${ranges.map(([a, b]) => `[${a},${b})`).join(',')}}` : null;
}

/** One row of `services`, as JSON for `jsonb_to_recordset`, from the record and its searchable fields. */
function row(
  r: Resource,
  meta: FeedMeta,
  now: Date,
  position: number,
  fields: ReturnType<typeof searchableFields>,
) {
  const join = (...parts: string[][]) => parts.flat().filter(Boolean).join(' \n ');
  return {
    id: r.id,
    organization_id: r.organization ? organizationId(r.organization) : null,
    name: r.name,
    resource: r,
    categories: optionsOf(r, 'categories', now),
    terms: [...new Set((r.categories ?? []).flatMap((c) => termsOf(c, !!meta.taxonomy)))],
    places: optionsOf(r, 'places', now),
    languages: optionsOf(r, 'languages', now),
    audiences: optionsOf(r, 'audiences', now),
    accessibility: optionsOf(r, 'accessibility', now),
    delivery: optionsOf(r, 'delivery', now),
    free: !!r.cost?.free,
    min_age: r.eligibility?.minAge ?? null,
    max_age: r.eligibility?.maxAge ?? null,
    lat: r.confidential ? null : (r.coordinates?.lat ?? null),
    lng: r.confidential ? null : (r.coordinates?.lng ?? null),
    hours_zone: r.hours?.timezone ?? null,
    open_minutes: openMinutes(r),
    name_key: fold(r.name),
    position,
    verified: r.lastVerified?.slice(0, 10) ?? null,
    a: join(fields.name),
    b: join(fields.categories, fields.tags, fields.audiences),
    c: join(fields.organization, fields.place),
    d: join(fields.description),
    configs: searchConfigs([meta.language, ...Object.keys(r.translations ?? {})]),
  };
}

const UPSERT = `
insert into services as s (id, organization_id, name, resource, categories, terms, places, languages, audiences,
  accessibility, delivery, free, min_age, max_age, lat, lng, hours_zone, open_minutes, name_key, position, verified,
  search, seen_by)
select x.id, x.organization_id, x.name, x.resource, x.categories, x.terms, x.places, x.languages, x.audiences,
  x.accessibility, x.delivery, x.free, x.min_age, x.max_age, x.lat, x.lng, x.hours_zone,
  x.open_minutes::int4multirange, x.name_key, x.position, x.verified::date, rf_document(x.a, x.b, x.c, x.d, x.configs::regconfig[]),
  $2
from jsonb_to_recordset($1::jsonb) as x(id text, organization_id text, name text, resource jsonb, categories text[],
  terms text[], places text[], languages text[], audiences text[], accessibility text[], delivery text[],
  free boolean, min_age int, max_age int, lat float8, lng float8, hours_zone text, open_minutes text, name_key text,
  position int, verified text, a text, b text, c text, d text, configs text[])
on conflict (id) do update set organization_id = excluded.organization_id, name = excluded.name,
  resource = excluded.resource, categories = excluded.categories, terms = excluded.terms, places = excluded.places,
  languages = excluded.languages, audiences = excluded.audiences, accessibility = excluded.accessibility,
  delivery = excluded.delivery, free = excluded.free, min_age = excluded.min_age, max_age = excluded.max_age,
  lat = excluded.lat, lng = excluded.lng, hours_zone = excluded.hours_zone, open_minutes = excluded.open_minutes,
  name_key = excluded.name_key, verified = excluded.verified,
  position = case when $3 then excluded.position else s.position end, search = excluded.search, seen_by = excluded.seen_by,
  modified = case when s.resource is distinct from excluded.resource then now() else s.modified end`;

/** The taxonomy terms of a directory: the feed's own, or its categories' levels by name. */
function taxonomyRows(meta: FeedMeta, resources: readonly Resource[]) {
  if (meta.taxonomy) {
    const index = taxonomyIndex(meta.taxonomy, meta.language);
    return meta.taxonomy.map((t) => ({
      id: t.id,
      parent_id: t.parent ?? null,
      name: labelIn(t.labels, meta.language ?? 'en', index.language) ?? t.id,
      labels: t.labels,
    }));
  }
  const rows = new Map<string, { id: string; parent_id: string | null; name: string }>();
  for (const r of resources)
    for (const category of r.categories ?? []) {
      const levels = category.split(CATEGORY_SEPARATOR).map((l) => l.trim());
      const ids = termsOf(category, false);
      levels.forEach((name, i) => {
        const id = ids[i]!;
        if (!rows.has(id)) rows.set(id, { id, parent_id: ids[i - 1] ?? null, name });
      });
    }
  return [...rows.values()].map((t) => ({ ...t, labels: {} }));
}

/** Imports a feed into the database (see the module). */
export async function importFeed(
  db: Database,
  /** A file, a folder or a URL; several: one spreadsheet feed's files. */
  given: string | readonly string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const source = typeof given === 'string' ? given : given.join(' ');
  log(`reading ${source}`);
  const loaded = await readSource(given, options);
  if (!loaded.ok) {
    if (loaded.aborted) throw new ImportError(`reading ${source} was cancelled`);
    throw new ImportError(loaded.error.message, loaded.error.problems ?? []);
  }
  const { resources, meta } = loaded;
  const incremental = !!options.since;
  const now = new Date();
  const client: pg.PoolClient = await db.pool.connect();
  let removed = 0;
  try {
    await client.query('begin');
    const { rows } = await client.query<{ id: string }>(
      'insert into imports (source, since, meta) values ($1, $2, $3) returning id',
      [source, options.since ?? null, JSON.stringify(meta)],
    );
    const importId = rows[0]!.id;

    const organizations = new Map<string, string>();
    for (const r of resources)
      if (r.organization) organizations.set(organizationId(r.organization), r.organization);
    const terms = taxonomyRows(meta, resources);
    if (!incremental) await client.query('delete from taxonomy_terms');
    await client.query(
      `insert into taxonomy_terms (id, parent_id, name, labels)
       select x.id, x.parent_id, x.name, x.labels from jsonb_to_recordset($1::jsonb)
         as x(id text, parent_id text, name text, labels jsonb)
       on conflict (id) do update set parent_id = excluded.parent_id, name = excluded.name, labels = excluded.labels`,
      [JSON.stringify(terms)],
    );
    await client.query(
      `insert into organizations (id, name) select x.id, x.name from jsonb_to_recordset($1::jsonb) as x(id text, name text)
       on conflict (id) do update set name = excluded.name`,
      [JSON.stringify([...organizations].map(([id, name]) => ({ id, name })))],
    );

    // A full import gives the source's order; an incremental one puts new services after the others.
    const first = incremental
      ? Number(
          (
            await client.query<{ n: number }>(
              'select coalesce(max(position), -1) + 1 n from services',
            )
          ).rows[0]!.n,
        )
      : 0;
    const configs = new Set<string>();
    // The directory's words, for correcting typos, counted from the fields each row is written from.
    const counts = new Map<string, number>();
    // Each statement is prepared while PostgreSQL writes the one before (the two share the machine's cores).
    let writing: Promise<unknown> = Promise.resolve();
    for (let i = 0; i < resources.length; i += ROWS_PER_STATEMENT) {
      const batch = resources.slice(i, i + ROWS_PER_STATEMENT).map((r, k) => {
        const fields = searchableFields(r, meta.taxonomy);
        const words = new Set(Object.values(fields).flatMap((texts) => texts.flatMap(tokenize)));
        for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
        return row(r, meta, now, first + i + k, fields);
      });
      for (const r of batch) for (const config of r.configs) configs.add(config);
      const values = [JSON.stringify(batch), importId, !incremental];
      await writing;
      writing = client.query(UPSERT, values);
      // Its failure is thrown where it is awaited; until then it is not an unhandled rejection.
      writing.catch(() => {});
      if (i && i % 20_000 === 0) log(`${i} services written`);
    }
    await writing;
    // What the source no longer has goes, unless the source was only read in part.
    if (!incremental && !loaded.incomplete) {
      removed = (await client.query('delete from services where seen_by <> $1', [importId]))
        .rowCount!;
      await client.query(
        'delete from organizations o where not exists (select 1 from services s where s.organization_id = o.id)',
      );
    }

    // The directory's words, for correcting typos: counted again after a full import, added to after a partial one.
    const replace = !incremental && !loaded.incomplete;
    if (replace) await client.query('truncate words');
    const entries = [...counts];
    for (let i = 0; i < entries.length; i += 5000) {
      const part = entries.slice(i, i + 5000);
      await client.query(
        `insert into words (word, documents) select * from unnest($1::text[], $2::int[])
         on conflict (word) do update set documents = greatest(words.documents, excluded.documents)`,
        [part.map(([w]) => w), part.map(([, n]) => n)],
      );
    }
    await client.query(
      'update imports set finished = now(), accepted = $2, rejected = $3, removed = $4, configs = $5 where id = $1',
      [
        importId,
        resources.length,
        loaded.total - resources.length - (loaded.hidden ?? 0),
        removed,
        [...configs],
      ],
    );
    await client.query('commit');
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
  // Merges what the import added to the GIN indexes' pending lists (searched one entry at a time until then), and
  // brings the planner's statistics up to date.
  await db.pool.query('vacuum analyze services');
  await db.pool.query('vacuum analyze words');
  // What the maintainer should check: services visitors reported wrong, and those past their "verify by" age.
  const openReports = await openReportCounts(db.pool, new Set(resources.map((r) => r.id)));
  const unverified = resources
    .filter((r) => freshness(r.lastVerified, new Date(), options.verifyMonths ?? 12) !== 'fresh')
    .map((r) => r.id);
  return {
    source,
    ...(loaded.format ? { format: loaded.format } : {}),
    total: loaded.total,
    accepted: resources.length,
    rejected: loaded.total - resources.length - (loaded.hidden ?? 0),
    hidden: loaded.hidden ?? 0,
    removed,
    problems: loaded.problems,
    ...(loaded.incomplete ? { incomplete: loaded.incomplete.message } : {}),
    openReports,
    unverified,
    milliseconds: Date.now() - started,
  };
}
