/**
 * What the first screen needs of the needs vocabulary, without the rest of it (the drop-in's first load carries only
 * this): the needs offered before anything is typed, and the words of a person in danger, so that the crisis note
 * comes at once. Pure; the data is generated from `data/needs.json` with the whole vocabulary.
 */
import { labelIn } from '../feed/taxonomy.js';
import { tokenize } from '../text/fold.js';
import { CRISIS_NEEDS, QUICK_PICK_NAMES } from './needs.first.data.js';
import { needPhrases, saidNeeds, type Need, type NeedsIndex } from './phrases.js';

/** The needs offered on the start screen, by their names in `lang` (its primary language, then English). */
export function quickPicks(lang: string): string[] {
  return QUICK_PICK_NAMES.map((name) => labelIn(name, lang)).filter(
    (name): name is string => !!name,
  );
}

/**
 * The danger a query says a person is in now, if any (as `dangerOf` finds it, from the crisis needs): "i want to end
 * my life", "mon mari me frappe", not "suicide prevention training".
 */
export function dangerSaid(query: string): Need | undefined {
  crisis ??= { phrases: needPhrases(CRISIS_NEEDS), finds: new Map() };
  return saidNeeds(tokenize(query), crisis).find((n) => n.danger)?.need;
}

let crisis: NeedsIndex | undefined;
