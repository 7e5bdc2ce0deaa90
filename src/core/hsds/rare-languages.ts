/**
 * Language names beyond the common ones: the English names of every three-letter code Intl knows ("Aramaic" ->
 * "arc", "Pangasinan" -> "pag"), about 600 in node, found once by asking for every code (a quarter of a second). The
 * validator uses it; the finder does not (its bundle and its load stay lighter). Pure: Intl only.
 */
let names: Map<string, string> | undefined;

function rareLanguageNames(): Map<string, string> {
  if (names) return names;
  names = new Map();
  const display = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const a of letters)
    for (const b of letters)
      for (const c of letters) {
        const code = a + b + c;
        const name = display.of(code)?.toLowerCase();
        if (name && !names.has(name)) names.set(name, code);
      }
  return names;
}

/** The code of a language by its English name (lower case), among every code Intl knows, or undefined. */
export function rareLanguageCode(name: string): string | undefined {
  return /^[a-z][a-z ()'-]{2,40}$/.test(name) ? rareLanguageNames().get(name) : undefined;
}
