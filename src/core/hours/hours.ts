/** Opening hours: "open now" in the resource's own time zone. Pure: no DOM. */
import { WEEKDAYS, type Hours, type Weekday } from '../feed/schema.js';

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
