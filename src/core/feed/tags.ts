/**
 * Language tags and time zones as the feed gives them, checked with `Intl`. Light on purpose: the interface names
 * languages with these, without the feed's schema.
 */

/** Caches a string predicate: feeds repeat the same language tags and time zones thousands of times. */
function memo(test: (value: string) => boolean): (value: string) => boolean {
  const seen = new Map<string, boolean>();
  return (value) => {
    let ok = seen.get(value);
    if (ok === undefined) {
      ok = test(value);
      if (seen.size < 5000) seen.set(value, ok);
    }
    return ok;
  };
}

/** A private-use language tag ("x-klingon"), valid BCP 47 that `Intl` does not take: kept as written. */
const PRIVATE_USE = /^x(?:-[a-z0-9]{1,8})+$/i;

/** True when `tag` is a well-formed BCP 47 language tag (private-use tags such as "x-klingon" included). */
export const isLanguageTag = memo((tag) => {
  if (PRIVATE_USE.test(tag)) return true;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
});

/** True when `zone` is an IANA time zone this browser knows. */
export const isTimeZone = memo((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
});
