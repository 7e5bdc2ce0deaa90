/** Why a feed could not be shown at all: codes with their parameters, and their English messages. */
import type { FeedProblem } from './records.js';

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
  format?: 'native' | 'hsds' | 'csv';
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
