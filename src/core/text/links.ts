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

/** A `tel:` link for a phone number as people write it ("+33 1 23 45 67 89", "(650) 555-0100"). */
export function telHref(number: string): string | undefined {
  const digits = number.replace(/[^\d+]/g, '');
  if (!/^\+?\d{3,}$/.test(digits)) return undefined;
  return `tel:${digits}`;
}

/** A `mailto:` link for an address that looks like one. */
export function mailtoHref(address: string): string | undefined {
  return isEmail(address) ? `mailto:${encodeURI(address.trim())}` : undefined;
}
