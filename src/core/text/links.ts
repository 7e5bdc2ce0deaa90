/** Link safety for feed data: only http, https, tel and mailto links are ever rendered. */
import { isEmail } from './patterns.js';

const ALLOWED = new Set(['http:', 'https:', 'tel:', 'mailto:']);

/** Returns the URL when its scheme is allowed (http, https, tel, mailto), otherwise undefined. */
export function safeHref(url: string | undefined | null): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return undefined;
  }
  return ALLOWED.has(parsed.protocol) ? parsed.href : undefined;
}

/** Letters of a phone keypad ("1-800-FLOWERS"). */
const KEYPAD: Readonly<Record<string, string>> = Object.fromEntries(
  ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'].flatMap((letters, i) =>
    [...letters].map((l) => [l, String(i + 2)]),
  ),
);

/**
 * A `tel:` link for a phone number as people write it ("+33 1 23 45 67 89", "(650) 555-0100"), with its extension
 * ("+1 555 0100 ext. 12" -> `tel:+15550100;ext=12`) and letters dialled as on a keypad ("1-800-FLOWERS").
 */
export function telHref(number: string): string | undefined {
  const m = /^(.*?)(?:\s*(?:ext\.?|extension|x|#|,)\s*(\d{1,8}))?\s*$/i.exec(number.trim());
  const main = m?.[1] ?? '';
  // Letters are dialled only in what is already a number ("1-800-FLOWERS", not "call us").
  if ((main.match(/\d/g)?.length ?? 0) < 3) return undefined;
  const dial = main
    .replace(/[a-z]/gi, (c) => KEYPAD[c.toUpperCase()] ?? '')
    .replace(/[^\d+]/g, '')
    .replace(/(?!^)\+/g, '');
  if (!/^\+?\d{3,}$/.test(dial)) return undefined;
  return `tel:${dial}${m?.[2] ? `;ext=${m[2]}` : ''}`;
}

/** A `mailto:` link for an address that looks like one. */
export function mailtoHref(address: string): string | undefined {
  return isEmail(address) ? `mailto:${encodeURI(address.trim())}` : undefined;
}

/** Host names of this machine, where plain http is allowed for development. */
function isLoopback(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    /^127(?:\.\d{1,3}){3}$/.test(hostname) ||
    hostname === '[::1]'
  );
}

/**
 * The absolute URL of an endpoint that may receive personal data: `https:`, or `http:` on a loopback address
 * (localhost, 127.0.0.1, [::1]) for development. Relative URLs are resolved against `base`. Anything else is
 * undefined: referral data never travels in clear text.
 */
export function secureEndpoint(url: string | undefined, base?: string): string | undefined {
  if (!url?.trim()) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim(), base);
  } catch {
    return undefined;
  }
  if (parsed.protocol === 'https:') return parsed.href;
  return parsed.protocol === 'http:' && isLoopback(parsed.hostname) ? parsed.href : undefined;
}
