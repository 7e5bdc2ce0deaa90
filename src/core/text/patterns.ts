/**
 * What counts as an email address, a phone number and a web address, written once for the feed schema, the HSDS
 * mapping, links and the referral form. Pure.
 */

/** An email address as people write it: something@somewhere.tld, with no spaces or angle brackets. */
export const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;

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

/** Whether `text` is an absolute http(s) URL that parses. */
export function isHttpUrl(text: string): boolean {
  return HTTP_URL.test(text) && URL.canParse(text);
}

/** Separator of category levels: "Health > Mental health". */
export const CATEGORY_SEPARATOR = '>';
