// The strictest Content-Security-Policy a careful site uses, with the policy names the drop-in needs (README
// "Content-Security-Policy"): the strict-CSP pages of the Chromium and Firefox suites are served with it.
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html resource-finder',
].join('; ');
