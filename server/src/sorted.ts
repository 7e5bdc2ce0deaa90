/** Binary search over sorted lists of words. */

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
