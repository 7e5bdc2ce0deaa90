/**
 * Whether two lists of records say the same thing, so that a host which hands the finder a new array with the same
 * records (a framework re-rendering with an inline array) does not make it check and index everything again. Pure;
 * written as {@link Steps} so that a long list is compared without freezing the page.
 */
import type { Steps } from '../steps/steps.js';

/** Records compared between two progress reports. */
const STEP = 256;

/** Structural equality of JSON-like values (plain objects, arrays, strings, numbers, booleans, null). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => sameValue(v, other[i]));
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (k) =>
      Object.prototype.hasOwnProperty.call(b, k) &&
      sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/** Whether `next` holds the same records as `previous`, in the same order, as {@link Steps}. */
export function* sameRecordsSteps(
  previous: readonly unknown[],
  next: readonly unknown[],
): Steps<boolean> {
  if (previous === next) return true;
  if (previous.length !== next.length) return false;
  for (let i = 0; i < next.length; i++) {
    if (i % STEP === STEP - 1) yield i / next.length;
    if (!sameValue(previous[i], next[i])) return false;
  }
  return true;
}
