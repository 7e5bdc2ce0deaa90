/**
 * Importing a directory: a native or HSDS feed (a file, or a URL whose HSDS pages are followed) read with the
 * finder's own validation, and upserted by id in one transaction; a file is streamed, and its services are written
 * while the rest of it is read (see ./writer.ts). A full import removes what the source no longer has (never after
 * a partial read); `since` asks an HSDS API only for what changed (`modified_after`) and removes nothing. The words
 * of the directory are counted for typo correction.
 */
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { totalmem } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type pg from 'pg';
import {
  CATEGORY_SEPARATOR,
  FeedStream,
  feedOutcome,
  freshness,
  loadFeed,
  parseFeedFiles,
  startsTabular,
  type FeedFile,
  rareLanguageCode,
  taxonomyIndex,
  labelIn,
  type FeedLoad,
  type FeedMeta,
  type FeedProblem,
  type FeedResult,
  type Resource,
} from 'resource-finder/core.js';
import type { Database } from './database.js';
import { organizationId, termsOf } from './directory.js';
import { ServiceWriter } from './writer.js';
import { openReportCounts } from './reports.js';
import type { FromImport, ImportWork } from './import-thread.js';

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

/**
 * Reads a file (streamed), a spreadsheet or a URL (following HSDS pages) the way the finder does. `reading` is given
 * a streamed file's stream after each piece read: its valid resources so far can be used while the rest is read.
 */
export async function readSource(
  given: string | readonly string[],
  options: ImportOptions = {},
  reading?: (stream: FeedStream) => void,
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
  // Streamed, whatever its size: its resources can be written while the rest is read (as fast as parsing it whole
  // first, at 100,000 services), it never needs the whole text in memory, and a damaged file keeps its whole records.
  const stream = new FeedStream({ format, languageLookup: rareLanguageCode });
  for await (const chunk of createReadStream(source)) {
    stream.write(chunk as Uint8Array);
    reading?.(stream);
  }
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

/**
 * The heap of an import's thread. Its young generation takes the garbage of reading a source (each record's text,
 * parsed and checked) far larger than V8's default: at 1,000,000 services that garbage was moved into the old
 * generation, which then had gigabytes of records to mark again and again (measured: reading the file took 199 s, and
 * 129 s with 64 MB semi-spaces). The old generation may take half the memory (a container's, when it has a limit), and
 * at least Node.js's own default (about 4 GB on 64 bits), which a million services nearly fill.
 */
export function importLimits(memory = availableMemory()): {
  maxYoungGenerationSizeMb: number;
  maxOldGenerationSizeMb: number;
} {
  return {
    maxYoungGenerationSizeMb: IMPORT_YOUNG_MB,
    maxOldGenerationSizeMb: Math.max(4096, Math.floor(memory / 2 / 2 ** 20)),
  };
}
/** The machine's memory, or the process's share of it when the system limits it (a container's). */
function availableMemory(): number {
  return Math.min(totalmem(), process.constrainedMemory?.() || Infinity);
}

/** Three semi-spaces' worth (V8 sizes the young generation as 3 of them): semi-spaces of 64 MB. */
const IMPORT_YOUNG_MB = 192;

/**
 * Imports a feed into the database (see the module): in a thread of its own (`import-thread.ts`) when the database
 * says how to reach it, whose heap is sized for a large source ({@link importLimits}), or else in this thread.
 */
export function importFeed(
  db: Database,
  /** A file, a folder or a URL; several: one spreadsheet feed's files. */
  given: string | readonly string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const { connections } = db;
  if (!connections) return importHere(db, given, options);
  const { log, ...rest } = options;
  return new Promise((done, failed) => {
    const worker = new Worker(new URL('./import-thread.js', import.meta.url), {
      workerData: { connections, given, options: rest } satisfies ImportWork,
      resourceLimits: importLimits(),
    });
    let settled = false;
    worker.on('message', (message: FromImport) => {
      if (message.type === 'log') return log?.(message.line);
      settled = true;
      if (message.type === 'done') return done(message.report);
      failed(
        message.problems
          ? new ImportError(message.message, message.problems)
          : Object.assign(new Error(message.message), message.code ? { code: message.code } : {}),
      );
    });
    worker.on('error', (e) => {
      if (!settled) failed(e);
      settled = true;
    });
    worker.on('exit', (code) => {
      if (!settled) failed(new Error(`the import's thread stopped (exit code ${code})`));
      settled = true;
    });
  });
}

/** Imports a feed into the database (see the module), in this thread. */
export async function importHere(
  db: Database,
  /** A file, a folder or a URL; several: one spreadsheet feed's files. */
  given: string | readonly string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const source = typeof given === 'string' ? given : given.join(' ');
  const incremental = !!options.since;
  const client: pg.PoolClient = await db.bulk.connect();
  let removed = 0;
  let loaded!: Extract<FeedLoad, { ok: true }>;
  try {
    // The transaction starts once there is something to write: a source read whole (a URL's pages, a spreadsheet)
    // is read outside it.
    let writer: ServiceWriter | undefined;
    let opened: Promise<ServiceWriter> | undefined;
    const open = () =>
      (opened ??= (async () => {
        await client.query('begin');
        const { rows } = await client.query<{ id: string }>(
          "insert into imports (source, since, meta) values ($1, $2, '{}') returning id",
          [source, options.since ?? null],
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
        return (writer = new ServiceWriter({
          client,
          importId: rows[0]!.id,
          first,
          reorder: !incremental,
          now: new Date(),
          log,
        }));
      })());
    // A streamed file's services are written while the rest of it is read.
    log(`reading ${source}`);
    const read = await readSource(given, options, (stream) => {
      if (writer) writer.offer(stream.resources, () => stream.meta);
      // Its failure is thrown where it is awaited, below, once the source is read.
      else if (!opened && stream.resources.length) open().catch(() => {});
    });
    if (!read.ok) {
      if (read.aborted) throw new ImportError(`reading ${source} was cancelled`);
      throw new ImportError(read.error.message, read.error.problems ?? []);
    }
    loaded = read;
    const { resources, meta } = loaded;
    const written = await open();
    await written.finish(resources, meta);
    const { importId } = written.target;

    const organizations = new Map<string, string>();
    for (const r of resources)
      if (r.organization) organizations.set(organizationId(r.organization), r.organization);
    if (!incremental) await client.query('delete from taxonomy_terms');
    await client.query(
      `insert into taxonomy_terms (id, parent_id, name, labels)
       select x.id, x.parent_id, x.name, x.labels from jsonb_to_recordset($1::jsonb)
         as x(id text, parent_id text, name text, labels jsonb)
       on conflict (id) do update set parent_id = excluded.parent_id, name = excluded.name, labels = excluded.labels`,
      [JSON.stringify(taxonomyRows(meta, resources))],
    );
    await client.query(
      `insert into organizations (id, name) select x.id, x.name from jsonb_to_recordset($1::jsonb) as x(id text, name text)
       on conflict (id) do update set name = excluded.name`,
      [JSON.stringify([...organizations].map(([id, name]) => ({ id, name })))],
    );
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
    const entries = [...written.counts].filter(([, n]) => n > 0);
    for (let i = 0; i < entries.length; i += 5000) {
      const part = entries.slice(i, i + 5000);
      await client.query(
        `insert into words (word, documents) select * from unnest($1::text[], $2::int[])
         on conflict (word) do update set documents = greatest(words.documents, excluded.documents)`,
        [part.map(([w]) => w), part.map(([, n]) => n)],
      );
    }
    await client.query(
      'update imports set finished = now(), meta = $6, accepted = $2, rejected = $3, removed = $4, configs = $5, zones = $7 where id = $1',
      [
        importId,
        resources.length,
        loaded.total - resources.length - (loaded.hidden ?? 0),
        removed,
        [...written.configs],
        JSON.stringify(meta),
        [...written.zones].sort(),
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
  const { resources } = loaded;
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
