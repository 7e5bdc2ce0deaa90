/**
 * The HTTP API: HSDS 3.0's `GET /services`, `/services/{id}`, `/taxonomies`, `/taxonomy_terms`, `/organizations`
 * (with the `Page` envelope), this server's extension (filters, facets, "did you mean", the finder's records),
 * referrals, and a demo page of the finder in server mode. Every error is JSON; logs hold the method, the route and
 * the status, never a query string or a body (what people search for and send is theirs).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { toHsdsService, type Resource } from 'resource-finder/core.js';
import type { Database } from './database.js';
import { DirectoryMeta, TAXONOMY, organizationId } from './directory.js';
import { BadRequest, flag, paging, serviceQuery, text } from './params.js';
import {
  authorized,
  listReferrals,
  markHandled,
  RateLimit,
  receiveReferral,
  type Answer,
} from './referrals.js';
import { listingReports, receiveReport, reportedListings, resolveReports } from './reports.js';
import { JsonText, jsonOf, stringify } from './json-text.js';
import { SearchIndex } from './search-index.js';
import { SearchThreads } from './search-threads.js';
import { searchServices, type ServiceRow } from './search.js';

/** Options of {@link createApi}. */
export interface ApiOptions {
  /** Origins allowed to call the API from a browser (`*`: any). Default none: same origin only. */
  corsOrigins?: readonly string[];
  /** The token that lists and handles stored referrals; without one those endpoints answer 404. */
  referralsToken?: string;
  /** Referrals one client address may post per window (reports too, counted apart). Default 20 per 10 minutes. */
  referralLimit?: { max: number; windowMs: number };
  /** The maintainer's token that lists and resolves problem reports; without one those endpoints answer 404. */
  reportsToken?: string;
  /** Hears one line per request (method, route, status, milliseconds). */
  log?: (line: string) => void;
  /**
   * Seconds an answer of `GET /services` is reused for the same parameters (the start page, a popular search);
   * 0 never reuses one. Default 30. Data changes only by import: an import by this process clears them at once.
   */
  cacheSeconds?: number;
  /**
   * Answers with the extension (`records`, `facets`, `did_you_mean`, filter parameters). Default true; false answers
   * as plain HSDS 3.0 (extension parameters ignored, no extra fields), for clients that accept nothing else.
   */
  extension?: boolean;
  /** Milliseconds a search may run before it is cancelled and answered 503 (try again). Default 5000. */
  searchTimeoutMs?: number;
  /** How often (milliseconds) to look for an import made by another process. Default 15,000. */
  importCheckMs?: number;
  /**
   * Keeps the directory's search index in this process's memory (search-index.ts), read at start and after each
   * import, to find, rank and count services without reading each of them in the database. Default true. Until it is
   * read, and when false, every search is one statement in PostgreSQL, with the same answers.
   */
  searchIndex?: boolean;
  /**
   * Threads that search the index, beside the one that reads requests and writes answers. Default: the machine's
   * cores (at most 4); 0 searches in the process's own thread.
   */
  searchThreads?: number;
}

/** The most answers kept for reuse. */
const CACHED_ANSWERS = 500;

/** The parameters of HSDS 3.0's `GET /services`. */
const HSDS_PARAMETERS = new Set([
  'search',
  'page',
  'per_page',
  'format',
  'taxonomy_term_id',
  'taxonomy_id',
  'organization_id',
  'modified_after',
  'minimal',
  'full',
]);

/** The largest request body read (a referral is far smaller). */
const MAX_BODY = 64 * 1024;
const HSDS_ROOT = {
  version: '3.0',
  profile: 'https://docs.openreferral.org/en/latest/hsds/',
  openapi_url:
    'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json',
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The HSDS `Page` envelope. */
function envelope(total: number, page: number, perPage: number, contents: unknown[]) {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, 'too-large', 'The request is too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The finder's drop-in files, served beside the demo page. */
function widgetFile(name: string): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('resource-finder/resource-finder.min.js')), name);
}

const DEMO_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Directory server: the finder in server mode</title>
<script type="module" src="/demo/resource-finder.min.js"></script>
<style>body { font-family: system-ui, sans-serif; max-width: 72rem; margin: 1rem auto; padding: 0 1rem; }</style>
</head>
<body>
<h1>Directory</h1>
<resource-finder api="/"></resource-finder>
</body>
</html>
`;

/** The API's request handler and server. */
export function createApi(db: Database, options: ApiOptions = {}) {
  const { pool } = db;
  const log = options.log ?? (() => {});
  const origins = new Set(options.corsOrigins ?? []);
  const limit = new RateLimit(
    options.referralLimit?.max ?? 20,
    options.referralLimit?.windowMs ?? 10 * 60_000,
  );
  const reportLimit = new RateLimit(limit.max, limit.windowMs);
  let meta: Promise<DirectoryMeta> = DirectoryMeta.load(pool);
  // An import by another process (the `import` command, a scheduled sync) is noticed within this many milliseconds:
  // the directory's metadata is read again and the reused answers dropped.
  const IMPORT_CHECK_MS = options.importCheckMs ?? 15_000;
  let lastImport: Promise<string | null> = latestImport();
  let checked = Date.now();

  // The search index: read at start and after each import. A search uses it only when it holds the last import.
  let index: SearchIndex | undefined;
  let indexing: Promise<void> = Promise.resolve();
  const threads = new SearchThreads(
    options.searchThreads ?? Math.min(4, availableParallelism()),
    log,
  );
  function readIndex(): Promise<void> {
    if (options.searchIndex === false) return indexing;
    // An index of an earlier import is never used again: its memory is given back before the next is read.
    index = undefined;
    threads.release();
    const started = Date.now();
    const reading: Promise<void> = SearchIndex.load(pool).then(
      (read) => {
        if (indexing !== reading) return;
        index = read;
        log(
          `search index: ${read.size} services, ${Math.round(read.bytes / 2 ** 20)} MB, read in ${Date.now() - started} ms`,
        );
      },
      (e: Error) =>
        log(`the search index could not be read (searches use the database): ${e.message}`),
    );
    return (indexing = reading);
  }
  void readIndex();
  /** The index, when it holds the last import this process knows of. */
  async function currentIndex(): Promise<SearchIndex | undefined> {
    const latest = await lastImport;
    return index && index.generation === latest ? index : undefined;
  }

  function latestImport(): Promise<string | null> {
    return pool
      .query<{ id: string | null }>('select max(id) id from imports where finished is not null')
      .then((r) => r.rows[0]?.id ?? null);
  }

  /** The directory's metadata, read again when an import has finished since. */
  async function current(): Promise<DirectoryMeta> {
    if (Date.now() - checked > IMPORT_CHECK_MS) {
      checked = Date.now();
      const [before, now] = [await lastImport, await (lastImport = latestImport())];
      if (before !== now) {
        answers.clear();
        meta = DirectoryMeta.load(pool);
        void readIndex();
      }
    }
    return meta;
  }

  const hsds = (resource: Resource, modified: string, directory: DirectoryMeta, full = true) =>
    toHsdsService(resource, {
      full,
      modified,
      taxonomy: TAXONOMY,
      terms: directory.terms,
      ...(resource.organization ? { organizationId: organizationId(resource.organization) } : {}),
    });

  /** Each record's HSDS text, by form, while the record is kept (see `pageRows` in search-from-index.ts). */
  const texts = new WeakMap<Resource, { directory: DirectoryMeta; forms: Map<string, JsonText> }>();

  const cacheMs = (options.cacheSeconds ?? 30) * 1000;
  const answers = new Map<string, { at: number; body: Promise<unknown> }>();

  /** `GET /services`, reused for the same parameters within the same minute ("open now" counts change with it). */
  function cachedServices(params: URLSearchParams): Promise<unknown> {
    if (!cacheMs) return services(params);
    const now = Date.now();
    const sorted = new URLSearchParams(
      [...params].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    const key = `${Math.floor(now / 60_000)}|${sorted.toString()}`;
    const known = answers.get(key);
    if (known && now - known.at < cacheMs) return known.body;
    if (answers.size >= CACHED_ANSWERS)
      for (const [k, v] of answers)
        if (now - v.at >= cacheMs || answers.size >= CACHED_ANSWERS) answers.delete(k);
    const body = services(params);
    answers.set(key, { at: now, body });
    // A failed answer is not kept.
    body.catch(() => answers.delete(key));
    return body;
  }

  const extension = options.extension ?? true;
  /** Parameters as this server reads them: without the extension, only HSDS's own. */
  const hsdsOnly = (params: URLSearchParams) =>
    extension
      ? params
      : new URLSearchParams([...params].filter(([key]) => HSDS_PARAMETERS.has(key)));

  async function services(given: URLSearchParams) {
    const params = hsdsOnly(given);
    const directory = await current();
    const query = serviceQuery(params, TAXONOMY.id);
    const minimal = flag(params, 'minimal') ?? false;
    const full = flag(params, 'full') ?? true;
    const records = flag(params, 'records') ?? false;
    const usable = await currentIndex();
    const found = await searchServices(pool, directory, query, {
      ...(options.searchTimeoutMs !== undefined ? { timeoutMs: options.searchTimeoutMs } : {}),
      ...(usable ? { index: usable, threads } : {}),
    });
    const record = ({ resource, modified, distance }: ServiceRow) => {
      if (minimal)
        return { id: resource.id, name: resource.name, status: 'active', last_modified: modified };
      const service = hsds(resource, modified, directory, full);
      if (records)
        service.x_resource_finder = {
          record: resource,
          ...(distance !== undefined ? { distance_km: distance } : {}),
        };
      return service;
    };
    const contents = found.rows.map((row) => {
      if (row.distance !== undefined) return record(row);
      // A service shown again (the same record object, kept with the index) is written once for each form.
      let written = texts.get(row.resource);
      if (written?.directory !== directory)
        texts.set(row.resource, (written = { directory, forms: new Map() }));
      const form = `${minimal}${full}${records}`;
      let text = written.forms.get(form);
      if (!text) written.forms.set(form, (text = new JsonText(JSON.stringify(record(row)))));
      return text;
    });
    return {
      ...envelope(found.total, query.page, query.perPage, contents),
      ...(found.facets ? { facets: found.facets } : {}),
      ...(extension && found.didYouMean ? { did_you_mean: found.didYouMean } : {}),
      ...(records
        ? {
            x_resource_finder: {
              meta: {
                ...(directory.meta.title ? { title: directory.meta.title } : {}),
                ...(directory.meta.language ? { language: directory.meta.language } : {}),
                ...(directory.meta.taxonomy ? { taxonomy: directory.meta.taxonomy } : {}),
                ...(directory.meta.needs ? { needs: directory.meta.needs } : {}),
                ...(directory.meta.publisher ? { publisher: directory.meta.publisher } : {}),
                ...(directory.meta.updated ? { updated: directory.meta.updated } : {}),
              },
              size: directory.size,
            },
          }
        : {}),
    };
  }

  async function service(id: string, given: URLSearchParams) {
    const params = hsdsOnly(given);
    const directory = await current();
    const { rows } = await pool.query<{ resource: Resource; modified: Date }>(
      'select resource, modified from services where id = $1',
      [id],
    );
    if (!rows[0]) throw new HttpError(404, 'not-found', 'There is no service with this id.');
    const out = hsds(rows[0].resource, rows[0].modified.toISOString(), directory);
    if (flag(params, 'records')) out.x_resource_finder = { record: rows[0].resource };
    return out;
  }

  async function taxonomyTerms(params: URLSearchParams, id?: string) {
    const { page, perPage } = paging(params, 50);
    const where: string[] = [];
    const values: unknown[] = [];
    if (id !== undefined) where.push(`id = $${values.push(id)}`);
    const taxonomy = text(params, 'taxonomy_id');
    if (taxonomy !== undefined && taxonomy !== TAXONOMY.id) where.push('false');
    const parent = text(params, 'parent_id');
    if (parent !== undefined) where.push(`parent_id = $${values.push(parent)}`);
    if (flag(params, 'top_only')) where.push('parent_id is null');
    const search = text(params, 'search');
    if (search !== undefined)
      where.push(
        `rf_fold(name || ' ' || labels::text) like '%' || rf_fold($${values.push(search)}) || '%'`,
      );
    const { rows } = await pool.query<{
      total: string;
      id: string;
      parent_id: string | null;
      name: string;
      labels: Record<string, string>;
    }>(
      `select count(*) over () total, id, parent_id, name, labels from taxonomy_terms
       ${where.length ? `where ${where.join(' and ')}` : ''} order by id
       limit $${values.push(perPage)} offset $${values.push((page - 1) * perPage)}`,
      values,
    );
    const terms = rows.map((t) => ({
      id: t.id,
      name: t.name,
      description: t.name,
      ...(t.parent_id ? { parent_id: t.parent_id } : {}),
      taxonomy: TAXONOMY.name,
      taxonomy_id: TAXONOMY.id,
      ...(Object.keys(t.labels).length ? { x_labels: t.labels } : {}),
    }));
    if (id !== undefined) {
      if (!terms[0])
        throw new HttpError(404, 'not-found', 'There is no taxonomy term with this id.');
      return terms[0];
    }
    return envelope(rows[0] ? Number(rows[0].total) : 0, page, perPage, terms);
  }

  async function organizations(params: URLSearchParams, id?: string) {
    const { page, perPage } = paging(params, 50);
    const where: string[] = [];
    const values: unknown[] = [];
    if (id !== undefined) where.push(`id = $${values.push(id)}`);
    const search = text(params, 'search');
    if (search !== undefined)
      where.push(`rf_fold(name) like '%' || rf_fold($${values.push(search)}) || '%'`);
    const { rows } = await pool.query<{ total: string; id: string; name: string }>(
      `select count(*) over () total, id, name from organizations
       ${where.length ? `where ${where.join(' and ')}` : ''} order by name, id
       limit $${values.push(perPage)} offset $${values.push((page - 1) * perPage)}`,
      values,
    );
    const contents = rows.map((o) => ({ id: o.id, name: o.name, description: '' }));
    if (id !== undefined) {
      if (!contents[0])
        throw new HttpError(404, 'not-found', 'There is no organization with this id.');
      return contents[0];
    }
    return envelope(rows[0] ? Number(rows[0].total) : 0, page, perPage, contents);
  }

  function cors(req: IncomingMessage): Record<string, string> {
    const origin = req.headers.origin;
    if (!origin) return {};
    const allowed = origins.has('*') ? '*' : origins.has(origin) ? origin : undefined;
    if (!allowed) return {};
    return {
      'Access-Control-Allow-Origin': allowed,
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
      'Access-Control-Expose-Headers': 'Idempotent-Replayed',
      'Access-Control-Max-Age': '600',
      Vary: 'Origin',
    };
  }

  async function route(
    req: IncomingMessage,
    url: URL,
  ): Promise<{ status?: number; body: unknown; headers?: Record<string, string>; route: string }> {
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const params = url.searchParams;
    const method = req.method ?? 'GET';
    const get = method === 'GET' || method === 'HEAD';
    const segments = path
      .split('/')
      .slice(1)
      .map((s) => {
        try {
          return decodeURIComponent(s);
        } catch {
          throw new BadRequest('The path is not valid.');
        }
      });
    const [first, second, third] = segments;
    /**
     * What is stored is read only with its token (`Authorization: Bearer …`): without one configured the endpoints do
     * not exist (404); without the right one, 401. Undefined when the request may go on.
     */
    const refusal = (token: string | undefined, route: string, message: string) => {
      if (!token) throw new HttpError(404, 'not-found', 'There is nothing here.');
      if (authorized(req.headers.authorization, token)) return undefined;
      return {
        route: `${route} (refused)`,
        status: 401,
        headers: { 'WWW-Authenticate': 'Bearer' },
        body: { error: 'unauthorized', message },
      };
    };
    /** A request posted once per key (a referral, a report), within the client's limit. */
    const posted = async (
      name: string,
      limiter: RateLimit,
      receive: (body: string) => Promise<Answer>,
    ) => {
      const wait = limiter.take(req.socket.remoteAddress ?? 'unknown');
      if (wait)
        return {
          route: `POST /${name}s`,
          status: 429,
          headers: { 'Retry-After': String(wait) },
          body: {
            error: 'too-many-requests',
            message: `Too many ${name}s from here: try again in ${wait} seconds.`,
          },
        };
      const answer = await receive(await readBody(req));
      return {
        route: `POST /${name}s`,
        status: answer.status,
        body: answer.body,
        ...(answer.headers ? { headers: answer.headers } : {}),
      };
    };
    if (first === 'reports') {
      if (second === undefined && method === 'POST')
        return posted('report', reportLimit, (body) => receiveReport(pool, req.headers, body));
      // What visitors reported: only with the maintainer's token, and not at all without one configured.
      const refused = refusal(
        options.reportsToken,
        'reports',
        'Reports are listed only with the maintainer’s token.',
      );
      if (refused) return refused;
      if (second === undefined && get) {
        const { page, perPage } = paging(params, 50);
        const found = await reportedListings(pool, { page, perPage });
        return {
          route: 'GET /reports',
          body: envelope(found.total, page, perPage, found.contents),
        };
      }
      if (second !== undefined && third === undefined && get)
        return {
          route: 'GET /reports/{resource}',
          body: { resourceId: second, reports: await listingReports(pool, second) },
        };
      if (second !== undefined && third === 'resolved' && method === 'POST')
        return {
          route: 'POST /reports/{resource}/resolved',
          body: { resourceId: second, resolved: await resolveReports(pool, second) },
        };
      throw new HttpError(405, 'method-not-allowed', 'This method is not allowed here.');
    }
    if (first === 'referrals') {
      if (second === undefined && method === 'POST')
        return posted('referral', limit, (body) => receiveReferral(pool, req.headers, body));
      // Stored referrals: only with the organization's token, and not at all without one configured.
      const refused = refusal(
        options.referralsToken,
        'referrals',
        'Referrals are listed only with the organization’s token.',
      );
      if (refused) return refused;
      if (second === undefined && get) {
        const { page, perPage } = paging(params, 50);
        const handled = flag(params, 'handled');
        const found = await listReferrals(pool, {
          page,
          perPage,
          ...(handled !== undefined ? { handled } : {}),
        });
        return {
          route: 'GET /referrals',
          body: envelope(found.total, page, perPage, found.contents),
        };
      }
      if (second !== undefined && third === 'handled' && method === 'POST') {
        if (!(await markHandled(pool, second)))
          throw new HttpError(404, 'not-found', 'There is no referral with this reference.');
        return {
          route: 'POST /referrals/{reference}/handled',
          body: { reference: second, handled: true },
        };
      }
      throw new HttpError(405, 'method-not-allowed', 'This method is not allowed here.');
    }
    if (!get)
      throw new HttpError(
        405,
        'method-not-allowed',
        'This API is read-only, but for POST /referrals and POST /reports.',
      );
    if (path === '/') return { route: 'GET /', body: HSDS_ROOT };
    if (first === 'services' && segments.length === 1)
      return { route: 'GET /services', body: await cachedServices(params) };
    if (first === 'services' && segments.length === 2)
      return { route: 'GET /services/{id}', body: await service(second!, params) };
    if (first === 'taxonomies' && segments.length <= 2) {
      const taxonomy = {
        id: TAXONOMY.id,
        name: TAXONOMY.name,
        description: 'The categories of this directory.',
      };
      if (segments.length === 2) {
        if (second !== TAXONOMY.id)
          throw new HttpError(404, 'not-found', 'There is no taxonomy with this id.');
        return { route: 'GET /taxonomies/{id}', body: taxonomy };
      }
      const { page, perPage } = paging(params, 50);
      return {
        route: 'GET /taxonomies',
        body: envelope(1, page, perPage, page === 1 ? [taxonomy] : []),
      };
    }
    if (first === 'taxonomy_terms' && segments.length <= 2)
      return { route: 'GET /taxonomy_terms', body: await taxonomyTerms(params, second) };
    if (first === 'organizations' && segments.length <= 2)
      return { route: 'GET /organizations', body: await organizations(params, second) };
    throw new HttpError(404, 'not-found', 'There is nothing here.');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const headers = cors(req);
    let name = `${req.method} (unknown)`;
    const send = (
      status: number,
      body: string,
      type: string,
      extra: Record<string, string> = {},
    ) => {
      res.writeHead(status, {
        'Content-Type': type,
        'X-Content-Type-Options': 'nosniff',
        ...headers,
        ...extra,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      log(`${name} ${status} ${Date.now() - started} ms`);
    };
    const json = (status: number, body: unknown, extra: Record<string, string> = {}) =>
      send(status, stringify(body), 'application/json; charset=utf-8', {
        'Cache-Control': 'no-store',
        ...extra,
      });
    try {
      if ((req.url ?? '').length > 4096)
        throw new HttpError(414, 'uri-too-long', 'The address is too long.');
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'OPTIONS') {
        name = 'OPTIONS';
        return send(204, '', 'text/plain');
      }
      if (url.pathname === '/demo' || url.pathname === '/demo/') {
        name = 'GET /demo';
        return send(200, DEMO_PAGE, 'text/html; charset=utf-8');
      }
      // The drop-in, its worker and the files it loads on demand (resource-finder-*.min.js).
      const asset = /^\/demo\/(resource-finder(?:\.min|\.worker|-[\w-]+\.min)\.js)$/.exec(
        url.pathname,
      );
      if (asset) {
        name = 'GET /demo asset';
        return send(
          200,
          await readFile(widgetFile(asset[1]!), 'utf8'),
          'text/javascript; charset=utf-8',
        );
      }
      // A NUL can be neither searched for nor stored: refused, whatever the parameter.
      for (const [key, value] of url.searchParams)
        if ((key + value).includes('\u0000'))
          throw new BadRequest(`${key} holds a character that is not allowed`, key);
      if (/%00/.test(url.pathname))
        throw new BadRequest('The path holds a character that is not allowed.');
      const out = await route(req, url);
      name = out.route;
      if (
        url.searchParams.get('format') === 'ndjson' &&
        out.body &&
        typeof out.body === 'object' &&
        'contents' in out.body
      ) {
        const lines = (out.body as { contents: unknown[] }).contents.map(jsonOf).join('\n');
        return send(
          out.status ?? 200,
          lines ? `${lines}\n` : '',
          'application/x-ndjson; charset=utf-8',
        );
      }
      const format = url.searchParams.get('format');
      if (format !== null && format !== 'json' && format !== 'ndjson')
        throw new BadRequest('format must be json or ndjson', 'format');
      return json(out.status ?? 200, out.body, out.headers);
    } catch (e) {
      if (e instanceof BadRequest)
        return json(400, {
          error: 'bad-request',
          message: e.message,
          ...(e.parameter ? { parameter: e.parameter } : {}),
        });
      if (e instanceof HttpError) return json(e.status, { error: e.code, message: e.message });
      // A search PostgreSQL cancelled for taking too long (statement_timeout): busy, not broken.
      if ((e as { code?: string }).code === '57014') {
        log(`${name} took too long and was cancelled`);
        return json(
          503,
          { error: 'busy', message: 'The search took too long. Try again, or narrow it.' },
          { 'Retry-After': '2' },
        );
      }
      log(`${name} failed: ${(e as Error).message}`);
      return json(500, { error: 'server-error', message: 'Something went wrong on the server.' });
    }
  }

  const server: Server = createServer((req, res) => void handle(req, res));
  server.once('close', () => void threads.close());
  return {
    server,
    handle,
    /** Reads the directory's metadata again (after an import). */
    reload(): Promise<DirectoryMeta> {
      answers.clear();
      meta = DirectoryMeta.load(pool);
      lastImport = latestImport();
      checked = Date.now();
      void readIndex();
      return meta;
    },
    /** Resolves once the search index being read is ready (or could not be read). */
    indexed(): Promise<void> {
      return indexing;
    },
  };
}
