import { expect } from '@open-wc/testing';
import { hoursByDay, isOpenAt, minuteOfWeek, nextChange } from '../../src/core/hours/hours.js';
import type { Hours } from '../../src/core/feed/schema.js';

const paris: Hours = {
  timezone: 'Europe/Paris',
  weekly: [{ day: 'mo', opens: '09:00', closes: '17:00' }],
};

describe('open now', () => {
  it('reads the time in the resource’s own time zone', () => {
    // Monday 2026-11-23 07:30 UTC is 08:30 in Paris (closed) and 02:30 in Toronto.
    expect(isOpenAt(paris, new Date('2026-11-23T07:30:00Z'))).to.equal(false);
    // 08:30 UTC is 09:30 in Paris: open.
    expect(isOpenAt(paris, new Date('2026-11-23T08:30:00Z'))).to.equal(true);
    // 16:30 UTC is 17:30 in Paris: closed again.
    expect(isOpenAt(paris, new Date('2026-11-23T16:30:00Z'))).to.equal(false);
  });

  it('gives a different answer for the same instant in another time zone', () => {
    const toronto: Hours = {
      timezone: 'America/Toronto',
      weekly: [{ day: 'mo', opens: '09:00', closes: '17:00' }],
    };
    const instant = new Date('2026-11-23T15:00:00Z'); // 16:00 in Paris, 10:00 in Toronto
    expect(isOpenAt(paris, instant)).to.equal(true);
    expect(isOpenAt(toronto, instant)).to.equal(true);
    const later = new Date('2026-11-23T19:00:00Z'); // 20:00 in Paris, 14:00 in Toronto
    expect(isOpenAt(paris, later)).to.equal(false);
    expect(isOpenAt(toronto, later)).to.equal(true);
  });

  it('handles periods that run past midnight, including Sunday into Monday', () => {
    const night: Hours = {
      timezone: 'UTC',
      weekly: [{ day: 'su', opens: '19:00', closes: '08:00' }],
    };
    expect(isOpenAt(night, new Date('2026-11-22T20:00:00Z'))).to.equal(true); // Sunday 20:00
    expect(isOpenAt(night, new Date('2026-11-23T07:59:00Z'))).to.equal(true); // Monday 07:59
    expect(isOpenAt(night, new Date('2026-11-23T08:00:00Z'))).to.equal(false);
  });

  it('treats 00:00–24:00 as the whole day', () => {
    const allDay: Hours = {
      timezone: 'UTC',
      weekly: [{ day: 'sa', opens: '00:00', closes: '24:00' }],
    };
    expect(isOpenAt(allDay, new Date('2026-11-21T23:59:00Z'))).to.equal(true);
    expect(isOpenAt(allDay, new Date('2026-11-22T00:00:00Z'))).to.equal(false);
  });

  it('follows daylight saving time', () => {
    // 09:00–10:00 in London is 08:00 UTC in summer and 09:00 UTC in winter.
    const london: Hours = {
      timezone: 'Europe/London',
      weekly: [{ day: 'we', opens: '09:00', closes: '10:00' }],
    };
    expect(isOpenAt(london, new Date('2026-07-01T08:30:00Z'))).to.equal(true);
    expect(isOpenAt(london, new Date('2026-12-02T08:30:00Z'))).to.equal(false);
  });

  it('is unknown without weekly hours', () => {
    expect(isOpenAt(undefined, new Date())).to.equal(undefined);
    expect(isOpenAt({ timezone: 'UTC', weekly: [], notes: 'by appointment' }, new Date())).to.equal(
      undefined,
    );
  });

  it('counts minutes from Monday midnight', () => {
    expect(minuteOfWeek(new Date('2026-11-23T00:00:00Z'), 'UTC')).to.equal(0);
    expect(minuteOfWeek(new Date('2026-11-22T23:59:00Z'), 'UTC')).to.equal(7 * 1440 - 1);
  });

  it('lists each day’s periods in order', () => {
    const days = hoursByDay({
      timezone: 'UTC',
      weekly: [
        { day: 'tu', opens: '14:00', closes: '16:00' },
        { day: 'tu', opens: '09:00', closes: '12:00' },
      ],
    });
    expect(days[1]).to.deep.equal({
      day: 'tu',
      periods: [
        { opens: '09:00', closes: '12:00' },
        { opens: '14:00', closes: '16:00' },
      ],
    });
    expect(days[0]!.periods).to.deep.equal([]);
  });
});

describe('nextChange', () => {
  // 2026-12-02 is a Wednesday; these hours are in UTC.
  const hours = {
    timezone: 'UTC',
    weekly: [
      { day: 'we' as const, opens: '09:00', closes: '12:00' },
      { day: 'we' as const, opens: '12:00', closes: '17:00' },
      { day: 'fr' as const, opens: '22:00', closes: '02:00' },
    ],
  };
  const at = (iso: string) => nextChange(hours, new Date(iso));

  it('says when an open place closes, touching periods being one', () => {
    expect(at('2026-12-02T10:00:00Z')).to.deep.equal({
      open: true,
      time: '17:00',
      inDays: 0,
      day: 'we',
    });
  });

  it('says when a closed place opens: today, tomorrow or on a weekday', () => {
    expect(at('2026-12-02T07:00:00Z')).to.deep.include({ open: false, time: '09:00', inDays: 0 });
    expect(at('2026-12-02T18:00:00Z')).to.deep.include({
      open: false,
      time: '22:00',
      inDays: 2,
      day: 'fr',
    });
    expect(at('2026-12-04T23:00:00Z')).to.deep.include({
      open: true,
      time: '02:00',
      inDays: 1,
      day: 'sa',
    });
    expect(at('2026-12-05T03:00:00Z')).to.deep.include({
      open: false,
      time: '09:00',
      inDays: 4,
      day: 'we',
    });
  });

  it('has nothing to say for a place open around the clock, or without hours', () => {
    const always = {
      timezone: 'UTC',
      weekly: (['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const).map((day) => ({
        day,
        opens: '00:00',
        closes: '24:00',
      })),
    };
    expect(nextChange(always, new Date('2026-12-02T10:00:00Z'))).to.equal(undefined);
    expect(nextChange(undefined, new Date())).to.equal(undefined);
  });
});
