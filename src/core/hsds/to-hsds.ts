/**
 * A resource as an Open Referral HSDS 3.0 service: the reverse of `mapping.ts`, for a server that speaks HSDS. What
 * HSDS has a field for goes there (organization, phones, languages, a location with its address and position,
 * weekly schedules, cost, eligibility, categories as taxonomy terms); nested objects get ids derived from the
 * service's. A confidential place gets no address and no position. Pure.
 */
import type { Resource } from '../feed/schema.js';
import { CATEGORY_SEPARATOR } from '../text/patterns.js';
import { fold } from '../text/fold.js';
import { dateTimeFormat } from '../text/intl.js';

type Obj = Record<string, unknown>;

/** The taxonomy that categories belong to, in HSDS terms. */
export interface HsdsTaxonomy {
  readonly id: string;
  readonly name: string;
}

/** How a category path's levels are named and identified (a feed's taxonomy, or the names themselves). */
export interface HsdsTerms {
  /** The term for one level of a category path: its id, name and parent's id. */
  term(level: string, parent?: string): { id: string; name: string; parent_id?: string };
}

/** Terms for categories written as names ("Food > Food bank"): each level's id is its folded path. */
export const NAMED_TERMS: HsdsTerms = {
  term(level, parent) {
    const id = parent ? `${parent}/${slug(level)}` : slug(level);
    return { id, name: level, ...(parent ? { parent_id: parent } : {}) };
  },
};

/** A name as an id: folded words joined by dashes ("Food bank" → "food-bank"). */
export function slug(name: string): string {
  return (
    fold(name)
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'term'
  );
}

/** Each level of a category path as taxonomy terms, parents first. */
export function categoryTerms(
  category: string,
  terms: HsdsTerms,
): Array<{ id: string; name: string; parent_id?: string }> {
  const out: Array<{ id: string; name: string; parent_id?: string }> = [];
  for (const level of category.split(CATEGORY_SEPARATOR).map((l) => l.trim())) {
    if (!level) continue;
    out.push(terms.term(level, out.at(-1)?.id));
  }
  return out;
}

const DAYS: Record<string, string> = {
  mo: 'MO',
  tu: 'TU',
  we: 'WE',
  th: 'TH',
  fr: 'FR',
  sa: 'SA',
  su: 'SU',
};

/** A time zone's offset from UTC in hours at `at` (HSDS gives a schedule's zone as an offset). */
export function utcOffsetHours(zone: string, at: Date): number | undefined {
  // A zone's offset changes on a whole minute (every change since 1970 is on one): kept for the minute asked last (a
  // server's page asks it for each of its services, at the same time).
  const minute = Math.floor(at.getTime() / 60_000);
  const known = offsets.get(zone);
  if (known?.minute === minute) return known.hours;
  const hours = readOffset(zone, at);
  if (offsets.size > 1000) offsets.clear();
  offsets.set(zone, { minute, hours });
  return hours;
}

const offsets = new Map<string, { minute: number; hours: number | undefined }>();

function readOffset(zone: string, at: Date): number | undefined {
  try {
    // Built once per zone (dateTimeFormat keeps it): building one costs far more than using it.
    const part = dateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
    const m = part && /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(part);
    if (!m) return undefined;
    if (!m[1]) return 0;
    const hours = Number(m[2]) + Number(m[3]) / 60;
    return m[1] === '-' ? -hours : hours;
  } catch {
    return undefined;
  }
}

/** Options of {@link toHsdsService}. */
export interface ToHsdsOptions {
  /** The organization's id (HSDS needs one); default: from its name. */
  organizationId?: string;
  /** The taxonomy its categories belong to. */
  taxonomy?: HsdsTaxonomy;
  /** How category levels are named (default {@link NAMED_TERMS}). */
  terms?: HsdsTerms;
  /** When it was last changed (`last_modified`). */
  modified?: string;
  /** Nested objects (organization, locations, schedules, attributes...): HSDS's `full`. Default true. */
  full?: boolean;
  /** When schedules' UTC offsets are taken. Default now. */
  now?: Date;
}

/** A resource as an HSDS 3.0 service. */
export function toHsdsService(r: Resource, options: ToHsdsOptions = {}): Obj {
  const id = r.id;
  const sub = (kind: string, i: number | string = 0) => `${id}/${kind}/${i}`;
  const organizationId =
    options.organizationId ?? (r.organization ? `org-${slug(r.organization)}` : undefined);
  const service: Obj = {
    id,
    name: r.name,
    status: r.status === 'temporarily-closed' ? 'temporarily closed' : 'active',
  };
  if (organizationId) service.organization_id = organizationId;
  if (r.description) service.description = r.description;
  if (r.website) service.url = r.website;
  if (r.email) service.email = r.email;
  if (r.applicationProcess) service.application_process = r.applicationProcess;
  if (r.eligibility?.text) service.eligibility_description = r.eligibility.text;
  if (r.eligibility?.minAge !== undefined) service.minimum_age = r.eligibility.minAge;
  if (r.eligibility?.maxAge !== undefined) service.maximum_age = r.eligibility.maxAge;
  if (r.cost?.text) service.fees_description = r.cost.text;
  if (r.alert) service.alert = r.alert;
  if (r.lastVerified) service.assured_date = r.lastVerified.slice(0, 10);
  if (options.modified) service.last_modified = options.modified;
  if (options.full === false) return service;

  if (r.organization && organizationId)
    service.organization = { id: organizationId, name: r.organization, description: '' };
  service.phones = (r.phones ?? []).map((p, i) => ({
    id: sub('phone', i),
    number: p.number,
    ...(p.label ? { description: p.label } : {}),
  }));
  service.languages = (r.languages ?? []).map((code, i) => ({
    id: sub('language', i),
    code,
  }));
  if (r.cost?.free) service.cost_options = [{ id: sub('cost'), amount: 0 }];
  if (r.serviceArea) service.service_areas = [{ id: sub('area'), name: r.serviceArea }];

  const zone = r.hours?.timezone;
  const offset = zone ? utcOffsetHours(zone, options.now ?? new Date()) : undefined;
  const schedules: Obj[] = (r.hours?.weekly ?? []).map((o, i) => ({
    id: sub('schedule', i),
    freq: 'WEEKLY',
    byday: DAYS[o.day],
    opens_at: o.opens,
    closes_at: o.closes,
    ...(offset !== undefined ? { timezone: offset } : {}),
  }));
  if (r.hours?.notes) schedules.push({ id: sub('schedule', 'notes'), description: r.hours.notes });
  service.schedules = schedules;

  // Categories as taxonomy terms, each level once; tags as terms of a keywords taxonomy.
  const terms = options.terms ?? NAMED_TERMS;
  const taxonomy = options.taxonomy;
  const attributes: Obj[] = [];
  const seen = new Set<string>();
  for (const category of r.categories ?? []) {
    const levels = categoryTerms(category, terms);
    const leaf = levels.at(-1);
    if (!leaf || seen.has(leaf.id)) continue;
    seen.add(leaf.id);
    attributes.push({
      id: sub('attribute', attributes.length),
      link_id: id,
      link_type: 'service',
      link_entity: 'service',
      taxonomy_term_id: leaf.id,
      taxonomy_term: {
        ...leaf,
        description: leaf.name,
        ...(taxonomy ? { taxonomy: taxonomy.name, taxonomy_id: taxonomy.id } : {}),
      },
    });
  }
  for (const tag of r.tags ?? []) {
    const termId = `keyword/${slug(tag)}`;
    if (seen.has(termId)) continue;
    seen.add(termId);
    attributes.push({
      id: sub('attribute', attributes.length),
      link_id: id,
      link_type: 'service',
      link_entity: 'service',
      taxonomy_term_id: termId,
      value: tag,
      taxonomy_term: { id: termId, name: tag, description: tag, taxonomy: 'keywords' },
    });
  }
  service.attributes = attributes;

  // Where it is: a physical place (never a confidential one), and online when it is delivered online.
  const locations: Obj[] = [];
  const a = r.address;
  if (!r.confidential && (a?.street || r.coordinates)) {
    const location: Obj = { id: sub('location'), location_type: 'physical' };
    if (a?.street || a?.locality)
      location.addresses = [
        {
          id: sub('address'),
          address_1: a.street ?? '',
          city: a.locality ?? '',
          state_province: a.region ?? '',
          postal_code: a.postalCode ?? '',
          country: a.country ?? '',
          address_type: 'physical',
        },
      ];
    if (r.coordinates) {
      location.latitude = r.coordinates.lat;
      location.longitude = r.coordinates.lng;
    }
    if (r.accessibility?.length)
      location.accessibility = r.accessibility.map((description, i) => ({
        id: sub('accessibility', i),
        description,
      }));
    locations.push(location);
  }
  if (r.delivery?.includes('online'))
    locations.push({ id: sub('location', 'online'), location_type: 'virtual', url: r.website });
  service.service_at_locations = locations.map((location, i) => ({
    id: sub('service-at-location', i),
    service_id: id,
    location_id: location.id,
    location: Object.fromEntries(Object.entries(location).filter(([, v]) => v !== undefined)),
  }));
  return service;
}
