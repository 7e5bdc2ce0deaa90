/**
 * What is done to a record of our format before it is checked: lenient readings where the meaning is clear, limits
 * that keep hostile sizes from freezing a page, and text made safe to show. Each change that loses something is
 * reported. Pure: no DOM.
 *
 * - Text: NFC; bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) removed, so no value
 *   can reorder the text around it ("exe.nacs" shown as "scan.exe"); longer than {@link TEXT_LIMITS} is cut.
 * - Lists longer than {@link MAX_LIST} keep their first items.
 * - `website` without a scheme ("www.example.org") is read as `https://www.example.org`.
 * - `coordinates` given as numeric strings ("37.5") are read as numbers.
 */
import type { ProblemCode, ProblemParams } from './problems.js';
import { BIDI_CONTROLS } from '../text/patterns.js';

/** Longest text kept per field (in UTF-16 code units); other text fields keep {@link MAX_TEXT}. */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  id: 200,
  name: 300,
  organization: 300,
  description: 10_000,
  applicationProcess: 5_000,
};
/** Longest text kept in any other field. */
export const MAX_TEXT = 2_000;
/** Most items kept in a list (categories, tags, languages, phones, …) and entries in `translations`. */
export const MAX_LIST = 100;
/** Deepest nesting read in a record; anything deeper is left out. */
export const MAX_DEPTH = 8;

/** Something a record lost or had changed on the way in. */
export interface RecordNote {
  path: Array<string | number>;
  code: ProblemCode;
  params: ProblemParams;
}

const BIDI_CONTROLS_RE = new RegExp(`[${BIDI_CONTROLS}]`, 'gu');
const HAS_SPECIAL = /[^\t\n\r -~]/;
const BARE_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?(?:[/?#]\S*)?$/i;
const NUMERIC = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)\s*$/;

/** Text as it is kept: NFC, without bidirectional controls. */
export function cleanText(text: string): string {
  if (!HAS_SPECIAL.test(text)) return text;
  return text.normalize('NFC').replace(BIDI_CONTROLS_RE, '');
}

/**
 * The record as it is checked: the same object when nothing needed changing, else a copy (the input is never
 * modified), and what it lost. Values that are not records (not a plain object) are returned as they are, for the
 * schema to report.
 */
export function prepareRecord(record: unknown): { record: unknown; notes: RecordNote[] } {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return { record, notes: [] };
  const notes: RecordNote[] = [];
  let out = prepare(record, undefined, undefined, notes, 0) as Record<string, unknown>;
  const copy = (): Record<string, unknown> => (out === record ? (out = plainCopy(out)) : out);
  const website = out.website;
  if (typeof website === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(website.trim())) {
    const bare = website.trim().replace(/^\/\//, '');
    if (BARE_HOST.test(bare)) copy().website = `https://${bare}`;
  }
  const at = out.coordinates as Record<string, unknown> | undefined;
  if (at && typeof at === 'object' && !Array.isArray(at)) {
    const numbers = ['lat', 'lng'].filter(
      (key) => typeof at[key] === 'string' && NUMERIC.test(at[key] as string),
    );
    if (numbers.length) {
      const fixed = plainCopy(at);
      for (const key of numbers) fixed[key] = Number(at[key]);
      copy().coordinates = fixed;
    }
  }
  return { record: out, notes };
}

/** A shallow copy where keys such as "__proto__" stay data. */
function plainCopy(value: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) define(out, key, item);
  return out;
}

function define(out: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Where a container is, as a chain to the record (an array of keys is made only for a note). */
interface Path {
  key: string | number;
  up?: Path;
}

function pathOf(up: Path | undefined, key?: string | number): Array<string | number> {
  const out: Array<string | number> = key === undefined ? [] : [key];
  for (let at = up; at; at = at.up) out.unshift(at.key);
  return out;
}

/**
 * The value as it is kept: the same value when nothing changed (nothing is allocated for a clean record but a path
 * link per container), else a copy of what changed. `up` is where its container is, `key` its place in it.
 */
function prepare(
  value: unknown,
  up: Path | undefined,
  key: string | number | undefined,
  notes: RecordNote[],
  depth: number,
): unknown {
  if (typeof value === 'string') {
    const limit = depth === 1 ? (TEXT_LIMITS[key as string] ?? MAX_TEXT) : MAX_TEXT;
    const text = cleanText(value);
    if (text.length <= limit) return text;
    notes.push({
      path: pathOf(up, key),
      code: 'truncated',
      params: { limit, length: text.length },
    });
    return `${text.slice(0, limit - 1)}…`;
  }
  if (!value || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) {
    notes.push({ path: pathOf(up, key), code: 'too-deep', params: { limit: MAX_DEPTH } });
    return undefined;
  }
  const here: Path | undefined = key === undefined ? undefined : { key, up };
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    if (value.length > MAX_LIST) {
      notes.push({
        path: pathOf(up, key),
        code: 'truncated-list',
        params: { limit: MAX_LIST, length: value.length },
      });
      out = value.slice(0, MAX_LIST);
    }
    const length = Math.min(value.length, MAX_LIST);
    for (let i = 0; i < length; i++) {
      const item: unknown = value[i];
      const prepared = prepare(item, here, i, notes, depth + 1);
      if (prepared !== item) (out ??= value.slice(0, MAX_LIST))[i] = prepared;
    }
    return out ? out.filter((item) => item !== undefined) : value;
  }
  const source = value as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  let count = 0;
  const capped = depth === 1 && key === 'translations';
  for (const name in source) {
    if (!Object.hasOwn(source, name)) continue;
    if (capped && ++count > MAX_LIST) {
      if (count === MAX_LIST + 1)
        notes.push({
          path: ['translations'],
          code: 'truncated-list',
          params: { limit: MAX_LIST, length: Object.keys(source).length },
        });
      out ??= copyUpTo(source, name);
      continue;
    }
    const item = source[name];
    const prepared = prepare(item, here, name, notes, depth + 1);
    if (prepared === item && !out) continue;
    out ??= copyUpTo(source, name);
    if (prepared !== undefined) define(out, name, prepared);
  }
  return out ?? value;
}

/** A copy of the keys of `source` that come before `stop` (in their order). */
function copyUpTo(source: Record<string, unknown>, stop: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name in source) {
    if (name === stop) break;
    if (Object.hasOwn(source, name)) define(out, name, source[name]);
  }
  return out;
}
