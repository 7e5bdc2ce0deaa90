/**
 * Reading feed data in any format (native or HSDS 3.0) into a load result. Pure: the network side is in
 * `edge/load-feed.ts`. Nothing here throws for bad data: failures come back as `error`.
 */
import { feedSteps, type FeedResult } from './records.js';
import { detectFormat, hsdsSteps, type FeedFormat, type HsdsOptions } from '../hsds/mapping.js';
import { runSteps, type Steps } from '../steps/steps.js';
import { Tokenizer, TokenParser } from '@streamparser/json';

export {
  FEED_ERROR_KINDS,
  feedError,
  type FeedError,
  type FeedErrorKind,
  type FeedErrorParams,
} from './errors.js';
import { feedError, type FeedError } from './errors.js';

/** The outcome of loading a feed: the parsed feed, an error, or cancelled by the caller. */
export type FeedLoad =
  | ({ ok: true } & FeedResult)
  | { ok: false; aborted?: false; error: FeedError }
  | { ok: false; aborted: true };

/** Parses JSON data in the given format (`auto` recognizes it). */
export function parseFeedData(
  data: unknown,
  format: FeedFormat = 'auto',
  options: HsdsOptions = {},
): FeedResult {
  return runSteps(feedDataSteps(data, format, options));
}

/** {@link parseFeedData} as {@link Steps}, for large feeds parsed without freezing the page. */
export function* feedDataSteps(
  data: unknown,
  format: FeedFormat = 'auto',
  options: HsdsOptions = {},
): Steps<FeedResult> {
  const detected = format === 'auto' ? detectFormat(data).format : format;
  if (detected === 'hsds') return { ...(yield* hsdsSteps(data, options)), format: 'hsds' };
  return { ...(yield* feedSteps(data)), format: 'native' };
}

/** Turns parsed JSON into a load result: an `empty` error when not one record is valid. */
export function feedOutcome(result: FeedResult): FeedLoad {
  if (result.resources.length === 0) {
    return {
      ok: false,
      error: feedError(
        'empty',
        { total: result.total },
        { problems: result.problems, ...(result.format ? { format: result.format } : {}) },
      ),
    };
  }
  return { ok: true, ...result };
}

/** Parses JSON text into a load result. */
export function parseFeedText(
  text: string,
  format: FeedFormat = 'auto',
  options: HsdsOptions = {},
): FeedLoad {
  let data: unknown;
  // A byte-order mark is not part of the JSON (browsers drop it when they decode; files keep it).
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, error: feedError('json', { detail: jsonErrorDetail(e as Error, json) }) };
  }
  return feedOutcome(parseFeedData(data, format, options));
}

/** Where JSON text stops being JSON (0-based), found by tokenizing it, or undefined when it is whole. */
function errorPosition(text: string): number | undefined {
  const tokenizer = new Tokenizer();
  const parser = new TokenParser();
  let last = 0;
  tokenizer.onToken = (token) => {
    last = token.offset;
    parser.write(token);
  };
  parser.onValue = () => undefined;
  try {
    tokenizer.write(text);
    tokenizer.end();
    return undefined;
  } catch (e) {
    const message = (e as Error).message;
    const at = /absolute position "(\d+)"/.exec(message);
    if (at) return Number(at[1]);
    return /ended in mid-parsing|Unexpected end/i.test(message) ? text.length : last;
  }
}

/**
 * A JSON error as a person finds it in an editor: the parser's words with the line and column where the text stops
 * being JSON ("Expected ',' or '}' after property value in JSON at position 208 (line 9, column 5)").
 */
export function jsonErrorDetail(error: Error, text: string): string {
  const given = /at position (\d+)/.exec(error.message);
  const position = given ? Number(given[1]) : errorPosition(text);
  if (position === undefined || /\bline \d+/.test(error.message)) return error.message;
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  // The parser quotes the text around the error; a long document is not repeated in the message.
  const words = error.message.replace(/, (?:\.\.\.)?"[\s\S]*" is not valid JSON$/, '');
  return `${words} (line ${line}, column ${column})`;
}
