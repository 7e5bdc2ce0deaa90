/**
 * Reading feed data in any format (native or HSDS 3.0) into a load result. Pure: the network side is in
 * `edge/load-feed.ts`. Nothing here throws for bad data: failures come back as `error`.
 */
import { feedSteps, type FeedProblem, type FeedResult } from './records.js';
import { detectFormat, hsdsSteps, type FeedFormat, type HsdsOptions } from '../hsds/mapping.js';
import { runSteps, type Steps } from '../steps/steps.js';
import { Tokenizer, TokenParser } from '@streamparser/json';

/** Why a feed could not be shown at all. */
export const FEED_ERROR_KINDS = ['network', 'timeout', 'http', 'json', 'empty'] as const;
/** Why a feed could not be shown at all. */
export type FeedErrorKind = (typeof FEED_ERROR_KINDS)[number];

/** What a feed error's message is made of; the interface phrases these in the visitor's language. */
export interface FeedErrorParams {
  /** HTTP status, for `http`. */
  status?: number;
  /** The server's status text, for `http`. */
  statusText?: string;
  /** Seconds waited, for `timeout`. */
  seconds?: number;
  /** Bytes that had arrived when the feed stopped arriving, for `timeout` in the middle of a download. */
  received?: number;
  /** Records in the feed, for `empty` (0: the feed has none). */
  total?: number;
  /** What the browser or parser said, for `network` and `json` (not translated: it comes from outside). */
  detail?: string;
}

/** A feed that could not be shown at all: a code and its parameters, with a stable English message. */
export interface FeedError {
  /** What went wrong, for code (and for choosing the visitor's message). */
  kind: FeedErrorKind;
  /** What went wrong, in plain English, for maintainers, logs and machines. Interfaces phrase `kind` + `params`. */
  message: string;
  /** The parameters of the message. */
  params: FeedErrorParams;
  /** HTTP status, for `http` errors. */
  status?: number;
  /** Problems found, for `empty` (no valid record) errors. */
  problems?: FeedProblem[];
  /** The format recognized, for `empty` errors. */
  format?: 'native' | 'hsds';
}

const ENGLISH: Record<FeedErrorKind, (p: FeedErrorParams) => string> = {
  network: (p) => `The feed could not be reached: ${p.detail ?? 'no connection'}`,
  timeout: (p) =>
    p.received === undefined
      ? `The feed did not arrive within ${p.seconds} s.`
      : `The feed stopped arriving: nothing came for ${p.seconds} s after ${p.received} bytes.`,
  http: (p) => `The server answered ${p.status}${p.statusText ? ` ${p.statusText}` : ''}.`,
  json: (p) => `The feed is not valid JSON: ${p.detail}`,
  empty: (p) =>
    p.total
      ? `None of the ${p.total} records in the feed is valid.`
      : 'The feed contains no resources.',
};

/** A feed error of `kind` with its parameters and its English message. */
export function feedError(
  kind: FeedErrorKind,
  params: FeedErrorParams = {},
  extra: Pick<FeedError, 'problems' | 'format'> = {},
): FeedError {
  return {
    kind,
    message: ENGLISH[kind](params),
    params,
    ...(params.status !== undefined ? { status: params.status } : {}),
    ...extra,
  };
}

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
