/**
 * What can be wrong in a feed, as codes with parameters: the interface phrases them in the visitor's language, and
 * `message` keeps one stable English sentence for maintainers, logs and machines (the CLI, `--json`, events). Pure.
 */
import type * as z from 'zod/mini';

/** Every kind of problem a feed can have. */
export const PROBLEM_CODES = [
  // Any field
  'required',
  'wrong-type',
  'too-small',
  'too-big',
  'not-one-of',
  'invalid-format',
  'invalid',
  // Fields of the feed format
  'empty',
  'language-tag',
  'date-format',
  'real-date',
  'http-url',
  'email',
  'time',
  'time-zone',
  'country',
  'phone',
  'age-order',
  'future-date',
  'latitude',
  'longitude',
  // Limits
  'truncated',
  'truncated-list',
  'too-deep',
  // Records and the feed
  'duplicate-id',
  'not-a-feed',
  'not-an-object',
  // HSDS details left out
  'unknown-language',
  'not-on-earth',
  'url-left-out',
  'category-code',
  'email-left-out',
  // The feed's taxonomy
  'term-id',
  'term-parent',
  'unknown-term',
  // Feeds cut short and paged APIs
  'feed-cut',
  'page-failed',
  'not-hsds-page',
  'page-limit',
  // Spreadsheets
  'unknown-column',
  'no-name-column',
  'yes-no',
  'not-a-number',
  'hours-text',
  'unreadable-file',
] as const;
/** A kind of problem. */
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** The parameters of a problem's message (names, numbers, values from the feed). */
export type ProblemParams = Readonly<Record<string, string | number>>;

/** The English message of each problem. */
export const PROBLEM_TEXT: Record<ProblemCode, (p: ProblemParams) => string> = {
  required: () => 'is required',
  'wrong-type': (p) =>
    `must be ${article(String(p.expected))}, not ${received(String(p.received))}`,
  'too-small': (p) => `must ${bound(p, `at least ${p.minimum}`)}`,
  'too-big': (p) => `must ${bound(p, `at most ${p.maximum}`)}`,
  'not-one-of': (p) => `must be one of ${p.values}`,
  'invalid-format': (p) => `is not a valid ${p.format}`,
  invalid: () => 'is not valid',
  empty: () => 'must not be empty',
  'language-tag': () => 'must be a BCP 47 language tag such as "en", "fr" or "pt-BR"',
  'date-format': () => 'must be a date in the form YYYY-MM-DD (time optional)',
  'real-date': () => 'is not a real date',
  'http-url': () => 'must be an http(s) URL',
  email: () => 'must be an email address',
  time: () => 'must be a time in the form HH:MM (00:00 to 24:00)',
  'time-zone': () => 'must be an IANA time zone such as "Europe/Paris"',
  country: () => 'must be a two-letter ISO 3166 country code',
  phone: () => 'must be a phone number (digits, spaces, + ( ) . -)',
  'age-order': () => 'minAge must not be greater than maxAge',
  'future-date': () => 'is in the future; it is left out',
  truncated: (p) => `is ${p.length} characters long; only the first ${p.limit} are kept`,
  'truncated-list': (p) => `has ${p.length} items; only the first ${p.limit} are kept`,
  'too-deep': (p) => `is nested more than ${p.limit} levels deep; it is left out`,
  latitude: () => 'latitude must be between -90 and 90',
  longitude: () => 'longitude must be between -180 and 180',
  'duplicate-id': (p) => `duplicate id "${p.id}"; the first record with it is kept`,
  'not-a-feed': () =>
    'the feed must be an object with a "resources" array, or an array of resources',
  'not-an-object': () => 'must be an object',
  'unknown-language': (p) =>
    `"${p.given}" is neither a BCP 47 code nor a known language name; it is left out`,
  'not-on-earth': (p) =>
    `latitude ${p.lat}, longitude ${p.lng} is not a position on Earth; it is left out`,
  'url-left-out': (p) => `"${p.url}" is not an http(s) URL; it is left out`,
  'category-code': (p) =>
    `"${p.name}" is a code, not a name a visitor can read; give the term its name (it is left out)`,
  'email-left-out': (p) => `"${p.email}" is not an email address; it is left out`,
  'term-id': () => 'must not contain ">" (it separates the levels of a category)',
  'term-parent': (p) =>
    `"${p.parent}" is not a term of the taxonomy, or leads back to this term; the term is shown at the top level`,
  'unknown-term': (p) => `"${p.id}" is not a term of the feed's taxonomy; it is shown as written`,
  'feed-cut': (p) =>
    `${p.detail} Only the first ${p.kept} records could be read; the rest is missing.`,
  'page-failed': (p) =>
    `${p.detail} Pages ${p.from}–${p.to} of ${p.total} were loaded; the rest is missing.`,
  'not-hsds-page': () => 'is not an HSDS page (no "contents" list); the rest is missing.',
  'page-limit': (p) =>
    `Only the first ${p.limit} of ${p.total} pages were loaded (the limit is ${p.limit}).`,
  'unknown-column': () => 'is not a column the finder reads; it is ignored',
  'no-name-column': () => 'the sheet has no "name" column; every resource needs a name',
  'yes-no': (p) => `"${p.given}" is neither yes nor no; it is left out`,
  'not-a-number': (p) => `"${p.given}" is not a number; it is left out`,
  'hours-text': (p) =>
    `"${p.given}" cannot be read as opening hours (write them like "Mo-Fr 09:00-17:00; Sa 10:00-12:00"); it is shown as written`,
  'unreadable-file': (p) => `cannot be read: ${p.detail}`,
};

function article(expected: string): string {
  if (expected === 'array') return 'a list';
  if (expected === 'object') return 'an object';
  return `a ${expected}`;
}

function bound(p: ProblemParams, limit: string): string {
  if (p.origin === 'array') return `have ${limit} items`;
  if (p.origin === 'string') return `have ${limit} characters`;
  return `be ${limit}`;
}

function received(type: string): string {
  if (type === 'null') return 'null';
  if (type === 'array') return 'a list';
  if (type === 'object') return 'an object';
  return type === 'string' ? 'text' : `a ${type}`;
}

/** The JSON type of a value: `null`, `array`, `object`, `string`, `number` or `boolean`. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/** A problem's code, parameters and English message. */
export function problemOf(
  code: ProblemCode,
  params: ProblemParams = {},
): { code: ProblemCode; params: ProblemParams; message: string } {
  return { code, params, message: PROBLEM_TEXT[code](params) };
}

const CODES = new Set<string>(PROBLEM_CODES);

/**
 * The problem a zod issue stands for. The feed schema's own checks name their problem code as their message; other
 * issues are read from zod's code, with the value found at the issue's path in `input` (a missing value is
 * `required`).
 */
export function issueProblem(
  issue: z.core.$ZodIssue,
  input: unknown,
): { code: ProblemCode; params: ProblemParams; message: string } {
  if (CODES.has(issue.message)) return problemOf(issue.message as ProblemCode);
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(input, issue.path);
      return value === undefined
        ? problemOf('required')
        : problemOf('wrong-type', { expected: issue.expected, received: jsonType(value) });
    }
    case 'too_small':
      return problemOf('too-small', { minimum: Number(issue.minimum), origin: issue.origin });
    case 'too_big':
      return problemOf('too-big', { maximum: Number(issue.maximum), origin: issue.origin });
    case 'invalid_value':
      return problemOf('not-one-of', {
        values: issue.values.map((v) => JSON.stringify(v)).join(', '),
      });
    case 'invalid_format':
      return problemOf('invalid-format', { format: issue.format });
    default:
      return problemOf('invalid');
  }
}

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
