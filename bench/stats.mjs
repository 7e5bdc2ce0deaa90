// Small statistics shared by the benchmark's halves.

/** The q-quantile of xs (linear interpolation), NaN for none. */
export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (pos - lo);
}

/** The median of xs. */
export const median = (xs) => quantile(xs, 0.5);

/** Milliseconds with a precision that suits their size. */
export const ms = (x) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
