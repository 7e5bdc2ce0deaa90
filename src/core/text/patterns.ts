/**
 * What counts as an email address, a phone number and a web address, written once for the feed schema, the HSDS
 * mapping, links and the referral form. Pure.
 */

/** Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder the text around them. */
export const BIDI_CONTROLS = '\\u202a-\\u202e\\u2066-\\u2069';
/** Characters never seen: soft hyphen, zero-width spaces and joiners, word joiner, byte-order mark. */
export const INVISIBLE = '\\u00ad\\u200b-\\u200d\\u2060\\ufeff';

/**
 * An email address as people write it: something@somewhere.tld. No spaces, brackets or quotes, and none of `? # %`
 * (a `mailto:` link would carry a subject, a body or encoded text the visitor never saw) nor `, ;` (a second
 * recipient).
 */
export const EMAIL = /^[^\s@<>()[\]"\\?#%,;:]+@[^\s@<>()[\]"\\?#%,;:]+\.[^\s@<>()[\]"\\?#%,;:]+$/;

/** A phone number as people write it: digits, spaces and `+ ( ) . -`, at least 3 characters ("115", "+33 1 23 45 67 89"). */
export const PHONE = /^\+?[\d\s().-]{3,}$/;

/** Fewest digits of a number someone can be called back on (short service numbers such as "115" are not). */
export const CALLBACK_DIGITS = 6;

/** An absolute http(s) URL with no spaces. */
export const HTTP_URL = /^https?:\/\/[^\s]+$/i;

/** Whether `text` is an email address ({@link EMAIL}). */
export function isEmail(text: string): boolean {
  return EMAIL.test(text.trim());
}

/** Whether `text` is a phone number ({@link PHONE}) with at least `minDigits` digits. */
export function isPhoneNumber(text: string, minDigits = 3): boolean {
  return PHONE.test(text.trim()) && text.replace(/\D/g, '').length >= minDigits;
}

/**
 * A phone number as a directory lists it: digits with spaces and `+ ( ) . - /`, an extension ("ext. 12", "x12",
 * "#12", ", 12") or letters ("1-800-FLOWERS"): at least 3 digits, at most 40 characters. Kept as written; its
 * `tel:` link dials what can be dialled ({@link telHref} in links.ts).
 */
export const FEED_PHONE = /^\+?[\d\s().\-/A-Za-z#*,;:]{3,40}$/;

/** Whether `text` is a phone number as a directory lists it ({@link FEED_PHONE}). */
export function isFeedPhone(text: string): boolean {
  const t = text.trim();
  return FEED_PHONE.test(t) && (t.match(/\d/g)?.length ?? 0) >= 3;
}

/** Whether `text` is an absolute http(s) URL that parses. */
export function isHttpUrl(text: string): boolean {
  return HTTP_URL.test(text) && URL.canParse(text);
}

/** Separator of category levels: "Health > Mental health". */
export const CATEGORY_SEPARATOR = '>';
