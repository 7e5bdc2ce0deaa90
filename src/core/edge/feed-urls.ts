/**
 * The URLs of a feed's `src`: one, or several separated by spaces (HSDS's tables as CSV files: services.csv,
 * organizations.csv, ...; a URL has no unencoded space). Light: the first load reads it.
 */
export function feedUrls(src: string): string[] {
  return src.trim().split(/\s+/).filter(Boolean);
}
