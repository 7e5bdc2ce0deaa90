/**
 * Writing an import's services: each resource becomes a row of `services` (its filters' columns and its weighted
 * search document), upserted by id in the import's transaction, a statement of {@link ROWS_PER_STATEMENT} rows at a
 * time. Each statement is prepared while PostgreSQL writes the one before, and a streamed file's resources are written
 * while the rest of it is read, so that the file is never held whole.
 */
import type pg from 'pg';
import {
  fold,
  optionsOf,
  searchableFields,
  tokenize,
  weeklyRanges,
  type FeedMeta,
  type Resource,
} from 'resource-finder/core.js';
import { organizationId, searchConfigs, termsOf } from './directory.js';

/** Rows a statement writes. */
export const ROWS_PER_STATEMENT = 500;
const MINUTES_PER_WEEK = 7 * 24 * 60;

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

/** What a row depends on in the feed's metadata, as a key: rows written with another key are written again. */
function metaKey(meta: FeedMeta): string {
  return JSON.stringify([meta.language ?? null, meta.taxonomy ?? null]);
}

/** Where an import writes: its transaction's connection, its id and what its rows are given. */
export interface WriteTarget {
  readonly client: pg.PoolClient;
  readonly importId: string;
  /** The position of the import's first service (a full import starts at 0; an incremental one after the others). */
  readonly first: number;
  /** Whether the source's order replaces the positions of services already there (a full import). */
  readonly reorder: boolean;
  readonly now: Date;
  readonly log: (line: string) => void;
}

/**
 * An import's services, written as they are offered (while the source is read) and then whole
 * ({@link ServiceWriter.finish}). A resource replaced since it was written (a stream names some categories only once
 * it has read their terms) is written again, as are all of them when the feed's language or taxonomy arrived after
 * them. The directory's words are counted from the fields each row is written from.
 */
export class ServiceWriter {
  /** The directory's words (for correcting typos), with how many services hold each. */
  readonly counts = new Map<string, number>();
  /** The stemming configurations of the services written. */
  readonly configs = new Set<string>();
  /** The time zones of the services' hours. */
  readonly zones = new Set<string>();
  /** The resources written, at their positions in the import. */
  private readonly written: Resource[] = [];
  /** The metadata keys the rows were written with. */
  private readonly keys = new Set<string>();
  private writing: Promise<unknown> = Promise.resolve();
  private busy = false;
  private failed = false;
  /** Rows sent to be written, for the log. */
  private sent = 0;

  constructor(readonly target: WriteTarget) {}

  /**
   * While the source is read: writes the next statement's resources, unless PostgreSQL is still writing the one
   * before (then they wait for the next offer, or for {@link finish}). `meta` is asked for only when rows are written.
   */
  offer(resources: readonly Resource[], meta: () => FeedMeta): void {
    const from = this.written.length;
    if (this.busy || this.failed || resources.length - from < ROWS_PER_STATEMENT) return;
    this.busy = true;
    this.send(resources, from, from + ROWS_PER_STATEMENT, meta()).catch(() => {});
    this.writing.then(
      () => (this.busy = false),
      () => (this.failed = true),
    );
  }

  /** Writes what is left once the source is read, and again what changed since it was written. */
  async finish(resources: readonly Resource[], meta: FeedMeta): Promise<void> {
    await this.writing;
    const key = metaKey(meta);
    if ([...this.keys].some((k) => k !== key)) {
      // Written with a language or taxonomy that the feed gave otherwise later: every row again.
      this.written.length = 0;
      this.keys.clear();
      this.counts.clear();
      this.configs.clear();
      this.zones.clear();
    }
    const changed: number[] = [];
    this.written.forEach((r, i) => {
      if (resources[i] !== r) changed.push(i);
    });
    for (let i = 0; i < changed.length; i += ROWS_PER_STATEMENT) {
      const at = changed.slice(i, i + ROWS_PER_STATEMENT);
      for (const k of at) this.count(this.written[k]!, meta, -1);
      this.keys.add(key);
      await this.writeRows(at.map((k) => this.prepare(resources[k]!, k, meta)));
    }
    for (let from = this.written.length; from < resources.length; from += ROWS_PER_STATEMENT)
      await this.send(resources, from, from + ROWS_PER_STATEMENT, meta);
    await this.writing;
  }

  /** Prepares rows `from` to `to` and writes them once the statement before is written (awaits that one). */
  private send(resources: readonly Resource[], from: number, to: number, meta: FeedMeta) {
    // Once a statement: the key holds the whole taxonomy.
    this.keys.add(metaKey(meta));
    const rows = resources.slice(from, to).map((r, k) => this.prepare(r, from + k, meta));
    return this.writeRows(rows);
  }

  /** The row of the resource at `index` in the import, counted as written. */
  private prepare(r: Resource, index: number, meta: FeedMeta) {
    const fields = this.count(r, meta, 1);
    this.written[index] = r;
    const prepared = row(r, meta, this.target.now, this.target.first + index, fields);
    for (const config of prepared.configs) this.configs.add(config);
    if (prepared.hours_zone) this.zones.add(prepared.hours_zone);
    return prepared;
  }

  /** Counts (or, with -1, uncounts) the words of a resource; gives its searchable fields. */
  private count(r: Resource, meta: FeedMeta, by: 1 | -1) {
    const fields = searchableFields(r, meta.taxonomy);
    const words = new Set(Object.values(fields).flatMap((texts) => texts.flatMap(tokenize)));
    for (const word of words) this.counts.set(word, (this.counts.get(word) ?? 0) + by);
    return fields;
  }

  /** Writes prepared rows after the statement before; resolves once that one is written (not this one). */
  private async writeRows(rows: ReturnType<typeof row>[]): Promise<void> {
    const { client, importId, reorder, log } = this.target;
    const values = [JSON.stringify(rows), importId, reorder];
    const before = this.writing;
    this.writing = before.then(() => client.query(UPSERT, values));
    // Its failure is thrown where it is awaited; until then it is not an unhandled rejection.
    this.writing.catch(() => {});
    const sent = this.sent;
    this.sent += rows.length;
    if (Math.floor(sent / 20_000) < Math.floor(this.sent / 20_000))
      log(`${this.sent - (this.sent % 20_000)} services written`);
    await before;
  }
}
