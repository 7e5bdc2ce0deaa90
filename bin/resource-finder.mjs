#!/usr/bin/env node
// resource-finder validate|convert: checks a directory feed (our format or Open Referral HSDS 3.0, a file or a URL)
// the way the finder reads it, and reports what is wrong, record by record.
import { readFile, writeFile } from 'node:fs/promises';
import {
  feedWarnings,
  loadFeed,
  parseFeedText,
  rareLanguageCode,
  taxonomyIndex,
  WARNING_KINDS,
  WARNING_TEXT,
} from 'resource-finder/core.js';

const USAGE = `Usage:
  resource-finder validate <file-or-url> [--json] [--format auto|native|hsds] [--max-pages N] [--stale-months N]
  resource-finder convert <file-or-url> -o <feed.json> [--format auto|native|hsds] [--max-pages N]

validate  prints the format recognized, how many records were accepted and rejected, every problem (record, field,
          message) and warnings that matter to visitors. Exit code 0 when the data has no problem, 1 otherwise.
          --json prints the same as JSON.
convert   writes the feed in the resource-finder format (valid records only; problems go to stderr).
          "-o -" writes to standard output.`;

function parseArgs(argv) {
  const [first, ...rest] = argv;
  const command = first === '-h' || first === '--help' ? 'help' : first;
  const options = {
    command,
    input: undefined,
    json: false,
    format: 'auto',
    maxPages: 20,
    staleMonths: 12,
    output: undefined,
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
    else if (arg === '-h' || arg === '--help') options.command = 'help';
    else if (arg.startsWith('-') && arg !== '-') throw new Error(`unknown option ${arg}`);
    else if (options.input === undefined) options.input = arg;
    else throw new Error(`unexpected argument ${arg}`);
  }
  if (!['auto', 'native', 'hsds'].includes(options.format))
    throw new Error(`--format must be auto, native or hsds`);
  if (!(options.maxPages >= 1)) throw new Error('--max-pages must be a number of pages, 1 or more');
  return options;
}

/** Loads a URL (following HSDS pages) or a file, through the finder's own load path. */
async function load(input, options) {
  if (/^https?:\/\//i.test(input))
    return loadFeed(input, {
      format: options.format,
      maxPages: options.maxPages,
      timeout: 30000,
      languageLookup: rareLanguageCode,
    });
  let text;
  try {
    text = await readFile(input, 'utf8'); // a byte-order mark is dropped by parseFeedText
  } catch (e) {
    return {
      ok: false,
      error: {
        kind: 'network',
        params: { detail: e.code === 'ENOENT' ? 'no such file' : e.message },
        message: `Cannot read ${input}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`,
      },
    };
  }
  // Rarer language names are looked up among every code Intl knows: a quarter of a second, once.
  return parseFeedText(text, options.format, { languageLookup: rareLanguageCode });
}

const FORMAT_NAMES = { native: 'resource-finder feed', hsds: 'Open Referral HSDS 3.0' };

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
    const record = p.index < 0 ? 'feed' : `record ${p.index + 1}${p.id ? ` (id ${p.id})` : ''}`;
    console.log(`  ${record}, ${p.path}: ${p.message}`);
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
    const key = `${p.index}\u0000${p.id ?? ''}\u0000${p.path}\u0000${p.message}`;
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
  if (!options.input) {
    console.error(`resource-finder: ${options.command} needs a file or URL\n\n${USAGE}`);
    return 1;
  }
  const outcome = await load(options.input, options);
  if (options.command === 'validate') return report(options.input, outcome, options) ? 0 : 1;

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
