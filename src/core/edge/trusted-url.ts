/**
 * The worker's script URL under Trusted Types. A page whose Content-Security-Policy says
 * `require-trusted-types-for 'script'` refuses `new Worker(url)` with a plain string: the URL must come from a
 * policy the page allows. This one, named `resource-finder`, passes only the finder's own worker (the file beside
 * it, or a `blob:` shim that imports it); a page allows it with `trusted-types lit-html resource-finder`. Without
 * Trusted Types, or when the page does not allow the policy, the plain URL is used (and a page that enforces Trusted
 * Types without allowing it gets the search in the page instead, as without workers).
 */

/** The policy's name, for the page's `trusted-types` directive. */
export const TRUSTED_TYPES_POLICY = 'resource-finder';

interface Policy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): Policy;
}

let policy: Policy | null | undefined;

/** What `new Worker()` accepts for the finder's worker at `url` (a same-origin `.js` file or a `blob:` shim). */
export function workerScriptUrl(url: string): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return url;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy(TRUSTED_TYPES_POLICY, {
        createScriptURL(value) {
          const parsed = new URL(value, globalThis.location?.href);
          const own =
            parsed.protocol === 'blob:' ||
            (parsed.origin === globalThis.location?.origin && /\.js$/.test(parsed.pathname));
          if (!own) throw new TypeError(`resource-finder starts no worker from ${value}`);
          return parsed.href;
        },
      });
    } catch {
      policy = null; // not allowed by the page: the plain URL, which the browser accepts or refuses
    }
  }
  // A TrustedScriptURL stands for its string wherever the browser takes a script URL.
  return (policy ? policy.createScriptURL(url) : url) as string;
}
