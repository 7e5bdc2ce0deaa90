/**
 * Opening hours written as people write them in a spreadsheet: `Mo-Fr 09:00-17:00; Sa 10:00-12:00` (the day and time
 * notation of OpenStreetMap's opening_hours, in its everyday subset). Days are two letters, three letters or whole
 * English names; several days or ranges are separated by commas; several times in a day too (`Mo 09:00-12:00,
 * 14:00-17:00`); `off` or `closed` closes days named before; `24/7` is always open. Pure.
 */
import type { Weekday } from '../feed/schema.js';
import { WEEKDAYS } from '../feed/values.js';

/** One opening period of a week. */
export interface WrittenOpening {
  day: Weekday;
  opens: string;
  closes: string;
}

const DAY_NAMES: ReadonlyArray<readonly string[]> = [
  ['mo', 'mon', 'monday'],
  ['tu', 'tue', 'tues', 'tuesday'],
  ['we', 'wed', 'wednesday'],
  ['th', 'thu', 'thur', 'thurs', 'thursday'],
  ['fr', 'fri', 'friday'],
  ['sa', 'sat', 'saturday'],
  ['su', 'sun', 'sunday'],
];
const DAY_INDEX = new Map(DAY_NAMES.flatMap((names, i) => names.map((n) => [n, i] as const)));

/** `9:00`, `09:00`, `09.00` or `24:00` as HH:MM; undefined when it is not a time of day. */
function time(text: string): string | undefined {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(text);
  if (!m) return undefined;
  const [h, min] = [Number(m[1]), Number(m[2])];
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return undefined;
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}

/** The days of `Mo-Fr,Su` (a range may wrap past Sunday: `Sa-Mo`); undefined when one is not a day. */
function days(text: string): number[] | undefined {
  const out: number[] = [];
  for (const part of text.split(',')) {
    const ends = part.split('-');
    const [from, to] = ends.map((d) => DAY_INDEX.get(d.trim().toLowerCase()));
    if (from === undefined || ends.length > 2 || (ends.length === 2 && to === undefined))
      return undefined;
    for (let d = from; ; d = (d + 1) % 7) {
      if (!out.includes(d)) out.push(d);
      if (to === undefined || d === to) break;
    }
  }
  return out;
}

/**
 * The weekly periods of hours written as text, or undefined when any part of it cannot be read (the text is then kept
 * for visitors to read as it is). An empty text is no hours.
 */
export function readWrittenHours(text: string): WrittenOpening[] | undefined {
  const rules = text
    .replace(/[\u2013\u2014]/g, '-')
    .split(/[;\n|]+/)
    .map((r) => r.trim())
    .filter(Boolean);
  if (rules.length === 1 && /^24\s*\/\s*7$/.test(rules[0]!))
    return WEEKDAYS.map((day) => ({ day, opens: '00:00', closes: '24:00' }));
  const week = new Map<number, Array<[string, string]>>();
  for (const rule of rules) {
    const m = /^([a-z][a-z,\s-]*?)\s+(\d.*|off|closed)$/i.exec(rule);
    if (!m) return undefined;
    const which = days(m[1]!.replace(/\s+/g, ''));
    if (!which) return undefined;
    if (/^(off|closed)$/i.test(m[2]!)) {
      which.forEach((d) => week.delete(d));
      continue;
    }
    const periods: Array<[string, string]> = [];
    for (const range of m[2]!.split(',')) {
      const ends = range.split('-');
      const [from, to] = ends.map((t) => time(t.trim()));
      if (ends.length !== 2 || !from || !to || from === to) return undefined;
      periods.push([from, to]);
    }
    // A rule that names a day again replaces what was said of it, as in opening_hours.
    which.forEach((d) => week.set(d, periods));
  }
  return [...week.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([d, periods]) =>
      periods.map(([opens, closes]) => ({ day: WEEKDAYS[d]!, opens, closes })),
    );
}
