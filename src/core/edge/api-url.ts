/**
 * Addresses of a directory server (an HSDS API): small, so that the page knows them before it loads the code that
 * talks to the server (`server-directory.ts`, loaded on demand by the drop-in).
 */

/** The URL of `path` under an API's base URL (a page-relative base is resolved against the page). */
export function apiUrl(base: string, path: string, params?: URLSearchParams): string {
  const root = new URL(base, globalThis.location?.href);
  if (!root.pathname.endsWith('/')) root.pathname += '/';
  const url = new URL(path.replace(/^\//, ''), root);
  if (params) url.search = params.toString();
  return url.toString();
}

/** The host name a directory server is reached at (what the visitor is told receives their searches). */
export function apiHost(base: string): string {
  try {
    return new URL(base, globalThis.location?.href).host;
  } catch {
    return base;
  }
}

/** A position rounded to about a kilometre (two decimals of a degree): what leaves the device in server mode. */
export const roundPosition = (degrees: number): number => Math.round(degrees * 100) / 100;
