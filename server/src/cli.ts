/**
 * `resource-finder-server import <file-or-url> [--since <date>] [--format auto|native|hsds] [--json]` and
 * `resource-finder-server start [--feed <file-or-url>] [--port N]`. Configuration from the environment: DATABASE_URL
 * (else an embedded PostgreSQL in RF_DATA_DIR, default ./resource-finder-data), PORT, CORS_ORIGINS,
 * REFERRALS_TOKEN, REPORTS_TOKEN, REFERRAL_LIMIT ("20/600": referrals per client per 600 seconds), PG_POOL_SIZE.
 */
import { problemPlace } from 'resource-finder/core.js';
import { createApi } from './api.js';
import { openDatabase, type Database } from './database.js';
import { ImportError, importFeed, type ImportReport } from './import.js';

const USAGE = `Usage:
  resource-finder-server import <feed>... [--since <date>] [--format auto|native|hsds] [--json]
  resource-finder-server start [--feed <file-or-url>] [--port N]

import  reads a feed (resource-finder JSON or Open Referral HSDS 3.0: a file, or an API whose pages are followed;
        a spreadsheet saved as CSV, one row per resource; HSDS's CSV tables as a folder, a zip or their files)
        with the finder's validation, upserts its services by id, removes those the source no longer has, and
        prints what it accepted and rejected. --since asks an HSDS API only for what changed (modified_after) and
        removes nothing.
start   serves the HSDS API (and a demo page at /demo/), importing --feed first when given.

Environment: DATABASE_URL (PostgreSQL 14+ with pg_trgm, unaccent, cube, earthdistance; without it an embedded
PostgreSQL keeps its data in RF_DATA_DIR, default ./resource-finder-data), PORT (default 8080), CORS_ORIGINS
(comma-separated origins allowed to call the API from a browser, or *), REFERRALS_TOKEN (lists and handles stored
referrals), REPORTS_TOKEN (the maintainer's: lists and resolves visitors' problem reports, GET /reports),
REFERRAL_LIMIT (default 20/600: referrals, and apart reports, per client address per 600 seconds), PG_POOL_SIZE
(default 10), HSDS_ONLY=1 (plain HSDS 3.0: no extension parameters or fields), SEARCH_TIMEOUT_MS (default 5000),
SEARCH_INDEX=0 (no search index in memory: every search is answered by PostgreSQL alone), SEARCH_THREADS (threads
that search the index; default the machine's cores, at most 4; 0 searches in the server's own thread).`;

interface Args {
  command?: string;
  /** What to import: one source, or one spreadsheet feed's files. */
  inputs: string[];
  since?: string;
  format: 'auto' | 'native' | 'hsds';
  json: boolean;
  feed?: string;
  port?: number;
}

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  const args: Args = { format: 'auto', json: false, inputs: [], ...(command ? { command } : {}) };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--since') args.since = value();
    else if (arg === '--format') args.format = value() as Args['format'];
    else if (arg === '--json') args.json = true;
    else if (arg === '--feed') args.feed = value();
    else if (arg === '--port') args.port = Number(value());
    else if (arg === '-h' || arg === '--help') args.command = 'help';
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    // Several files or URLs are one spreadsheet feed's tables.
    else args.inputs.push(arg);
  }
  if (!['auto', 'native', 'hsds'].includes(args.format))
    throw new Error('--format must be auto, native or hsds');
  if (args.since !== undefined && Number.isNaN(Date.parse(args.since)))
    throw new Error('--since must be a date or a date and time (ISO 8601)');
  if (
    args.port !== undefined &&
    !(Number.isInteger(args.port) && args.port >= 0 && args.port < 65536)
  )
    throw new Error('--port must be a port number');
  return args;
}

const say = (line: string) => process.stderr.write(`${line}\n`);

function describe(report: ImportReport): string {
  const lines = [
    `${report.source}: ${report.format ?? 'feed'}, ${report.total} records`,
    `  accepted ${report.accepted}, rejected ${report.rejected}${report.hidden ? `, ${report.hidden} inactive left out` : ''}, removed ${report.removed}`,
    `  ${(report.milliseconds / 1000).toFixed(1)} s`,
  ];
  if (report.incomplete) lines.push(`  read in part (${report.incomplete}): nothing was removed`);
  const some = (ids: readonly string[]) =>
    `${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}`;
  if (report.openReports.length)
    lines.push(
      `  ${report.openReports.length} services have open problem reports (GET /reports): ${some(report.openReports.map((r) => `${r.id} (${r.open})`))}`,
    );
  if (report.unverified.length)
    lines.push(
      `  ${report.unverified.length} services are past their verify-by age or were never verified: ${some(report.unverified)}`,
    );
  const shown = report.problems.slice(0, 50);
  for (const p of shown) lines.push(`  ${problemPlace(p)}: ${p.message}`);
  if (report.problems.length > shown.length)
    lines.push(
      `  … and ${report.problems.length - shown.length} more problems (--json lists them all)`,
    );
  return lines.join('\n');
}

async function open(): Promise<Database> {
  const pool = Number(process.env.PG_POOL_SIZE ?? 10);
  return openDatabase({
    ...(process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : {}),
    ...(process.env.RF_DATA_DIR ? { dataDir: process.env.RF_DATA_DIR } : {}),
    poolSize: pool > 0 ? pool : 10,
    log: say,
  });
}

async function runImport(
  db: Database,
  source: string | readonly string[],
  args: Args,
): Promise<number> {
  try {
    const report = await importFeed(db, source, {
      format: args.format,
      ...(args.since ? { since: args.since } : {}),
      log: say,
    });
    process.stdout.write(
      args.json ? `${JSON.stringify(report, null, 2)}\n` : `${describe(report)}\n`,
    );
    return report.problems.length || report.incomplete ? 1 : 0;
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    say(`${typeof source === 'string' ? source : source.join(' ')}: ${e.message}`);
    for (const p of e.problems.slice(0, 50)) say(`  ${problemPlace(p)}: ${p.message}`);
    return 2;
  }
}

/** Runs the command line; resolves with the exit code. */
export async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    say(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (!args.command || args.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return args.command ? 0 : 2;
  }
  if (args.command === 'import') {
    if (!args.inputs.length) {
      say(`import needs a file or a URL\n\n${USAGE}`);
      return 2;
    }
    const db = await open();
    // Stopped half-way: the import's transaction is rolled back, and the database closed.
    const stop = () => void db.close().finally(() => process.exit(130));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
      return await runImport(db, args.inputs, args);
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      await db.close();
    }
  }
  if (args.command !== 'start') {
    say(`unknown command ${args.command}\n\n${USAGE}`);
    return 2;
  }
  const db = await open();
  say(`database: ${db.description}`);
  if (args.feed) {
    const code = await runImport(db, args.feed, args);
    if (code === 2) {
      await db.close();
      return 2;
    }
  }
  const [max, seconds] = (process.env.REFERRAL_LIMIT ?? '20/600').split('/').map(Number);
  const api = createApi(db, {
    corsOrigins: (process.env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    ...(process.env.REFERRALS_TOKEN ? { referralsToken: process.env.REFERRALS_TOKEN } : {}),
    ...(process.env.REPORTS_TOKEN ? { reportsToken: process.env.REPORTS_TOKEN } : {}),
    referralLimit: { max: max! > 0 ? max! : 20, windowMs: (seconds! > 0 ? seconds! : 600) * 1000 },
    extension: process.env.HSDS_ONLY !== '1',
    searchIndex: process.env.SEARCH_INDEX !== '0',
    ...(/^\d+$/.test(process.env.SEARCH_THREADS ?? '')
      ? { searchThreads: Number(process.env.SEARCH_THREADS) }
      : {}),
    ...(Number(process.env.SEARCH_TIMEOUT_MS) > 0
      ? { searchTimeoutMs: Number(process.env.SEARCH_TIMEOUT_MS) }
      : {}),
    log: (line) => process.stdout.write(`${new Date().toISOString()} ${line}\n`),
  });
  const port = args.port ?? Number(process.env.PORT ?? 8080);
  await new Promise<void>((done) => api.server.listen(port, done));
  const address = api.server.address();
  say(
    `serving the directory at http://localhost:${typeof address === 'object' && address ? address.port : port}/ (the finder in server mode at /demo/)`,
  );
  // Stops taking requests, finishes those in flight, then closes the database.
  return new Promise<number>((done) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      say(`${signal}: finishing requests in flight`);
      api.server.close(() => {
        void db.close().then(() => done(0));
      });
      api.server.closeIdleConnections();
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}
