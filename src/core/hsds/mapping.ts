/**
 * Open Referral HSDS 3.0 -> our resource model, written once. Each HSDS service becomes a native record, which then
 * goes through the same per-record validation as a native feed. What the mapping drops (an out-of-range position, a
 * malformed URL) is reported with the HSDS path, so a maintainer can find it in their own data. Pure: no DOM.
 */
import {
  parseResource,
  RecordChecker,
  type FeedProblem,
  type FeedResult,
} from '../feed/records.js';
import { runSteps, type Steps } from '../steps/steps.js';
import { isLanguageTag, isTimeZone, WEEKDAYS, type Resource } from '../feed/schema.js';
import { CATEGORY_SEPARATOR, EMAIL, HTTP_URL } from '../text/patterns.js';
import { isCodeLike } from '../feed/taxonomy.js';
import { problemOf, type ProblemCode, type ProblemParams } from '../feed/problems.js';
import { localTimeZone } from '../text/intl.js';

export { isCodeLike };

/** What a feed looks like. */
export type DetectedFormat =
  | { format: 'native' }
  | { format: 'hsds'; shape: 'page' | 'array' | 'service' }
  | { format: 'unknown' };

/** How to read a feed: recognize it, or force one format. */
export type FeedFormat = 'auto' | 'native' | 'hsds';

/** The formats a loader accepts, for attribute values and controls. */
export const FEED_FORMATS = ['auto', 'native', 'hsds'] as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);

/** An HSDS 3.0 API page: `{ total_items, total_pages, page_number, contents }`. */
export function isHsdsPage(
  data: unknown,
): data is Obj & { contents: unknown[]; total_pages?: number; page_number?: number } {
  return (
    isObj(data) &&
    Array.isArray(data.contents) &&
    ('total_pages' in data || 'page_number' in data || 'total_items' in data)
  );
}

/** Looks like an HSDS service: an id and name plus fields only HSDS has. */
export function looksLikeHsdsService(v: unknown): boolean {
  return (
    isObj(v) &&
    [
      'service_at_locations',
      'eligibility_description',
      'fees_description',
      'assured_date',
      'cost_options',
      'schedules',
      'attributes',
      'application_process',
    ].some((k) => k in v)
  );
}

/** Recognizes our format, an HSDS Page envelope, a bare array of HSDS services, or one HSDS service. */
export function detectFormat(data: unknown): DetectedFormat {
  if (isHsdsPage(data)) return { format: 'hsds', shape: 'page' };
  if (isObj(data) && Array.isArray(data.resources)) return { format: 'native' };
  if (Array.isArray(data)) {
    const first = data.find(isObj);
    if (first && looksLikeHsdsService(first)) return { format: 'hsds', shape: 'array' };
    return { format: 'native' };
  }
  if (looksLikeHsdsService(data)) return { format: 'hsds', shape: 'service' };
  return { format: 'unknown' };
}

/** The services in any HSDS shape. */
export function hsdsServices(data: unknown): unknown[] {
  if (isHsdsPage(data)) return data.contents;
  if (Array.isArray(data)) return data;
  return data === undefined || data === null ? [] : [data];
}

/** Free text as published: trimmed, with placeholders such as "None" read as absent. */
function text(v: unknown): string | undefined {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const s = String(v).trim();
  return s && !/^(none|n\/a|null|-)\.?$/i.test(s) ? s : undefined;
}

/** Taxonomy terms by id, from every service, so a term's parents can be named. */
export function collectTaxonomyTerms(services: readonly unknown[]): Map<string, Obj> {
  const terms = new Map<string, Obj>();
  for (const service of services) {
    if (!isObj(service)) continue;
    for (const attribute of list(service.attributes)) {
      const term = attribute.taxonomy_term;
      if (isObj(term) && typeof term.id === 'string') terms.set(term.id, term);
    }
  }
  return terms;
}

/** "Parent > Child" for a term, following parent_id through the terms we know. */

function termPath(term: Obj, terms: Map<string, Obj>): string | undefined {
  const names: string[] = [];
  const seen = new Set<string>();
  let current: Obj | undefined = term;
  while (current && names.length < 8) {
    const name = text(current.name);
    if (name) names.unshift(name.replaceAll(CATEGORY_SEPARATOR, '›'));
    const parent: unknown = current.parent_id;
    if (typeof parent !== 'string' || seen.has(parent)) break;
    seen.add(parent);
    current = terms.get(parent);
  }
  return names.length ? names.join(` ${CATEGORY_SEPARATOR} `) : undefined;
}

const DAY_CODES: Record<string, (typeof WEEKDAYS)[number]> = {
  MO: 'mo',
  TU: 'tu',
  WE: 'we',
  TH: 'th',
  FR: 'fr',
  SA: 'sa',
  SU: 'su',
};

/** HSDS 3.0 gives a schedule's time zone as a UTC offset in hours; an IANA name is accepted too. */
function timeZoneOf(value: unknown, fallback: string): string {
  if (typeof value === 'string' && isTimeZone(value)) return value;
  const offset =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^[+-]?\d+$/.test(value)
        ? Number(value)
        : NaN;
  // Etc/GMT zones have inverted signs: UTC+3 is Etc/GMT-3. Only whole hours exist there.
  if (Number.isInteger(offset) && offset >= -12 && offset <= 14)
    return offset === 0 ? 'UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
  return fallback;
}

const hhmm = (v: unknown): string | undefined => {
  const m = typeof v === 'string' ? /^(\d{1,2}):(\d{2})/.exec(v) : null;
  if (!m) return undefined;
  const h = Number(m[1]);
  return h <= 24 ? `${String(h).padStart(2, '0')}:${m[2]}` : undefined;
};

/** Weekly periods from HSDS schedules (freq WEEKLY, byday, opens_at, closes_at); free text is kept as notes. */
function hoursOf(schedules: Obj[], defaultTimeZone: string): Obj | undefined {
  if (!schedules.length) return undefined;
  const weekly: Array<{ day: string; opens: string; closes: string }> = [];
  const notes: string[] = [];
  let timezone: string | undefined;
  for (const s of schedules) {
    const opens = hhmm(s.opens_at);
    const closes = hhmm(s.closes_at);
    const freq = typeof s.freq === 'string' ? s.freq.toUpperCase() : 'WEEKLY';
    const days =
      typeof s.byday === 'string'
        ? s.byday.split(',').map((d) => DAY_CODES[d.trim().toUpperCase().slice(-2)])
        : [];
    if (freq === 'WEEKLY' && opens && closes && days.length && days.every(Boolean)) {
      for (const day of days) weekly.push({ day: day!, opens, closes });
      timezone ??= timeZoneOf(s.timezone, defaultTimeZone);
    }
    const description = text(s.description);
    if (description && !notes.includes(description)) notes.push(description);
  }
  if (!weekly.length && !notes.length) return undefined;
  return {
    timezone: timezone ?? defaultTimeZone,
    weekly,
    ...(notes.length ? { notes: notes.join(' ') } : {}),
  };
}

/** Known accessibility phrases -> our feature tags; other short descriptions are kept as they are. */
const ACCESS_PATTERNS: Array<[RegExp, string]> = [
  [/wheel ?chair/i, 'wheelchair'],
  [/(induction|hearing) loop|t-?coil/i, 'hearing-loop'],
  [/sign language|\b(bsl|asl|lsf|lis)\b/i, 'sign-language'],
  [/braille/i, 'braille'],
  [/step[- ]free|elevator|\blift\b|ramp/i, 'step-free'],
  [/accessible (toilet|restroom|bathroom)/i, 'accessible-toilet'],
];

function accessibilityOf(items: Obj[]): string[] {
  const out = new Set<string>();
  for (const item of items) {
    const description = [text(item.description), text(item.details)].filter(Boolean).join(' ');
    const matched = ACCESS_PATTERNS.filter(([re]) => re.test(description)).map(([, tag]) => tag);
    matched.forEach((t) => out.add(t));
    if (!matched.length && description && description.length <= 60) out.add(description);
  }
  return [...out];
}

function cleanNumber(v: unknown): string | undefined {
  const s = text(v)?.replace(/^["'\s]+|["'\s]+$/g, '');
  return s && /\d{3}/.test(s) ? s : undefined;
}

const ISO_639_1 =
  'aa ab af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi wa wo xh yi yo za zh zu ceb hmn ilo kri men yue fil';
const LANGUAGE_ALIASES: Record<string, string> = {
  farsi: 'fa',
  tagalog: 'tl',
  bengali: 'bn',
  cambodian: 'km',
  laotian: 'lo',
  fulani: 'ff',
  mandarin: 'zh',
  taiwanese: 'nan',
  sinhalese: 'si',
  'serbo-croatian': 'sh',
  gaelic: 'gd',
  hmong: 'hmn',
  'sign language': '',
  // Names the IANA registry has and a browser's Intl may not (met in real directories).
  aramaic: 'arc',
  syriac: 'syr',
  pangasinan: 'pag',
  temne: 'tem',
  assyrian: 'aii',
  'assyrian neo-aramaic': 'aii',
  chaldean: 'cld',
  'chaldean neo-aramaic': 'cld',
};
let languageNames: Map<string, string> | undefined;
const unaccented = (s: string): string => s.normalize('NFD').replace(/\p{M}+/gu, '');
/** A BCP 47 code for a language given by code or by English name ("Tagalog" -> "tl", "Chinese (Cantonese)" -> "yue"). */
export function languageCode(
  code: string | undefined,
  name: string | undefined,
  /** Looks further for a name the common ones do not have (the validator passes `rareLanguageCode` (core/hsds/rare-languages.ts)). */
  lookup?: (name: string) => string | undefined,
): string | undefined {
  if (code && isLanguageTag(code)) return code;
  if (!languageNames) {
    languageNames = new Map(Object.entries(LANGUAGE_ALIASES));
    // Names in English first, then in the interface's other languages, as a maintainer writes them in a spreadsheet
    // ("Français", "Español", "العربية"); with and without accents.
    for (const locale of ['en', 'fr', 'es', 'it', 'ar']) {
      const display = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
      for (const c of ISO_639_1.split(' ')) {
        const n = display.of(c)?.toLowerCase();
        for (const form of n ? [n, unaccented(n)] : [])
          if (!languageNames.has(form)) languageNames.set(form, c);
      }
    }
  }
  const raw = unaccented((name ?? code ?? '').trim().toLowerCase());
  const inner = /\(([^)]+)\)/.exec(raw)?.[1]?.trim();
  const outer = raw.replace(/\(.*\)/, '').trim();
  for (const candidate of [raw, inner, outer]) {
    const found = candidate ? languageNames.get(candidate) : undefined;
    if (found) return found;
  }
  if (!lookup) return undefined;
  for (const candidate of [raw, inner, outer]) {
    const found = candidate ? lookup(candidate) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** Options of the mapping. */
export interface HsdsOptions {
  /**
   * Looks further for language names the common ones do not have: the validator passes `rareLanguageCode` (core/hsds/rare-languages.ts)
   * (every code Intl knows; it costs a fraction of a second once, so the finder does without).
   */
  languageLookup?: (name: string) => string | undefined;
  /** IANA time zone for schedules that give none. Default: the time zone of the browser or machine. */
  timeZone?: string;
}

/** One HSDS service as a native record (before validation), with what the mapping dropped, and whether it is hidden. */
export function mapHsdsService(
  service: unknown,
  index: number,
  terms: Map<string, Obj>,
  options: HsdsOptions = {},
): { record?: Obj; problems: FeedProblem[]; hidden?: string } {
  if (!isObj(service))
    return { problems: [{ index, path: '(service)', ...problemOf('not-an-object') }] };
  const id = text(service.id);
  const problems: FeedProblem[] = [];
  const problem = (path: string, code: ProblemCode, params: ProblemParams) =>
    problems.push({ index, ...(id ? { id } : {}), path, ...problemOf(code, params) });
  const status = typeof service.status === 'string' ? service.status.toLowerCase() : 'active';
  if (status === 'inactive' || status === 'defunct') return { problems, hidden: status };

  const defaultTimeZone = options.timeZone ?? localTimeZone();
  const organization = isObj(service.organization) ? service.organization : undefined;
  const sals = list(service.service_at_locations);
  const located = sals.map((sal, i) => ({
    sal,
    i,
    location: isObj(sal.location) ? sal.location : undefined,
  }));
  const physical = located.find(
    (l) =>
      l.location &&
      l.location.location_type !== 'virtual' &&
      (l.location.addresses || l.location.latitude !== undefined),
  );
  const record: Obj = {
    id,
    name: text(service.name),
    description: text(service.description),
    organization: text(organization?.name),
  };

  // Categories (with their hierarchy) from taxonomy terms; keyword taxonomies become tags.
  const categories = new Set<string>();
  const tags = new Set<string>();
  for (const [k, attribute] of list(service.attributes).entries()) {
    const term = isObj(attribute.taxonomy_term) ? attribute.taxonomy_term : undefined;
    if (!term) continue;
    // A term named by its code ("103-05-01") says nothing to a visitor: left out, and reported.
    const termName = text(term.name);
    if (termName && isCodeLike(termName, text(term.code))) {
      problem(`attributes[${k}].taxonomy_term.name`, 'category-code', { name: termName });
      continue;
    }
    const taxonomy = String(
      term.taxonomy ?? (isObj(term.taxonomy_detail) ? term.taxonomy_detail.name : '') ?? '',
    );
    if (/keyword|tag/i.test(taxonomy)) {
      const name = text(term.name);
      if (name) tags.add(name);
    } else {
      const path = termPath(term, terms);
      if (path) categories.add(path);
    }
  }
  if (categories.size) record.categories = [...categories];

  // Languages from the service and its locations; codes that are not BCP 47 are reported.
  const languages = new Set<string>();
  const languageSources: Array<[Obj[], string]> = [[list(service.languages), 'languages']];
  located.forEach(
    ({ location, i }) =>
      location &&
      languageSources.push([
        list(location.languages),
        `service_at_locations[${i}].location.languages`,
      ]),
  );
  let interpretation = false;
  let signLanguage = false;
  const unknown = new Set<string>();
  for (const [items, path] of languageSources) {
    items.forEach((l, k) => {
      const given = text(l.code) ?? text(l.name);
      if (!given) return;
      if (/interpret|language line|translation/i.test(given)) return void (interpretation = true);
      if (/sign language/i.test(given)) return void (signLanguage = true);
      const code = languageCode(text(l.code), text(l.name), options.languageLookup);
      if (code) languages.add(code);
      // The same language listed for the service and for its places is one problem, reported where first seen.
      else if (!unknown.has(given.toLowerCase())) {
        unknown.add(given.toLowerCase());
        problem(`${path}[${k}]`, 'unknown-language', { given });
      }
    });
  }
  if (languages.size) record.languages = [...languages];
  if (interpretation) tags.add('interpretation');
  if (tags.size) record.tags = [...tags];

  // Cost: any option with amount 0 means free.
  const costOptions = list(service.cost_options);
  const fees = text(service.fees_description) ?? text(service.fees);
  const free =
    costOptions.some((c) => c.amount === 0 || c.amount === '0') ||
    (fees !== undefined && /^(free|no (fee|charge|cost)s?)\b/i.test(fees));
  const costText = [
    ...costOptions
      .filter((c) => typeof c.amount === 'number' && c.amount > 0)
      .map((c) =>
        [
          text(c.option),
          `${c.amount} ${String(c.currency ?? '').toUpperCase()}`.trim(),
          text(c.amount_description),
        ]
          .filter(Boolean)
          .join(' '),
      ),
    fees,
  ].filter(Boolean);
  if (costOptions.length || fees)
    record.cost = { free, ...(costText.length ? { text: costText.join('; ') } : {}) };

  // Eligibility.
  const eligibility: Obj = {};
  const eligibilityText = text(service.eligibility_description);
  if (eligibilityText) eligibility.text = eligibilityText;
  if (Number.isInteger(service.minimum_age)) eligibility.minAge = service.minimum_age;
  if (Number.isInteger(service.maximum_age)) eligibility.maxAge = service.maximum_age;
  if (Object.keys(eligibility).length) record.eligibility = eligibility;

  // Accessibility of the locations.
  const accessibility = accessibilityOf(
    located.flatMap(({ location }) => list(location?.accessibility)),
  );
  if (signLanguage && !accessibility.includes('sign-language')) accessibility.push('sign-language');
  if (accessibility.length) record.accessibility = accessibility;

  // Address and position of the first physical location; virtual locations mean online.
  // A location published as confidential or redacted (a shelter, for example): keep it off the map and the page.
  const confidential = located.some(({ location }) => {
    if (!location) return false;
    const a = list(location.addresses)[0];
    return /confidential|redacted|undisclosed|withheld/i.test(
      `${String(location.location_type ?? '')} ${String(a?.address_1 ?? '')}`,
    );
  });
  if (confidential) {
    record.confidential = true;
    const locality = located
      .map(({ location }) => text(list(location?.addresses)[0]?.city))
      .find(Boolean);
    if (locality) record.address = { locality };
  } else if (physical?.location) {
    const loc = physical.location;
    const addresses = list(loc.addresses);
    const a = addresses.find((x) => x.address_type === 'physical') ?? addresses[0];
    if (a) {
      const country = text(a.country);
      record.address = {
        street: [text(a.address_1), text(a.address_2)].filter(Boolean).join(', ') || undefined,
        locality: text(a.city),
        region: text(a.state_province) ?? text(a.region),
        postalCode: text(a.postal_code),
        ...(country && /^[A-Za-z]{2}$/.test(country) ? { country: country.toUpperCase() } : {}),
      };
    }
    const lat = loc.latitude;
    const lng = loc.longitude;
    if (typeof lat === 'number' && typeof lng === 'number') {
      if (lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180) record.coordinates = { lat, lng };
      else problem(`service_at_locations[${physical.i}].location`, 'not-on-earth', { lat, lng });
    }
  }
  const delivery = new Set<string>();
  if (located.some(({ location }) => location?.location_type === 'virtual')) delivery.add('online');
  if (physical) delivery.add('in-person');
  if (delivery.size) record.delivery = [...delivery];

  // Phones of the service, its locations and its organization, each number once.
  const phones: Obj[] = [];
  const seen = new Set<string>();
  const phoneSources = [
    ...list(service.phones),
    ...located.flatMap(({ sal, location }) => [...list(sal.phones), ...list(location?.phones)]),
    ...list(organization?.phones),
  ];
  for (const p of phoneSources) {
    const number = cleanNumber(p.number);
    if (!number || seen.has(number.replace(/\D/g, ''))) continue;
    seen.add(number.replace(/\D/g, ''));
    const type = typeof p.type === 'string' ? p.type.toLowerCase() : '';
    const label = [
      type === 'text' || type === 'sms'
        ? 'SMS'
        : type === 'fax'
          ? 'Fax'
          : type === 'textphone'
            ? 'Textphone'
            : '',
      p.extension ? `ext. ${p.extension}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    phones.push({ number, ...(label ? { label } : {}) });
  }
  if (phones.length) record.phones = phones;

  // Web and email, checked here so that one bad link does not lose the whole service.
  const url = text(service.url) ?? text(organization?.website) ?? text(organization?.url);
  if (url && HTTP_URL.test(url)) record.website = url;
  else if (url) problem('url', 'url-left-out', { url });
  const email = text(service.email) ?? text(organization?.email);
  if (email && EMAIL.test(email)) record.email = email;
  else if (email) problem('email', 'email-left-out', { email });

  // Hours: the service's schedules, else its first location's.
  const schedules = list(service.schedules).length
    ? list(service.schedules)
    : located.flatMap(({ sal, location }) => [
        ...list(sal.schedules),
        ...list(location?.schedules),
      ]);
  const hours = hoursOf(schedules, defaultTimeZone);
  if (hours) record.hours = hours;

  const areas = list(service.service_areas)
    .map((a) => text(a.name))
    .filter(Boolean);
  if (areas.length) record.serviceArea = areas.join(', ');
  const verified = text(service.assured_date) ?? text(service.last_modified);
  if (verified && /^\d{4}-\d{2}-\d{2}/.test(verified)) record.lastVerified = verified.slice(0, 10);
  if (status === 'temporarily closed' || status === 'temporarily_closed')
    record.status = 'temporarily-closed';
  const alert = text(service.alert);
  if (alert) record.alert = alert;
  const applicationProcess = text(service.application_process);
  if (applicationProcess) record.applicationProcess = applicationProcess;

  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  if (isObj(record.address))
    for (const key of Object.keys(record.address))
      if (record.address[key] === undefined) delete record.address[key];
  return { record, problems };
}

/** Maps HSDS services (any shape) and validates them like a native feed. */
export function parseHsds(
  data: unknown,
  options: HsdsOptions = {},
): FeedResult & { hidden: number } {
  return runSteps(hsdsSteps(data, options));
}

/** {@link parseHsds} as {@link Steps}. */
export function* hsdsSteps(
  data: unknown,
  options: HsdsOptions = {},
): Steps<FeedResult & { hidden: number }> {
  const services = hsdsServices(data);
  const reader = new HsdsReader(collectTaxonomyTerms(services), options);
  for (let index = 0; index < services.length; index++) {
    if (index % 128 === 127) yield index / services.length;
    reader.read(services[index], index);
  }
  return reader.result();
}

/** Whether every parent of the service's taxonomy terms is known. */
function parentsKnown(service: unknown, terms: Map<string, Obj>): boolean {
  if (!isObj(service)) return true;
  for (const attribute of list(service.attributes)) {
    let term = isObj(attribute.taxonomy_term) ? attribute.taxonomy_term : undefined;
    for (let depth = 0; term && depth < 8; depth++) {
      const parent: unknown = term.parent_id;
      if (typeof parent !== 'string') break;
      term = terms.get(parent);
      if (!term) return false;
    }
  }
  return true;
}

/**
 * Reads HSDS services one at a time, in feed order: maps each to a native record and checks it. Given every service's
 * taxonomy terms up front (a whole document), categories are named from the start; reading a stream, the terms are
 * learnt as services come, and a service whose parent term comes later is named again at the end.
 */
export class HsdsReader {
  private readonly checker = new RecordChecker();
  private hidden = 0;
  private total = 0;
  /** Services read before one of their parent terms (streams only). */
  private readonly later: Array<{ service: Obj; index: number; at: number }> = [];

  constructor(
    /** Taxonomy terms by id; a stream adds each service's as it is read. */
    private readonly terms: Map<string, Obj> = new Map(),
    private readonly options: HsdsOptions = {},
    /** Whether terms are learnt as services are read (a stream). */
    private readonly learning = false,
  ) {}

  /** Valid resources so far, in feed order. */
  get resources(): readonly Resource[] {
    return this.checker.resources;
  }

  /** Maps and checks the service at `index`. */
  read(service: unknown, index: number): void {
    this.total += 1;
    let known = true;
    if (this.learning) {
      for (const [id, term] of collectTaxonomyTerms([service])) this.terms.set(id, term);
      known = parentsKnown(service, this.terms);
    }
    const mapped = mapHsdsService(service, index, this.terms, this.options);
    for (const p of mapped.problems) this.checker.problems.push(p);
    if (mapped.hidden) this.hidden += 1;
    else if (mapped.record) {
      const at = this.checker.resources.length;
      if (this.checker.check(mapped.record, index) && !known)
        this.later.push({ service: service as Obj, index, at });
    }
  }

  /** What was read: every valid resource and every problem, in feed order. */
  result(): FeedResult & { hidden: number } {
    // Name again the categories of services read before their parent terms.
    for (const { service, index, at } of this.later.splice(0)) {
      const record = mapHsdsService(service, index, this.terms, this.options).record;
      const resource = record && parseResource(record, index).resource;
      if (resource) this.checker.resources[at] = resource;
    }
    return {
      meta: {},
      resources: this.checker.resources,
      problems: this.checker.problems,
      total: this.total,
      hidden: this.hidden,
    };
  }
}
