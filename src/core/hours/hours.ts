/** Opening hours: "open now" in the resource's own time zone. Pure: no DOM. */
import type { Hours, Weekday } from '../feed/schema.js';
import { WEEKDAYS } from '../feed/values.js';

const MINUTES_PER_DAY = 24 * 60;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAY_INDEX: Record<string, number> = {
  Mon: 0,
  Tue: 1,
  Wed: 2,
  Thu: 3,
  Fri: 4,
  Sat: 5,
  Sun: 6,
};

/** Minute-of-week per time zone for the current minute: a filter pass asks once per zone, not once per resource. */
const minuteCache = new Map<string, number>();
let cachedMinute = NaN;

/** Minutes since Monday 00:00 of `date` as seen in `timeZone`. */
export function minuteOfWeek(date: Date, timeZone: string): number {
  const minute = Math.floor(date.getTime() / 60000);
  if (minute !== cachedMinute) {
    minuteCache.clear();
    cachedMinute = minute;
  }
  let value = minuteCache.get(timeZone);
  if (value === undefined) {
    const parts = formatterFor(timeZone).formatToParts(date);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '0';
    const day = WEEKDAY_INDEX[get('weekday')] ?? 0;
    value = day * MINUTES_PER_DAY + Number(get('hour')) * 60 + Number(get('minute'));
    minuteCache.set(timeZone, value);
  }
  return value;
}

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

const rangesCache = new WeakMap<Hours, Array<[number, number]>>();

/** Weekly periods as [start, end) minute-of-week ranges; an overnight period (closes <= opens) ends the next day. */
export function weeklyRanges(hours: Hours): Array<[number, number]> {
  let ranges = rangesCache.get(hours);
  if (!ranges) rangesCache.set(hours, (ranges = computeRanges(hours)));
  return ranges;
}

function computeRanges(hours: Hours): Array<[number, number]> {
  return hours.weekly.map(({ day, opens, closes }) => {
    const start = WEEKDAYS.indexOf(day) * MINUTES_PER_DAY + toMinutes(opens);
    let length = toMinutes(closes) - toMinutes(opens);
    if (length <= 0) length += MINUTES_PER_DAY;
    return [start, start + length];
  });
}

/** Whether the resource is open at `now`, or undefined when it publishes no weekly hours. */
export function isOpenAt(hours: Hours | undefined, now: Date): boolean | undefined {
  if (!hours || hours.weekly.length === 0) return undefined;
  const minute = minuteOfWeek(now, hours.timezone);
  return weeklyRanges(hours).some(([start, end]) => inRange(minute, start, end));
}

/** Whether `minute` of the week is in the period [start, end), including a Sunday-night period that runs into Monday. */
export function inRange(minute: number, start: number, end: number): boolean {
  return (
    (minute >= start && minute < end) || (end > MINUTES_PER_WEEK && minute < end - MINUTES_PER_WEEK)
  );
}

/** The opening periods of each weekday, Monday first, for display. */
export function hoursByDay(
  hours: Hours,
): Array<{ day: Weekday; periods: Array<{ opens: string; closes: string }> }> {
  return WEEKDAYS.map((day) => ({
    day,
    periods: hours.weekly
      .filter((p) => p.day === day)
      .sort((a, b) => a.opens.localeCompare(b.opens))
      .map(({ opens, closes }) => ({ opens, closes })),
  }));
}

/** When a resource next opens or closes, as the card says it ("closes at 17:00", "opens tomorrow at 09:00"). */
export interface NextChange {
  /** Whether it is open now. */
  open: boolean;
  /** `HH:MM` of the next opening (when closed) or closing (when open), in the resource's time zone. */
  time: string;
  /** Days from today (in the resource's time zone) to that moment: 0 today, 1 tomorrow, up to 7. */
  inDays: number;
  /** The weekday of that moment. */
  day: Weekday;
}

const hhmm = (minuteOfDay: number): string =>
  `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;

/**
 * Whether the resource is open at `now` and when that changes next, or undefined when it publishes no weekly hours.
 * Periods that touch or overlap are one stretch: a place open 09:00–12:00 and 12:00–17:00 "closes at 17:00". A place
 * that never closes has no closing time (`undefined`).
 */
export function nextChange(hours: Hours | undefined, now: Date): NextChange | undefined {
  if (!hours || hours.weekly.length === 0) return undefined;
  const minute = minuteOfWeek(now, hours.timezone);
  // Every period as [start, end) minutes from now, over this week and the next, merged where they touch.
  const spans = weeklyRanges(hours)
    .flatMap(([start, end]) =>
      [0, MINUTES_PER_WEEK, -MINUTES_PER_WEEK].map(
        (w) => [start + w - minute, end + w - minute] as const,
      ),
    )
    .filter(([, end]) => end > 0)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of spans) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const current = merged.find(([start, end]) => start <= 0 && end > 0);
  const at = current ? current[1] : merged.find(([start]) => start > 0)?.[0];
  if (at === undefined || (current && at >= MINUTES_PER_WEEK)) return undefined;
  const absolute = minute + at;
  const dayStart = minute - (minute % MINUTES_PER_DAY);
  return {
    open: !!current,
    time: hhmm(((absolute % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY),
    inDays: Math.floor((absolute - dayStart) / MINUTES_PER_DAY),
    day: WEEKDAYS[Math.floor(absolute / MINUTES_PER_DAY) % 7]!,
  };
}

/** The weekday of `now` in `timeZone`. */
export function weekdayAt(now: Date, timeZone: string): Weekday {
  return WEEKDAYS[Math.floor(minuteOfWeek(now, timeZone) / MINUTES_PER_DAY)]!;
}
