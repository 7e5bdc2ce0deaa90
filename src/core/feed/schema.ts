/**
 * The resource-finder feed format. This zod schema is the single source of truth:
 * TypeScript types are inferred from it and `dist/feed.schema.json` is generated from it at build time.
 *
 * zod/mini keeps the drop-in bundle small; checks are written with `.check(...)`.
 */
import * as z from 'zod/mini';
import { EMAIL, isFeedPhone, isHttpUrl } from '../text/patterns.js';
import type { ProblemCode } from './problems.js';
import { isLanguageTag, isTimeZone } from './tags.js';
import { DELIVERY_MODES, STATUSES, WEEKDAYS } from './values.js';

// Field documentation lives in scripts/feed-docs.mjs, applied to the generated JSON Schema at build time,
// so that the drop-in bundle does not carry it.
const text = () => z.string().check(z.trim());
const nonEmpty = () => z.string().check(z.trim(), z.minLength(1, 'empty' satisfies ProblemCode));

export { isLanguageTag, isTimeZone };

/** True when a date's year, month and day exist ("2026-02-30" does not; the calendar is not allowed to roll over). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return (
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    !Number.isNaN(Date.parse(value))
  );
}

/** A day's grace for time zones: a date up to then is not "in the future" anywhere on Earth. */
const GRACE = 36 * 3600 * 1000;

/** True when a date is not after today (anywhere on Earth). */
export function isNotFuture(value: string, now = Date.now()): boolean {
  return Date.parse(value) <= now + GRACE;
}

const languageTag = z.string().check(z.refine(isLanguageTag, 'language-tag' satisfies ProblemCode));

const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, {
    message: 'date-format' satisfies ProblemCode,
    abort: true,
  }),
  z.refine(isCalendarDate, 'real-date' satisfies ProblemCode),
);

/** A date that has happened: a check that is said to be done in the future is not a check. */
const pastDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, {
    message: 'date-format' satisfies ProblemCode,
    abort: true,
  }),
  z.refine(isCalendarDate, { message: 'real-date' satisfies ProblemCode, abort: true }),
  z.refine((v) => isNotFuture(v), 'future-date' satisfies ProblemCode),
);

const webUrl = z.string().check(z.refine(isHttpUrl, 'http-url' satisfies ProblemCode));

const email = z.string().check(z.regex(EMAIL, 'email' satisfies ProblemCode));

export { DELIVERY_MODES, STATUSES, WEEKDAYS };

const time = z
  .string()
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'time' satisfies ProblemCode));

const opening = z.object({
  day: z.enum(WEEKDAYS),
  opens: time,
  closes: time,
});

const hours = z.looseObject({
  timezone: z.string().check(z.refine(isTimeZone, 'time-zone' satisfies ProblemCode)),
  weekly: z.array(opening),
  notes: z.optional(text()),
});

const address = z.looseObject({
  street: z.optional(text()),
  locality: z.optional(text()),
  region: z.optional(text()),
  postalCode: z.optional(text()),
  country: z.optional(z.string().check(z.regex(/^[A-Za-z]{2}$/, 'country' satisfies ProblemCode))),
});

const coordinates = z.object({
  lat: z
    .number()
    .check(
      z.gte(-90, 'latitude' satisfies ProblemCode),
      z.lte(90, 'latitude' satisfies ProblemCode),
    ),
  lng: z
    .number()
    .check(
      z.gte(-180, 'longitude' satisfies ProblemCode),
      z.lte(180, 'longitude' satisfies ProblemCode),
    ),
});

const phone = z.looseObject({
  number: z.string().check(z.refine(isFeedPhone, 'phone' satisfies ProblemCode)),
  label: z.optional(text()),
});

const age = z.int().check(z.gte(0), z.lte(130));

const eligibility = z.looseObject({
  text: z.optional(text()),
  minAge: z.optional(age),
  maxAge: z.optional(age),
  audiences: z.optional(z.array(nonEmpty())),
});

const referral = z.looseObject({
  accepts: z.boolean(),
  endpoint: z.optional(webUrl),
  email: z.optional(email),
});

const translation = z.looseObject({
  name: z.optional(nonEmpty()),
  description: z.optional(text()),
  hoursNotes: z.optional(text()),
});

/** One resource (a service, place, group or person that helps). */
export const ResourceSchema = z
  .looseObject({
    id: nonEmpty(),
    name: nonEmpty(),
    description: z.optional(text()),
    organization: z.optional(text()),
    categories: z.optional(z.array(nonEmpty())),
    tags: z.optional(z.array(nonEmpty())),
    languages: z.optional(z.array(languageTag)),
    cost: z.optional(
      z.looseObject({
        free: z.boolean(),
        text: z.optional(text()),
      }),
    ),
    eligibility: z.optional(eligibility),
    accessibility: z.optional(z.array(nonEmpty())),
    address: z.optional(address),
    coordinates: z.optional(coordinates),
    phones: z.optional(z.array(phone)),
    email: z.optional(email),
    website: z.optional(webUrl),
    hours: z.optional(hours),
    serviceArea: z.optional(text()),
    delivery: z.optional(z.array(z.enum(DELIVERY_MODES))),
    lastVerified: z.optional(pastDate),
    status: z.optional(z.enum(STATUSES)),
    alert: z.optional(text()),
    applicationProcess: z.optional(text()),
    referral: z.optional(referral),
    confidential: z.optional(z.boolean()),
    translations: z.optional(z.record(languageTag, translation)),
  })
  .check(
    z.refine(
      (r) =>
        r.eligibility?.minAge === undefined ||
        r.eligibility.maxAge === undefined ||
        r.eligibility.minAge <= r.eligibility.maxAge,
      { message: 'age-order' satisfies ProblemCode, path: ['eligibility', 'minAge'] },
    ),
  );

/** One category of the feed's own taxonomy (read term by term by `readTaxonomy`, so that a bad term loses only itself). */
const taxonomyTerm = z.looseObject({
  id: nonEmpty(),
  parent: z.optional(nonEmpty()),
  labels: z.record(languageTag, nonEmpty()),
});

/** A feed's own words for a need of the needs vocabulary (or a new one): what people say, and what answers it here. */
const feedNeed = z.looseObject({
  says: z.optional(z.array(nonEmpty())),
  finds: z.optional(z.array(nonEmpty())),
});

/** The feed envelope. Resources are validated one by one, so a bad record never hides the good ones. */
export const FeedSchema = z.looseObject({
  title: z.optional(text()),
  publisher: z.optional(z.looseObject({ name: nonEmpty(), url: z.optional(webUrl) })),
  updated: z.optional(isoDate),
  language: z.optional(languageTag),
  taxonomy: z.optional(z.array(taxonomyTerm)),
  needs: z.optional(
    z.record(
      z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'invalid-format' satisfies ProblemCode)),
      feedNeed,
    ),
  ),
  resources: z.array(ResourceSchema),
});

/** A validated resource. */
export type Resource = z.infer<typeof ResourceSchema>;
/** Weekly opening hours of a resource. */
export type Hours = z.infer<typeof hours>;
/** A day of the week. */
export type Weekday = (typeof WEEKDAYS)[number];
/** A delivery mode. */
export type DeliveryMode = (typeof DELIVERY_MODES)[number];
/** A validated feed. */
export type Feed = z.infer<typeof FeedSchema>;
/** Feed metadata: everything but the resources (the taxonomy holds only its valid terms). */
export type FeedMeta = Pick<
  Feed,
  'title' | 'publisher' | 'updated' | 'language' | 'taxonomy' | 'needs'
>;
