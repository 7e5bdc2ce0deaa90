/**
 * Feed parsing and loading. Validation is per record: every valid resource is kept, every bad one is reported
 * with its index, id, field path and what is wrong. Nothing here throws for bad data.
 */
import * as z from 'zod/mini';
import { issueProblem, problemOf, type ProblemCode, type ProblemParams } from './problems.js';
import { runSteps, type Steps } from '../steps/steps.js';
import { FeedSchema, ResourceSchema, type FeedMeta, type Resource } from './schema.js';
import { prepareRecord } from './lenient.js';
import { categoriesInTaxonomy, taxonomyIndex, type TaxonomyIndex } from './taxonomy.js';
import { readTaxonomy } from './read-taxonomy.js';

/** One problem found in a feed. `index` is the record's position in `resources`, or -1 for the envelope. */
export interface FeedProblem {
  /** Position of the record in the feed's `resources`, or -1 for the feed itself. */
  index: number;
  /** The record's id, when it has a readable one. */
  id?: string;
  /**
   * Where in the record, e.g. `hours.weekly[0].opens`; in a spreadsheet, the column's name as its header writes it.
   */
  path: string;
  /** In a spreadsheet, the row the problem is in, numbered as the spreadsheet shows it (the header is row 1). */
  row?: number;
  /** What is wrong, for code: the interface phrases it in the visitor's language. */
  code: ProblemCode;
  /** The parameters of the message. */
  params: ProblemParams;
  /** What is wrong, in plain English (stable, for maintainers, logs and machines). */
  message: string;
}

/**
 * Where a problem is, in plain English, as reports print it: `row 5 (id x), column Phone` in a spreadsheet, `record 3
 * (id x), hours.timezone` in a feed (records numbered from 1), `feed, (feed)` for the feed itself.
 */
export function problemPlace(p: FeedProblem): string {
  const id = p.id ? ` (id ${p.id})` : '';
  if (p.row !== undefined) return `row ${p.row}${id}, column ${p.path}`;
  return `${p.index < 0 ? 'feed' : `record ${p.index + 1}${id}`}, ${p.path}`;
}

/** What parsing a feed gives: the valid resources and every problem. */
export interface FeedResult {
  /** Title, publisher, updated date and default language, where valid. */
  meta: FeedMeta;
  /** Every valid resource, in feed order. */
  resources: Resource[];
  /** Every problem found. */
  problems: FeedProblem[];
  /** Number of records in the feed, valid or not. */
  total: number;
  /** The format read: our JSON feed, HSDS 3.0 (JSON or its CSV tables), or our one-sheet spreadsheet. */
  format?: 'native' | 'hsds' | 'csv';
  /** Set when resources' categories were named by the taxonomy after they were read (it came after them in a stream). */
  relabelled?: boolean;
  /** Records left out on purpose (HSDS services that are inactive or defunct). */
  hidden?: number;
  /**
   * Set when a feed could only be loaded in part: the pages of an HSDS API loaded, or, for a feed that stopped
   * arriving part-way (`cut`), how many of its records arrived whole; `stopped` when the visitor stopped loading,
   * `damaged` when its JSON is broken part-way.
   */
  incomplete?: {
    loadedPages: number;
    totalPages: number;
    message: string;
    cut?: number;
    stopped?: boolean;
    damaged?: boolean;
  };
}

// The taxonomy is read term by term (readTaxonomy), so that one bad term does not lose the others.
const EnvelopeSchema = z.looseObject({
  ...z.omit(FeedSchema, { taxonomy: true }).def.shape,
  resources: z.array(z.unknown()),
});
const metaKeys = ['title', 'publisher', 'updated', 'language', 'needs'] as const;

/** Problems are made from zod's issues by `issueProblem` (codes, parameters, English): no message of zod's is kept. */
const PARSE = { reportInput: false } as const;

/** Formats a zod path as `a.b[0].c`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

function readableId(record: unknown): string | undefined {
  if (record && typeof record === 'object' && 'id' in record) {
    const id = (record as { id: unknown }).id;
    if ((typeof id === 'string' && id.trim()) || typeof id === 'number') return String(id);
  }
  return undefined;
}

/** Fields without which a record is not a resource: it is rejected when they are missing or wrong. */
const REQUIRED = new Set(['id', 'name']);
/** Lists whose items are dropped one by one when bad (the others are kept). */
const LISTS = new Set(['categories', 'tags', 'languages', 'accessibility', 'delivery', 'phones']);
/** Fields whose parts only mean something together: a bad part drops the whole field. */
const WHOLE = new Set(['hours', 'coordinates']);
/** Parts without which their object means nothing: a bad one drops the object. */
const ESSENTIAL: Readonly<Record<string, string>> = { cost: 'free', referral: 'accepts' };

/**
 * Where to cut a record so that a bad value goes and the rest stays: the bad item of a list, the bad part of an
 * object, or the whole field when its parts only mean something together.
 */
function cutPath(path: ReadonlyArray<PropertyKey>): PropertyKey[] {
  const [field, part, item] = path;
  if (path.length < 2 || WHOLE.has(String(field))) return [field!];
  if (LISTS.has(String(field))) return [field!, part!];
  if (ESSENTIAL[String(field)] === part) return [field!];
  if (field === 'eligibility' && part === 'audiences' && item !== undefined)
    return [field, part, item];
  return [field!, part!];
}

/** The record without the values at `paths` (a copy; list items are removed, not left as holes). */
function without(record: Record<string, unknown>, paths: PropertyKey[][]): Record<string, unknown> {
  const copy = structuredClone(record);
  // Deepest and last items first, so that removing one does not move another.
  const sorted = [...paths].sort(
    (a, b) => b.length - a.length || Number(b.at(-1) ?? 0) - Number(a.at(-1) ?? 0),
  );
  for (const path of sorted) {
    let parent: unknown = copy;
    for (const key of path.slice(0, -1)) parent = (parent as Record<PropertyKey, unknown>)?.[key];
    const last = path.at(-1)!;
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else if (parent && typeof parent === 'object')
      delete (parent as Record<PropertyKey, unknown>)[last];
  }
  return copy;
}

/**
 * Validates one resource record. A bad optional value is left out and reported, and the record kept; only a record
 * without a valid id and name (or that is not an object) is rejected. Lenient readings and limits are applied first
 * ({@link prepareRecord}).
 */
export function parseResource(
  record: unknown,
  index: number,
): { resource?: Resource; problems: FeedProblem[] } {
  const prepared = prepareRecord(record);
  if (prepared.notes.length === 0) {
    // The common case: nothing to cut, and valid.
    const result = z.safeParse(ResourceSchema, prepared.record, PARSE);
    if (result.success) return { resource: result.data, problems: [] };
  }
  const id = readableId(record);
  const problems: FeedProblem[] = prepared.notes.map((note) => ({
    index,
    ...(id !== undefined ? { id } : {}),
    path: formatPath(note.path),
    ...problemOf(note.code, note.params),
  }));
  let input = prepared.record;
  const reported = new Set<string>();
  for (let round = 0; round < 3; round++) {
    const result = z.safeParse(ResourceSchema, input, PARSE);
    if (result.success) return { resource: result.data, problems };
    const cuts: PropertyKey[][] = [];
    let rejected = false;
    for (const issue of result.error.issues) {
      const path = formatPath(issue.path) || '(record)';
      if (!reported.has(path)) {
        reported.add(path);
        problems.push({
          index,
          ...(id !== undefined ? { id } : {}),
          path,
          ...issueProblem(issue, input),
        });
      }
      if (issue.path.length === 0 || REQUIRED.has(String(issue.path[0]))) rejected = true;
      // A second look cuts coarser: the whole field.
      else cuts.push(round === 0 ? cutPath(issue.path) : [issue.path[0]!]);
    }
    if (rejected || typeof input !== 'object' || !input || Array.isArray(input))
      return { problems };
    input = without(input as Record<string, unknown>, cuts);
  }
  return { problems };
}

/** How many records are validated between two progress reports. */
const STEP = 128;

/**
 * Checks records one at a time, as they come: keeps the valid ones in order and reports the rest; duplicate ids after
 * the first are reported and dropped. The one place where a record becomes a resource, for whole feeds and streams.
 */
export class RecordChecker {
  /** Every valid resource so far, in the order given. */
  readonly resources: Resource[] = [];
  /** Every problem so far. */
  readonly problems: FeedProblem[] = [];
  private readonly seen = new Set<string>();
  private taxonomy?: TaxonomyIndex;
  /** The feed position of each resource kept, for problems found once the taxonomy is known. */
  private readonly indexes: number[] = [];

  /**
   * Names categories by the feed's taxonomy from now on: their ids become paths ("food > food-bank"). Resources kept
   * before are given theirs too (as new objects); returns whether any was.
   */
  useTaxonomy(taxonomy: TaxonomyIndex): boolean {
    this.taxonomy = taxonomy;
    let changed = false;
    this.resources.forEach((r, i) => {
      if (!r.categories) return;
      this.resources[i] = this.named(r, this.indexes[i]!);
      changed = true;
    });
    return changed;
  }

  /** The resource with its categories named by the taxonomy; unknown ones are kept as written and reported. */
  private named(resource: Resource, index: number): Resource {
    if (!this.taxonomy || !resource.categories) return resource;
    const categories = categoriesInTaxonomy(resource.categories, this.taxonomy, (path, id) =>
      this.problems.push({ index, id: resource.id, path, ...problemOf('unknown-term', { id }) }),
    );
    return { ...resource, categories };
  }

  /** Checks the record at `index` (its position in the feed); returns the resource when it is kept. */
  check(record: unknown, index: number): Resource | undefined {
    const parsed = parseResource(record, index);
    for (const p of parsed.problems) this.problems.push(p);
    if (!parsed.resource) return undefined;
    const resource = this.named(parsed.resource, index);
    if (this.seen.has(resource.id)) {
      this.problems.push({
        index,
        id: resource.id,
        path: 'id',
        ...problemOf('duplicate-id', { id: resource.id }),
      });
      return undefined;
    }
    this.seen.add(resource.id);
    this.resources.push(resource);
    this.indexes.push(index);
    return resource;
  }
}

/**
 * Validates a list of resource records one by one, as {@link Steps} reporting how far it has got between `from` and
 * `to`; duplicate ids after the first are reported and dropped.
 */
export function* resourceSteps(
  records: readonly unknown[],
  from = 0,
  to = 1,
  taxonomy?: TaxonomyIndex,
): Steps<{ resources: Resource[]; problems: FeedProblem[] }> {
  const checker = new RecordChecker();
  if (taxonomy) checker.useTaxonomy(taxonomy);
  for (let index = 0; index < records.length; index++) {
    if (index % STEP === STEP - 1) yield from + ((to - from) * index) / records.length;
    checker.check(records[index], index);
  }
  return { resources: checker.resources, problems: checker.problems };
}

/** Validates a list of resource records one by one; duplicate ids after the first are reported and dropped. */
export function parseResources(records: readonly unknown[]): {
  resources: Resource[];
  problems: FeedProblem[];
} {
  return runSteps(resourceSteps(records));
}

/**
 * Parses a feed in our format (an object with `resources`) or a bare array of resources.
 * Invalid envelope fields are reported and left out; invalid records are reported and skipped.
 */
export function parseFeed(data: unknown): FeedResult {
  return runSteps(feedSteps(data));
}

/** {@link parseFeed} as {@link Steps}, for large feeds parsed without freezing the page. */
export function* feedSteps(data: unknown): Steps<FeedResult> {
  if (Array.isArray(data)) return { meta: {}, ...(yield* resourceSteps(data)), total: data.length };
  if (
    !data ||
    typeof data !== 'object' ||
    !Array.isArray((data as { resources?: unknown }).resources)
  ) {
    return {
      meta: {},
      resources: [],
      problems: [
        {
          index: -1,
          path: 'resources',
          ...problemOf('not-a-feed'),
        },
      ],
      total: 0,
    };
  }
  const envelope = data as Record<string, unknown> & { resources: unknown[] };
  const { meta, problems } = readEnvelope(envelope);
  const taxonomy = meta.taxonomy ? taxonomyIndex(meta.taxonomy, meta.language) : undefined;
  const parsed = yield* resourceSteps(envelope.resources, 0, 1, taxonomy);
  return {
    meta,
    resources: parsed.resources,
    problems: [...problems, ...parsed.problems],
    total: envelope.resources.length,
  };
}

/**
 * A feed's title, publisher, updated date, language and taxonomy, where valid, with a problem for each that is not.
 * `envelope` is the feed object; its `resources` are not looked at.
 */
export function readEnvelope(envelope: Record<string, unknown>): {
  meta: FeedMeta;
  problems: FeedProblem[];
} {
  const problems: FeedProblem[] = [];
  const meta: Record<string, unknown> = {};
  const checked = z.safeParse(EnvelopeSchema, { ...envelope, resources: [] }, PARSE);
  const bad = new Set<string>();
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const key = String(issue.path[0] ?? '');
      bad.add(key);
      problems.push({ index: -1, path: formatPath(issue.path), ...issueProblem(issue, envelope) });
    }
  }
  for (const key of metaKeys) {
    if (envelope[key] !== undefined && !bad.has(key))
      meta[key] = checked.success ? checked.data[key] : envelope[key];
  }
  if (envelope.taxonomy !== undefined) {
    const taxonomy = readTaxonomy(envelope.taxonomy);
    problems.push(...taxonomy.problems);
    if (taxonomy.terms.length) meta.taxonomy = taxonomy.terms;
  }
  return { meta: meta as FeedMeta, problems };
}
