/** Warnings that matter to visitors, for data maintainers: records that are valid but hard to use. Pure: no DOM. */
import { categoryNames, isCodeLike, type TaxonomyIndex } from './taxonomy.js';
import type { Resource } from './schema.js';
import { CATEGORY_SEPARATOR } from '../text/patterns.js';

/** Kinds of warning, in the order they are reported. */
export const WARNING_KINDS = [
  'no-contact',
  'no-hours',
  'no-coordinates',
  'stale',
  'unverified',
  'code-category',
] as const;
/** A kind of warning. */
export type WarningKind = (typeof WARNING_KINDS)[number];

/** What each kind means, in plain English. */
export const WARNING_TEXT: Record<WarningKind, string> = {
  'no-contact': 'no way to get in touch (no phone, email, website or address)',
  'no-hours': 'no opening hours',
  'no-coordinates': 'no position (cannot be shown on a map or sorted by distance)',
  stale: 'not verified for longer than the freshness limit (12 months unless set)',
  unverified: 'no last-verified date',
  'code-category': 'a category named by a code ("102-06-01"), not a name visitors can read',
};

/**
 * How fresh a resource's information is: `stale` when it was last verified more than `months` ago (0: never
 * stale), `unverified` when the feed gives no date. The one meaning of "stale", for cards and for maintainers.
 */
export function freshness(
  lastVerified: string | undefined,
  now: Date,
  months: number,
): 'fresh' | 'stale' | 'unverified' {
  if (!lastVerified) return 'unverified';
  if (months <= 0) return 'fresh';
  const limit = new Date(now);
  limit.setMonth(limit.getMonth() - months);
  return Date.parse(lastVerified) < limit.getTime() ? 'stale' : 'fresh';
}

/**
 * The warnings of one resource. `staleMonths` is how old "last verified" may be (default 12); with the feed's
 * `taxonomy`, a category given by id is judged by its names, not its id.
 */
export function resourceWarnings(
  r: Resource,
  now: Date = new Date(),
  staleMonths = 12,
  taxonomy?: TaxonomyIndex,
): WarningKind[] {
  const out: WarningKind[] = [];
  const address = r.address && (r.address.street || r.address.locality);
  if (!r.phones?.length && !r.email && !r.website && !address) out.push('no-contact');
  if (!r.hours || (r.hours.weekly.length === 0 && !r.hours.notes)) out.push('no-hours');
  const online = r.delivery?.length && r.delivery.every((d) => d !== 'in-person');
  if (!r.coordinates && !online && !r.confidential) out.push('no-coordinates');
  const fresh = freshness(r.lastVerified, now, staleMonths);
  if (fresh !== 'fresh') out.push(fresh);
  if (
    r.categories?.some((c) =>
      c
        .split(CATEGORY_SEPARATOR)
        .some((part) => categoryNames(part, taxonomy).some((name) => isCodeLike(name))),
    )
  )
    out.push('code-category');
  return out;
}

/** Resource ids per kind of warning. */
export function feedWarnings(
  resources: readonly Resource[],
  now: Date = new Date(),
  staleMonths = 12,
  taxonomy?: TaxonomyIndex,
): Record<WarningKind, string[]> {
  const out = Object.fromEntries(WARNING_KINDS.map((k) => [k, [] as string[]])) as Record<
    WarningKind,
    string[]
  >;
  for (const r of resources)
    for (const kind of resourceWarnings(r, now, staleMonths, taxonomy)) out[kind].push(r.id);
  return out;
}
