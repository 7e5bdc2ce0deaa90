/** Orders of words, and binary search over lists sorted in them. */

/** The place of the first word of `sorted` (in the order of `compare`) at or after `text`. */
export function lowerBound(
  sorted: readonly string[],
  text: string,
  compare: (a: string, b: string) => number,
): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(sorted[mid]!, text) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The order of UTF-16 units (JavaScript's own `<`, and `Array.prototype.sort`'s). */
export const byUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A UTF-16 unit moved so that units order as code points (surrogates after U+E000-U+FFFF). */
const unit = (u: number) => (u >= 0xd800 ? (u >= 0xe000 ? u - 0x800 : u + 0x2000) : u);

/** Compares strings as PostgreSQL orders lexemes: by their UTF-8 bytes, that is by code points. */
export function compareBytes(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return unit(x) - unit(y);
  }
  return a.length - b.length;
}
