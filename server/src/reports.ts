/**
 * Visitors' reports that a listing is wrong, in the directory's database: `POST /reports` with an Idempotency-Key
 * equal to the body's `idempotencyKey` (as referrals are posted); 201 `{ reference }`; the same key again gets the
 * first answer. Nothing about the visitor is received or logged. The maintainer, with the reports token, sees how many
 * open reports each listing has and what they say, and resolves a listing's reports once it is checked; an import
 * names the services it brings that have open reports.
 */
import type pg from 'pg';
import { parseReport } from 'resource-finder/report-schema.js';
import type { ProblemReport } from 'resource-finder/core.js';
import { newReference, receiveOnce, type Answer } from './referrals.js';

/** Stores one report (see the module). `body` is the request's text, already within the size limit. */
export function receiveReport(
  pool: pg.Pool,
  headers: Record<string, string | string[] | undefined>,
  body: string,
  now = new Date(),
): Promise<Answer> {
  return receiveOnce<ProblemReport>(pool, headers, body, {
    what: 'report',
    table: 'reports',
    parse(data) {
      const parsed = parseReport(data);
      return parsed.ok ? { ok: true, value: parsed.report } : parsed;
    },
    async store(key, report) {
      const reference = newReference(now, 'PR');
      const { rows } = await pool.query<{ reference: string }>(
        `insert into reports (reference, idempotency_key, resource_id, resource_name, kinds, note, language, received)
         values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (idempotency_key) do nothing returning reference`,
        [
          reference,
          key,
          report.resourceId,
          report.resourceName,
          report.kinds,
          report.note ?? null,
          report.language,
          now.toISOString(),
        ],
      );
      return rows[0]?.reference;
    },
  });
}

/** One listing's open reports, for the maintainer. */
export interface ReportedListing {
  resourceId: string;
  /** The listing's name now (as reported, when the directory no longer has it). */
  name: string;
  /** Whether the directory still has the listing. */
  listed: boolean;
  /** Open reports. */
  open: number;
  /** Open reports by what is wrong ("phone": 2). */
  kinds: Record<string, number>;
  /** When the latest open report came. */
  latest: string;
}

/** Listings with open reports, most reported first (only with the token). */
export async function reportedListings(
  pool: pg.Pool,
  options: { page: number; perPage: number },
): Promise<{ total: number; contents: ReportedListing[] }> {
  const { rows } = await pool.query<{
    total: string;
    resource_id: string;
    name: string;
    listed: boolean;
    open: string;
    kinds: Record<string, number>;
    latest: Date;
  }>(
    `with open as (
       select resource_id, max(resource_name) reported_name, count(*) open, max(received) latest
       from reports where resolved is null
       group by resource_id
     ), kinds as (
       select resource_id, jsonb_object_agg(kind, n) kinds from (
         select resource_id, kind, count(*) n from reports, unnest(kinds) kind
         where resolved is null group by resource_id, kind
       ) k group by resource_id
     )
     select count(*) over () total, o.resource_id, coalesce(s.name, o.reported_name) name,
       s.id is not null listed, o.open, k.kinds, o.latest
     from open o join kinds k using (resource_id) left join services s on s.id = o.resource_id
     order by o.open desc, o.latest desc, o.resource_id limit $1 offset $2`,
    [options.perPage, (options.page - 1) * options.perPage],
  );
  return {
    total: rows[0] ? Number(rows[0].total) : 0,
    contents: rows.map((r) => ({
      resourceId: r.resource_id,
      name: r.name,
      listed: r.listed,
      open: Number(r.open),
      kinds: r.kinds,
      latest: r.latest.toISOString(),
    })),
  };
}

/** One listing's reports, newest first (only with the token). */
export async function listingReports(pool: pg.Pool, resourceId: string): Promise<unknown[]> {
  const { rows } = await pool.query<{
    reference: string;
    kinds: string[];
    note: string | null;
    language: string;
    received: Date;
    resolved: Date | null;
  }>(
    `select reference, kinds, note, language, received, resolved from reports
     where resource_id = $1 order by received desc, reference`,
    [resourceId],
  );
  return rows.map((r) => ({
    reference: r.reference,
    kinds: r.kinds,
    note: r.note,
    language: r.language,
    received: r.received.toISOString(),
    resolved: r.resolved?.toISOString() ?? null,
  }));
}

/** Resolves a listing's open reports (it was checked); how many were open. */
export async function resolveReports(pool: pg.Pool, resourceId: string): Promise<number> {
  const { rowCount } = await pool.query(
    'update reports set resolved = now() where resource_id = $1 and resolved is null',
    [resourceId],
  );
  return rowCount ?? 0;
}

/**
 * Of `ids`, those with open reports and how many each has, most first. Reports are few and a directory large: the open
 * ones are counted and then kept when they are among `ids`, rather than a million ids sent to the database.
 */
export async function openReportCounts(
  pool: pg.Pool,
  ids: ReadonlySet<string>,
): Promise<Array<{ id: string; open: number }>> {
  const { rows } = await pool.query<{ resource_id: string; open: string }>(
    `select resource_id, count(*) open from reports where resolved is null
     group by resource_id order by count(*) desc, resource_id`,
  );
  return rows
    .filter((r) => ids.has(r.resource_id))
    .map((r) => ({ id: r.resource_id, open: Number(r.open) }));
}
