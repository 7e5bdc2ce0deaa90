/**
 * Reading a feed as its bytes arrive: a streaming JSON parser (`@streamparser/json`) hands over each record of the
 * feed's list (a top-level array, our `resources`, an HSDS page's `contents`) as soon as it is whole, and each is
 * mapped and checked at once. The valid resources so far can be searched while the rest arrives, the parsed records
 * are not kept, and a feed that stops arriving keeps every whole record. The result is the same as reading the whole
 * document with {@link parseFeedData}. Pure: no network, no DOM.
 */
import { JSONParser } from '@streamparser/json';
import { feedDataSteps } from './read.js';
import { readEnvelope, RecordChecker, type FeedResult } from './records.js';
import { taxonomyIndex, type TaxonomyTerm } from './taxonomy.js';
import { readTaxonomy } from './read-taxonomy.js';
import type { FeedMeta, Resource } from './schema.js';
import { runSteps, type Steps } from '../steps/steps.js';
import {
  HsdsReader,
  looksLikeHsdsService,
  type FeedFormat,
  type HsdsOptions,
} from '../hsds/mapping.js';

/** Where a feed's records are: a top-level array, our `resources`, an HSDS page's `contents`. */
type List = 'array' | 'resources' | 'contents';

/** Keys that make an object with `contents` an HSDS API page. */
const PAGE_KEYS = ['total_pages', 'page_number', 'total_items'];

/** Reads records of one format, one at a time. */
interface Reader {
  readonly resources: readonly Resource[];
  read(record: unknown, index: number): void;
  result(): FeedResult;
}

/** Our format's records, one at a time. */
class NativeReader implements Reader {
  private readonly checker = new RecordChecker();
  private total = 0;
  private relabelled = false;
  /** The valid terms of the feed's taxonomy, once it has arrived. */
  taxonomy?: readonly TaxonomyTerm[];
  /** Names categories by the feed's taxonomy, once it has arrived (before or after the resources). */
  useTaxonomy(raw: unknown, language: unknown): void {
    const { terms } = readTaxonomy(raw);
    if (!terms.length) return;
    this.taxonomy = terms;
    const index = taxonomyIndex(terms, typeof language === 'string' ? language : undefined);
    if (this.checker.useTaxonomy(index)) this.relabelled = true;
  }
  get resources(): readonly Resource[] {
    return this.checker.resources;
  }
  read(record: unknown, index: number): void {
    this.total += 1;
    this.checker.check(record, index);
  }
  result(): FeedResult {
    const { resources, problems } = this.checker;
    return {
      meta: {},
      resources,
      problems,
      total: this.total,
      ...(this.relabelled ? { relabelled: true } : {}),
    };
  }
}

/** Options of {@link FeedStream}. */
export interface FeedStreamOptions extends HsdsOptions {
  /** `auto` (default) recognizes the format from the first records. */
  format?: FeedFormat;
}

/**
 * What a stream gives once it ends: a feed result (`cut` says why it is only part of the feed), or nothing usable:
 * the JSON's syntax error, or no whole record before the feed stopped.
 */
export type FeedStreamResult =
  | { readonly ok: true; readonly result: FeedResult; readonly cut?: string }
  | { readonly ok: false; readonly syntaxError?: string };

/** A feed read as it arrives: {@link write} its bytes, then {@link end} it (or {@link cut} it when they stop coming). */
export class FeedStream {
  private parser!: JSONParser;
  /** The feed object's other properties (title, page numbers…). */
  /** The document without its list; keys come from the feed, so it has no prototype ("__proto__" is data). */
  private readonly shell: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  private list?: List;
  private reader?: Reader;
  /** Records read before the format is known (a page whose numbers come after its `contents`). */
  private buffered: unknown[] = [];
  private count = 0;
  private root?: { value: unknown };
  private syntaxError?: string;
  private ended = false;
  /** Records of the current document read so far. */
  private inDocument = 0;
  /** How many records the feed has, once known (a document parsed whole). */
  private known?: number;
  /** Whether the document being read has the feed's list of records. */
  private listed = false;

  constructor(private readonly options: FeedStreamOptions = {}) {
    this.open();
  }

  /** Starts a document: the first, or the next page of an HSDS API, whose services continue the same list. */
  private open(): void {
    this.parser = new JSONParser({ paths: ['$', '$.*', '$.resources.*', '$.contents.*'] });
    this.parser.onValue = ({ value, key, parent, stack }) => {
      if (stack.length === 0) {
        // The whole document: records were taken out of it as they came.
        if (value === null || typeof value !== 'object') this.root = { value };
        else if (Array.isArray(value)) this.list ??= 'array';
      } else if (stack.length === 1 && Array.isArray(parent)) {
        this.take('array', value, parent);
      } else if (stack.length === 1 && typeof key === 'string') {
        const isList = key === this.list && Array.isArray(value);
        if (isList) this.listed = true;
        else this.shell[key] = value;
        if (PAGE_KEYS.includes(key)) this.decide();
        if (key === 'taxonomy') this.nameCategories();
      } else if (stack.length === 2 && Array.isArray(parent)) {
        const list = stack[1]?.key;
        if (list === 'resources' || list === 'contents') this.take(list, value, parent);
      }
    };
    this.parser.onError = (error) => {
      this.syntaxError ??= error.message;
    };
    this.parser.onEnd = () => {
      this.ended = true;
    };
  }

  /** The valid terms of the feed's taxonomy, once it has arrived (our format). */
  get taxonomy(): readonly TaxonomyTerm[] | undefined {
    return this.reader instanceof NativeReader ? this.reader.taxonomy : undefined;
  }

  /** Records of the feed's list read so far, valid or not. */
  get records(): number {
    return this.count;
  }

  /** How many records the feed has, when known before they are all read (an HSDS page says it too). */
  get expected(): number | undefined {
    const items = Number(this.shell.total_items);
    return this.known ?? (Number.isInteger(items) && items > 0 ? items : undefined);
  }

  /**
   * The feed's metadata as read so far: an HSDS feed and a bare array have none; ours may still change until the
   * stream ends, when its envelope (language, taxonomy) comes after its resources.
   */
  get meta(): FeedMeta {
    if (!this.reader || this.reader instanceof HsdsReader || this.list === 'array') return {};
    return readEnvelope(this.shell).meta;
  }

  /** The valid resources so far, in feed order (empty while the format is not known yet). */
  get resources(): readonly Resource[] {
    return this.reader?.resources ?? [];
  }

  /** The feed object's own properties so far (an HSDS page's numbers), without its records. */
  get document(): Readonly<Record<string, unknown>> {
    return this.shell;
  }

  /** Whether the document read last is whole and has the feed's list (an HSDS page has its `contents`). */
  get pageComplete(): boolean {
    return this.ended && this.syntaxError === undefined && this.listed;
  }

  /**
   * Reads another page of the same HSDS API next: its services continue the list. Call it once the document before
   * is whole ({@link pageComplete}).
   */
  nextPage(): void {
    this.ended = this.listed = false;
    this.inDocument = 0;
    this.open();
  }

  /**
   * The current document, parsed whole by the caller: reading piece by piece is about a third of `JSON.parse`'s speed,
   * so when the bytes arrive faster than they can be read, the caller parses them at once and the records not read
   * yet are read from it, as {@link write} would have read them. As steps, so that the caller can give the thread
   * back; {@link records} and {@link resources} grow as they run.
   */
  *finishSteps(document: unknown): Steps<void> {
    this.ended = true;
    this.syntaxError = undefined;
    if (document === null || typeof document !== 'object') {
      this.root = { value: document };
      return;
    }
    let list: List | undefined;
    let items: unknown[] = [];
    if (Array.isArray(document)) [list, items] = ['array', document];
    else
      for (const [key, value] of Object.entries(document)) {
        const isList =
          (key === 'resources' || key === 'contents') &&
          Array.isArray(value) &&
          (this.list === undefined || this.list === key) &&
          list === undefined;
        if (isList) [list, items] = [key, value as unknown[]];
        else {
          this.shell[key] = value;
          if (PAGE_KEYS.includes(key)) this.decide();
        }
      }
    if (list === 'array') this.list ??= 'array';
    if (!list) return;
    this.known = this.count - this.inDocument + items.length;
    for (let i = this.inDocument; i < items.length; i++) {
      if (i % 256 === 255) yield i / items.length;
      this.take(list, items[i]);
    }
    // An empty list stays in the document, as the parser would leave it.
    if (list !== 'array' && this.list === undefined) this.shell[list] = items;
    else this.listed = true;
  }

  /** Whether the JSON is broken: nothing more can be read. */
  get broken(): boolean {
    return this.syntaxError !== undefined;
  }

  /** Reads the next bytes (or text) of the feed. */
  write(chunk: Uint8Array | string): void {
    if (this.syntaxError !== undefined) return;
    if (this.ended) {
      if (typeof chunk === 'string' ? chunk.trim() : chunk.some((b) => b > 32))
        this.syntaxError = 'Unexpected data after the end of the JSON document.';
      return;
    }
    try {
      this.parser.write(chunk);
    } catch (e) {
      this.syntaxError ??= (e as Error).message;
    }
  }

  /** The whole feed has arrived: what it holds. */
  end(): FeedStreamResult {
    if (!this.ended && this.syntaxError === undefined)
      this.syntaxError = 'The JSON document ends before it is complete.';
    if (this.syntaxError !== undefined) return this.cut(this.syntaxError);
    return { ok: true, result: this.result() };
  }

  /**
   * The feed stopped arriving (`reason`: a dropped connection, a stall, broken JSON): every whole record is kept.
   * Without one, nothing is usable.
   */
  cut(reason: string): FeedStreamResult {
    if (this.count === 0)
      return this.syntaxError !== undefined
        ? { ok: false, syntaxError: this.syntaxError }
        : { ok: false };
    return { ok: true, result: this.result(), cut: reason };
  }

  /** Takes a record out of the parser's list (so that it is not kept), if from there, and reads it. */
  private take(list: List, record: unknown, parent?: unknown[]): void {
    this.list ??= list;
    if (list !== this.list) return; // a second list is kept in the document as it is
    parent?.pop();
    this.listed = true;
    this.count += 1;
    this.inDocument += 1;
    if (this.reader) this.reader.read(record, this.count - 1);
    else {
      this.buffered.push(record);
      this.decide(record);
    }
  }

  /** Chooses the reader once the records' format is known, and reads what waited. */
  private decide(record?: unknown): void {
    if (this.reader || !this.list) return;
    const { format = 'auto' } = this.options;
    let hsds: boolean | undefined;
    if (format !== 'auto') hsds = format === 'hsds';
    else if (this.list === 'resources') hsds = false;
    else if (this.list === 'contents') {
      if (PAGE_KEYS.some((k) => k in this.shell)) hsds = true;
    } else if (record && typeof record === 'object' && !Array.isArray(record))
      hsds = looksLikeHsdsService(record);
    if (hsds === undefined) return;
    this.reader = hsds ? new HsdsReader(new Map(), this.options, true) : new NativeReader();
    this.nameCategories();
    const waiting = this.buffered;
    this.buffered = [];
    waiting.forEach((r, i) => this.reader!.read(r, i));
  }

  /** Gives our format's reader the feed's taxonomy, when both are there. */
  private nameCategories(): void {
    if (this.reader instanceof NativeReader && this.shell.taxonomy !== undefined)
      this.reader.useTaxonomy(this.shell.taxonomy, this.shell.language);
  }

  private result(): FeedResult {
    const reader = this.reader;
    if (!reader) {
      // The format was never clear from the records: read the document, rebuilt, as a whole.
      const data = this.root
        ? this.root.value
        : this.list === 'array'
          ? this.buffered
          : this.list
            ? { ...this.shell, [this.list]: this.buffered }
            : this.shell;
      return runSteps(feedDataSteps(data, this.options.format, this.options));
    }
    const read = reader.result();
    if (reader instanceof HsdsReader) return { ...read, format: 'hsds' };
    if (this.list === 'array') return { ...read, format: 'native' };
    const envelope = readEnvelope(this.shell);
    return {
      ...read,
      meta: envelope.meta,
      problems: [...envelope.problems, ...read.problems],
      format: 'native',
    };
  }
}
