#!/usr/bin/env node
// resource-finder validate|convert: checks a directory feed (our format or Open Referral HSDS 3.0, a file or a URL)
// the way the finder reads it, and reports what is wrong, record by record.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  feedWarnings,
  loadFeed,
  parseFeedFiles,
  problemPlace,
  rareLanguageCode,
  taxonomyIndex,
  WARNING_KINDS,
  WARNING_TEXT,
} from 'resource-finder/core.js';

const USAGE = `Usage:
  resource-finder validate <feed>... [--json] [--format auto|native|hsds] [--max-pages N] [--stale-months N]
                           [--reports <url>]
  resource-finder convert <feed>... -o <feed.json> [--format auto|native|hsds] [--max-pages N]

<feed>    a file or a URL: JSON (resource-finder or Open Referral HSDS 3.0), or a spreadsheet saved as CSV (one row
          per resource, docs/one-sheet-template.csv). HSDS's tabular form: a folder or a zip of its CSV files, or
          the files (or URLs) one after another.

validate  prints the format recognized, how many records were accepted and rejected, every problem (record, field,
          message) and warnings that matter to visitors. Exit code 0 when the data has no problem, 1 otherwise.
          --json prints the same as JSON. --stale-months is the "verify by" age: resources verified longer ago
          (or never) are flagged. --reports <url> also flags the resources visitors reported wrong, from a
          directory server's GET /reports (the maintainer's token in the REPORTS_TOKEN environment variable).
convert   writes the feed in the resource-finder format (valid records only; problems go to stderr).
          "-o -" writes to standard output.`;

function parseArgs(argv) {
  const [first, ...rest] = argv;
  const command = first === '-h' || first === '--help' ? 'help' : first;
  const options = {
    command,
    inputs: [],
    json: false,
    format: 'auto',
    maxPages: 20,
    staleMonths: 12,
    output: undefined,
    reports: undefined,
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--json') options.json = true;
    else if (arg === '--format') options.format = value();
    else if (arg === '--max-pages') options.maxPages = Number(value());
    else if (arg === '--stale-months') options.staleMonths = Number(value());
    else if (arg === '-o' || arg === '--output') options.output = value();
    else if (arg === '--reports') options.reports = value();
    else if (arg === '-h' || arg === '--help') options.command = 'help';
    else if (arg.startsWith('-') && arg !== '-') throw new Error(`unknown option ${arg}`);
    else options.inputs.push(arg);
  }
  if (!['auto', 'native', 'hsds'].includes(options.format))
    throw new Error(`--format must be auto, native or hsds`);
  if (!(options.maxPages >= 1)) throw new Error('--max-pages must be a number of pages, 1 or more');
  return options;
}

const isUrl = (input) => /^https?:\/\//i.test(input);

/** The files of the inputs: a folder gives its CSV files, in name order. */
async function readInputs(inputs) {
  const files = [];
  for (const input of inputs) {
    if ((await stat(input)).isDirectory()) {
      const names = (await readdir(input)).filter((n) => /\.(csv|tsv|txt)$/i.test(n)).sort();
      for (const name of names)
        files.push({ name, bytes: new Uint8Array(await readFile(join(input, name))) });
    } else files.push({ name: input, bytes: new Uint8Array(await readFile(input)) });
  }
  return files;
}

/**
 * Loads URLs (following HSDS pages) or files and folders, through the finder's own load path. Rarer language names
 * are looked up among every code Intl knows: a quarter of a second, once.
 */
async function load(inputs, options) {
  const languageLookup = rareLanguageCode;
  if (inputs.every(isUrl))
    return loadFeed(inputs.join(' '), {
      format: options.format,
      maxPages: options.maxPages,
      timeout: 30000,
      languageLookup,
    });
  const fail = (detail) => ({
    ok: false,
    error: {
      kind: 'network',
      params: { detail },
      message: `Cannot read ${inputs.join(' ')}: ${detail}`,
    },
  });
  if (inputs.some(isUrl)) return fail('give files or URLs, not both');
  let files;
  try {
    files = await readInputs(inputs);
  } catch (e) {
    return fail(e.code === 'ENOENT' ? 'no such file' : e.message);
  }
  if (!files.length) return fail('the folder has no CSV file');
  return parseFeedFiles(files, options.format, { languageLookup });
}

const FORMAT_NAMES = {
  native: 'resource-finder feed',
  hsds: 'Open Referral HSDS 3.0',
  csv: 'spreadsheet (one row per resource)',
};

/**
 * The listings visitors reported wrong, with how many open reports each has: every page of a directory server's
 * `GET /reports`, asked with the maintainer's token (REPORTS_TOKEN).
 */
async function openReports(url) {
  const out = new Map();
  for (let page = 1; page <= 1000; page++) {
    const address = new URL(url);
    address.searchParams.set('page', String(page));
    address.searchParams.set('per_page', '100');
    const response = await fetch(address, {
      headers: {
        Accept: 'application/json',
        ...(process.env.REPORTS_TOKEN
          ? { Authorization: `Bearer ${process.env.REPORTS_TOKEN}` }
          : {}),
      },
      signal: AbortSignal.timeout(30000),
    });
    if (!response.ok)
      throw new Error(
        `${url} answered ${response.status}${response.status === 401 ? ' (set REPORTS_TOKEN to the maintainer’s token)' : ''}`,
      );
    const body = await response.json();
    for (const listing of body.contents ?? []) out.set(listing.resourceId, listing.open);
    if (page >= Number(body.total_pages ?? 1)) break;
  }
  return out;
}

function report(input, outcome, options) {
  // A feed with no valid record is an error that still says what was read (its format and record count).
  const result = outcome.ok
    ? outcome
    : outcome.error.kind === 'empty'
      ? { format: outcome.error.format, total: outcome.error.params.total }
      : undefined;
  const problems = once(outcome.ok ? outcome.problems : (outcome.error.problems ?? []));
  const total = result?.total ?? 0;
  const accepted = outcome.ok ? outcome.resources.length : 0;
  const hidden = outcome.ok ? (outcome.hidden ?? 0) : 0;
  const warnings = outcome.ok
    ? feedWarnings(
        outcome.resources,
        new Date(),
        options.staleMonths,
        outcome.meta.taxonomy && taxonomyIndex(outcome.meta.taxonomy, outcome.meta.language),
      )
    : {};
  const summary = {
    input,
    format: result?.format ?? null,
    total,
    accepted,
    rejected: Math.max(0, total - accepted - hidden),
    hidden,
    warnings,
    ...(outcome.ok ? {} : { error: outcome.error.message }),
    // Records are numbered from 1 in every report (`index` stays the position in the feed's list, from 0).
    problems: problems.map((p) => (p.index < 0 ? p : { record: p.index + 1, ...p })),
    ...(outcome.ok && outcome.incomplete ? { incomplete: outcome.incomplete } : {}),
    ...(options.reported
      ? {
          openReports: (outcome.ok ? outcome.resources : [])
            .filter((r) => options.reported.has(r.id))
            .map((r) => ({ id: r.id, open: options.reported.get(r.id) })),
        }
      : {}),
  };
  const ok = outcome.ok && problems.length === 0;
  if (options.json) {
    console.log(JSON.stringify({ ok, ...summary }, null, 2));
    return ok;
  }
  if (!outcome.ok && !result) {
    console.log(`${input}\nError: ${outcome.error.message}`);
    return false;
  }
  console.log(input);
  console.log(`Format: ${FORMAT_NAMES[summary.format] ?? 'not recognized'}`);
  console.log(
    `Records: ${total} · accepted ${accepted} · rejected ${summary.rejected}${hidden ? ` · hidden ${hidden} (inactive or defunct)` : ''}`,
  );
  if (!outcome.ok) console.log(`Error: ${outcome.error.message}`);
  if (summary.incomplete)
    console.log(
      `Incomplete: only ${summary.incomplete.loadedPages} of ${summary.incomplete.totalPages} pages loaded`,
    );
  console.log(`Problems: ${problems.length}`);
  for (const p of problems) {
    // A spreadsheet's problems are told by its row number and the column's name.
    console.log(`  ${problemPlace(p)}: ${p.message}`);
  }
  if (outcome.ok) {
    console.log('Warnings for visitors:');
    for (const kind of WARNING_KINDS) {
      const ids = warnings[kind];
      if (!ids.length) continue;
      const examples = ids.slice(0, 3).join(', ');
      console.log(
        `  ${WARNING_TEXT[kind]}: ${ids.length} of ${accepted} (${examples}${ids.length > 3 ? ', …' : ''})`,
      );
    }
  }
  if (summary.openReports) {
    const listed = summary.openReports;
    console.log(`Reported wrong by visitors (open reports): ${listed.length} of ${accepted}`);
    for (const { id, open } of listed.slice(0, 20)) console.log(`  ${id}: ${open}`);
    if (listed.length > 20) console.log(`  … and ${listed.length - 20} more`);
  }
  console.log(`Result: ${verdict(outcome, problems)}`);
  return ok;
}

/** The last line of a report: one sentence that agrees with the lines above it. */
function verdict(outcome, problems) {
  const fix = `${problems.length} problem${problems.length === 1 ? '' : 's'} to fix`;
  if (outcome.ok) return problems.length ? `${fix}.` : 'no problems.';
  if (outcome.error.kind === 'empty')
    return outcome.error.params.total
      ? `no record can be shown; ${fix}.`
      : 'the feed has no records: add resources to it.';
  return 'the feed could not be read.';
}

/** Each problem once: the same record, field and message reported twice is one problem. */
function once(problems) {
  const seen = new Set();
  return problems.filter((p) => {
    const key = `${p.index}\u0000${p.row ?? ''}\u0000${p.id ?? ''}\u0000${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`resource-finder: ${e.message}\n\n${USAGE}`);
    return 1;
  }
  if (options.command === 'help' || !options.command) {
    console.log(USAGE);
    return options.command === 'help' ? 0 : 1;
  }
  if (!['validate', 'convert'].includes(options.command)) {
    console.error(`resource-finder: unknown command "${options.command}"\n\n${USAGE}`);
    return 1;
  }
  if (!options.inputs.length) {
    console.error(`resource-finder: ${options.command} needs a file or URL\n\n${USAGE}`);
    return 1;
  }
  if (options.reports) {
    try {
      options.reported = await openReports(options.reports);
    } catch (e) {
      console.error(`resource-finder: cannot read the reports: ${e.message}`);
      return 1;
    }
  }
  const outcome = await load(options.inputs, options);
  const input = options.inputs.join(' ');
  if (options.command === 'validate') return report(input, outcome, options) ? 0 : 1;

  if (!options.output) {
    console.error('resource-finder: convert needs -o <file> (or -o - for standard output)');
    return 1;
  }
  if (!outcome.ok) {
    console.error(`resource-finder: ${outcome.error.message}`);
    return 1;
  }
  const feed = { ...outcome.meta, resources: outcome.resources };
  const json = `${JSON.stringify(feed, null, 2)}\n`;
  if (options.output === '-') process.stdout.write(json);
  else await writeFile(options.output, json);
  console.error(
    `Converted ${outcome.resources.length} of ${outcome.total} records from ${FORMAT_NAMES[outcome.format]}${options.output === '-' ? '' : ` to ${options.output}`}` +
      (outcome.problems.length
        ? `; ${outcome.problems.length} problems (run validate to see them)`
        : ''),
  );
  return 0;
}

process.exitCode = await main();
