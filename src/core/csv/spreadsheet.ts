/**
 * Feeds kept as spreadsheets: one CSV file in the one-sheet layout, or HSDS 3.0's tables (several CSV files, or a zip
 * of them), read into the same result as a JSON feed. Loaded on demand: the finder brings this code only for a feed
 * that is not JSON. Pure: files come in as bytes.
 */
import { unzipSync } from 'fflate';
import type { FeedResult } from '../feed/records.js';
import { problemOf } from '../feed/problems.js';
import { hsdsSteps, type FeedFormat, type HsdsOptions } from '../hsds/mapping.js';
import { runSteps, type Steps } from '../steps/steps.js';
import { feedOutcome, parseFeedText, type FeedLoad } from '../feed/read.js';
import { startsTabular } from './sniff.js';
import { csvText, readTable, tableObjects } from './table.js';
import { hsdsFromTables, isHsdsTables, tableName } from './hsds-tables.js';
import { oneSheetSteps } from './one-sheet.js';

/** A file of a feed: its name (or URL) and its bytes. */
export interface FeedFile {
  name: string;
  bytes: Uint8Array;
}

/** Whether bytes are a zip archive. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The CSV files of a zip archive (folders' paths kept in their names; macOS's resource forks left out). */
function unzip(file: FeedFile): FeedFile[] {
  const entries = unzipSync(file.bytes, {
    filter: (f) => /\.(csv|tsv|txt)$/i.test(f.name) && !/(^|\/)(__MACOSX|\.)/.test(f.name),
  });
  return Object.entries(entries).map(([name, bytes]) => ({ name, bytes }));
}

/** A result with no record, only the problem that says why. */
function unread(path: string, detail: string): FeedResult {
  return {
    meta: {},
    resources: [],
    problems: [{ index: -1, path, ...problemOf('unreadable-file', { detail }) }],
    total: 0,
  };
}

/**
 * Reads spreadsheet files as a feed: a zip is opened; HSDS tables (a `services` table among them) are joined and read
 * as HSDS; one sheet of another header is read in the one-sheet layout, each problem told by row and column.
 */
export function* tabularSteps(
  given: readonly FeedFile[],
  options: HsdsOptions = {},
): Steps<FeedResult> {
  const files: FeedFile[] = [];
  for (const file of given) {
    if (!isZip(file.bytes)) {
      files.push(file);
      continue;
    }
    try {
      files.push(...unzip(file));
    } catch (e) {
      return unread(file.name, `the zip archive cannot be opened (${(e as Error).message})`);
    }
  }
  if (!files.length) return unread('(feed)', 'there is no CSV file in it');
  const tables = files.map((f) => ({ name: f.name, table: readTable(csvText(f.bytes)) }));
  if (isHsdsTables(tables.map((t) => t.name))) {
    const services = hsdsFromTables(
      Object.fromEntries(tables.map((t) => [tableName(t.name), tableObjects(t.table)])),
    );
    return { ...(yield* hsdsSteps(services, options)), format: 'hsds' };
  }
  if (tables.length > 1)
    return unread(
      '(feed)',
      `of ${tables.length} CSV files, none is HSDS's services table (services.csv); give one sheet, or HSDS's tables`,
    );
  return yield* oneSheetSteps(tables[0]!.table, options);
}

/**
 * Reads a feed given as files (the command line's files, a folder's, or a zip): one JSON document as JSON; otherwise
 * the files as a spreadsheet feed ({@link tabularSteps}).
 */
export function parseFeedFiles(
  files: readonly FeedFile[],
  format: FeedFormat = 'auto',
  options: HsdsOptions = {},
): FeedLoad {
  if (files.length === 1 && !startsTabular(files[0]!.bytes))
    return parseFeedText(new TextDecoder().decode(files[0]!.bytes), format, options);
  return feedOutcome(runSteps(tabularSteps(files, options)));
}
