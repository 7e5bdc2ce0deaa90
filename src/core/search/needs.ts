/**
 * The needs vocabulary at work: which needs a query says ("somewhere to sleep tonight" says shelter, "je cherche à
 * manger" says food), in any of the five languages, and the words a directory uses for what answers them, so that a
 * query is widened towards them (across languages: a French query finds English services, and the reverse). A feed
 * can add its own words and point needs at its own categories. Pure; the data is `data/needs.json`.
 */
import { tokenize } from '../text/fold.js';
import { NEEDS } from './needs.data.js';
import { FILLER_WORDS, STOP_WORDS } from './words.js';
import {
  needPhrases,
  saidNeeds,
  type FeedNeeds,
  type Need,
  type NeedsIndex,
  type SaidNeed,
} from './phrases.js';

export * from './phrases.js';

const built = new Map<unknown, NeedsIndex>();

/**
 * The shipped needs with a feed's additions: its `says` extend a need (or make a new one), its `finds` add words, and a
 * category id of the feed's taxonomy stands for the category's names in every language (`names`).
 */
export function needsIndex(
  feed?: FeedNeeds,
  names: (category: string) => readonly string[] = () => [],
): NeedsIndex {
  const cached = built.get(feed);
  if (cached) return cached;
  const needs = new Map<string, Need>(NEEDS.map((n) => [n.id, n]));
  for (const [id, extra] of Object.entries(feed ?? {})) {
    const base = needs.get(id);
    const finds = (extra.finds ?? []).flatMap((f) => {
      const labels = names(f);
      return labels.length ? labels : [f];
    });
    needs.set(id, {
      ...base,
      id,
      says: [...(base?.says ?? []), ...(extra.says ?? [])],
      finds: [...(base?.finds ?? []), ...finds],
    });
  }
  const finds = new Map<string, string[]>();
  for (const need of needs.values()) {
    const widening = new Set<string>();
    for (const text of need.finds)
      for (const word of tokenize(text))
        if (!STOP_WORDS.has(word) && !FILLER_WORDS.has(word) && word.length > 1) widening.add(word);
    finds.set(need.id, [...widening]);
  }
  const index = { phrases: needPhrases(needs.values()), finds };
  if (built.size > 8) built.clear();
  built.set(feed, index);
  return index;
}

/** The needs of a query typed as text. */
export function needsOf(query: string, index: NeedsIndex = needsIndex()): SaidNeed[] {
  return saidNeeds(tokenize(query), index);
}

/**
 * The danger a query says a person is in now, if any: the crisis need it says as a person in that danger says it
 * ("i want to end my life", "mon mari me frappe"), not a search about the topic ("suicide prevention training").
 */
export function dangerOf(query: string, index: NeedsIndex = needsIndex()): Need | undefined {
  return needsOf(query, index).find((n) => n.danger)?.need;
}

/** The shipped needs (for suggestions and quick picks). */
export { NEEDS };
