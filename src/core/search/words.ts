/**
 * The words of a query as the ranking reads them: which carry no meaning (stop words), which only say that the person
 * wants something (filler: "help", "need", "cherche"), how far a mistyped word may be from a word of the directory
 * (edit distance, stricter on short words), and the light variants of a word (plural, Arabic article). Pure; the five
 * languages of the interface.
 */

/** Words that carry no meaning on their own (articles, prepositions, pronouns): ignored unless a query has nothing else. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    // English
    'a an and the of for to in on with at or by from i im me my mine we our you your he she his her they them their is am are was be been it its this that these those there here some any can could would should will please near where what how when who which get got have has do does not no so as if just about into',
    // French
    'je j me m mon ma mes moi tu te t ton ta tes il elle on nous vous ils elles le la les l un une des du de d au aux et ou pour dans sur avec chez a est suis ai sont ce cet cette ces qui que qu quoi comment ne n pas y en se s sa son ses leur leurs',
    // Italian
    'io mi mio mia miei mie ti tu il lo la i gli le un uno una di da del della dei delle degli al alla e o per in su con che chi ci si sono ho ha non',
    // Spanish
    'yo me mi mis tu te el la los las un una unos unas de del al y o para por en con que quien donde como es soy estoy hay no se su sus',
    // Arabic
    'في من على إلى الى عن مع أنا انا لي هل أين اين ما هذا هذه أو او و',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Words that say that a person wants something, not what: they count for little (a service matching only them is not
 * an answer), and never make a service that matches the need rank lower.
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
  [
    'help helping need needs needed want looking look find finding search searching somewhere someone something anything place places service services support urgent urgently today tonight now please take go going give know feel like really very much lot',
    'aide aider besoin cherche chercher recherche trouver quelqu quelque part endroit lieu service services urgent urgence aujourd hui ce soir maintenant',
    'aiuto aiutare bisogno cerco cercare trovare qualcuno posto luogo servizio servizi urgente oggi stasera adesso',
    'ayuda ayudar necesito necesita busco buscar encontrar alguien algun lugar sitio servicio servicios urgente hoy noche ahora',
    'مساعدة اريد أريد احتاج أحتاج ابحث أبحث مكان خدمة',
  ]
    .join(' ')
    .split(' '),
);

/** How much a filler word counts, against 1 for a word that says what is needed. */
export const FILLER_WEIGHT = 0.25;

/** How many edits a mistyped word of this length may have: none below 4 letters, one up to 7, two from 8. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * The optimal-string-alignment distance (Levenshtein with adjacent transpositions: "chidl" → "child" is one edit), or
 * `max + 1` as soon as it is known to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/**
 * Light variants of a word that mean the same thing: without a plural ending ("shelters" → "shelter", "services" →
 * "service", "refugies" → "refugie") and, in Arabic, without the article ("الطعام" → "طعام") or with it.
 */
export function variants(word: string): string[] {
  const out: string[] = [];
  if (/^[\u0600-\u06ff]/.test(word)) {
    if (word.startsWith('ال') && word.length > 4) out.push(word.slice(2));
    else if (!word.startsWith('ال')) out.push(`ال${word}`);
    return out;
  }
  if (word.length > 4 && word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.length > 4 && /(?:ch|sh|x|ss)es$/.test(word)) out.push(word.slice(0, -2));
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) out.push(word.slice(0, -1));
  return out;
}
