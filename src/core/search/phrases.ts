/**
 * Finding needs in a query: the needs vocabulary's types, its index (each phrase people say, longest first, and each
 * need's widening words) over any list of needs, and the needs a query's words say. Pure, and without the vocabulary
 * itself (see `needs.ts`), which only the files loaded on demand carry.
 */
import { tokenize } from '../text/fold.js';

/** One need: what people say for it (words or phrases, any language) and what a directory calls what answers it. */
export interface Need {
  readonly id: string;
  /** How the interface names it, per language (a feed's new needs have none: they are never suggested). */
  readonly name?: Readonly<Record<string, string>>;
  /** Offered on the start screen, before anything is typed. */
  readonly quickPick?: boolean;
  /** A need where a person may be in danger now (suicide, violence at home, a child at risk). */
  readonly crisis?: boolean;
  /**
   * What a person in that danger says of themselves ("end my life", "he hits me"): such a query brings crisis lines and
   * emergency services first, with a note. Saying the topic ("domestic violence training") does not.
   */
  readonly danger?: readonly string[];
  readonly says: readonly string[];
  readonly finds: readonly string[];
}

/** A feed's own words for needs: new ways of saying one, and what answers it in this directory (words or category ids). */
export type FeedNeeds = Readonly<
  Record<string, { readonly says?: readonly string[]; readonly finds?: readonly string[] }>
>;

/** A need found in a query. */
export interface SaidNeed {
  readonly need: Need;
  /** Positions in the query's words of the words that said it. */
  readonly at: readonly number[];
  /** The directory's words it widens the query to (folded, without stop words). */
  readonly finds: readonly string[];
  /** Said as a person in danger now says it (a crisis need's `danger`). */
  readonly danger: boolean;
}

/** The needs, ready to be found in queries. */
export interface NeedsIndex {
  /** Each phrase people say (folded words), with the needs it says. */
  readonly phrases: ReadonlyArray<{
    readonly words: readonly string[];
    readonly need: Need;
    readonly danger: boolean;
  }>;
  /** Each need's widening words. */
  readonly finds: ReadonlyMap<string, readonly string[]>;
}

/**
 * Each phrase people say for `needs` (their names included) and each phrase of danger, as folded words: longer
 * phrases first ("end my life" is found before "life" could be), words of danger first among equals.
 */
export function needPhrases(needs: Iterable<Need>): NeedsIndex['phrases'] {
  const phrases: Array<{ words: string[]; need: Need; danger: boolean }> = [];
  for (const need of needs) {
    for (const [list, danger] of [
      [[...need.says, ...Object.values(need.name ?? {})], false],
      [need.danger ?? [], true],
    ] as const) {
      for (const said of list) {
        const words = tokenize(said);
        if (words.length) phrases.push({ words, need, danger });
      }
    }
  }
  return phrases.sort(
    (a, b) => b.words.length - a.words.length || Number(b.danger) - Number(a.danger),
  );
}

/** The needs a query says, from its folded words (stop words included: "end my life" is one phrase). */
export function saidNeeds(words: readonly string[], index: NeedsIndex): SaidNeed[] {
  const taken = new Array<boolean>(words.length).fill(false);
  const out = new Map<string, { need: Need; at: number[]; danger: boolean }>();
  for (const { words: phrase, need, danger } of index.phrases) {
    for (let i = 0; i + phrase.length <= words.length; i++) {
      let same = true;
      for (let k = 0; k < phrase.length && same; k++)
        same = !taken[i + k] && words[i + k] === phrase[k];
      if (!same) continue;
      const found = out.get(need.id) ?? { need, at: [], danger: false };
      found.danger ||= danger && !!need.crisis;
      for (let k = 0; k < phrase.length; k++) {
        taken[i + k] = true;
        found.at.push(i + k);
      }
      out.set(need.id, found);
    }
  }
  return [...out.values()].map(({ need, at, danger }) => ({
    need,
    at,
    danger,
    finds: index.finds.get(need.id) ?? [],
  }));
}
