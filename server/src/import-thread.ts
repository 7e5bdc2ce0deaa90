/**
 * An import's thread (see `importFeed` in import.ts): it opens connections of its own to the database, reads the
 * source and writes it (`importHere`), and says what it logs and what it did. Its heap is its own: a large source's
 * records, and the garbage of reading them, are given back when it ends, not carried by the process that serves.
 */
import { parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';
import type { Database } from './database.js';
import { ImportError, importHere, type ImportOptions, type ImportReport } from './import.js';
import type { FeedProblem } from 'resource-finder/core.js';

/** What the thread is given. */
export interface ImportWork {
  connections: NonNullable<Database['connections']>;
  given: string | readonly string[];
  options: Omit<ImportOptions, 'log'>;
}

/** What the thread says. */
export type FromImport =
  | { type: 'log'; line: string }
  | { type: 'done'; report: ImportReport }
  | { type: 'failed'; message: string; problems?: readonly FeedProblem[]; code?: string };

const port = parentPort!;
const { connections, given, options } = workerData as ImportWork;
const pool = new pg.Pool({ ...connections.pool, max: 2 });
const bulk = new pg.Pool({ ...connections.bulk, max: 1 });
// A connection lost while idle is not a crash: the import fails on its next statement, and says so.
pool.on('error', () => {});
bulk.on('error', () => {});
const db: Database = {
  pool,
  bulk,
  description: '',
  close: async () => {
    await Promise.all([pool.end(), bulk.end()]);
  },
};

let said: FromImport;
try {
  const report = await importHere(db, given, {
    ...options,
    log: (line) => port.postMessage({ type: 'log', line } satisfies FromImport),
  });
  said = { type: 'done', report };
} catch (e) {
  const error = e as Error & { code?: unknown };
  said = {
    type: 'failed',
    message: error.message,
    ...(e instanceof ImportError ? { problems: e.problems } : {}),
    ...(typeof error.code === 'string' ? { code: error.code } : {}),
  };
}
await db.close().catch(() => {});
port.postMessage(said);
