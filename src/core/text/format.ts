/**
 * Contact details as people of a place expect them: times on the visitor's clock, time zones and weekdays by name,
 * addresses in the order their country writes them. Pure: `Intl` only, no DOM.
 */
import type { Weekday } from '../feed/schema.js';
import { WEEKDAYS } from '../feed/values.js';
import { dateTimeFormat } from './intl.js';

/** A feed time (`HH:MM`, `24:00` for the end of the day) on the visitor's clock: "9:00 AM" in en-US, "09:00" in fr. */
export function clockTime(hhmm: string, lang: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  if (!Number.isFinite(h) || !Number.isFinite(m)) return hhmm;
  try {
    return dateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2000, 0, 3, h!, m!)),
    );
  } catch {
    return hhmm;
  }
}

/** A weekday as the visitor's language writes it inside a sentence ("Monday", "lundi", "الاثنين"). */
export function weekdayName(day: Weekday, lang: string): string {
  // 2024-01-01 was a Monday.
  const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day), 12));
  try {
    return dateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return day;
  }
}

/**
 * A time zone by name in the visitor's language ("Central European Time", "heure d’Europe centrale"), never its code;
 * the city of the code when Intl has no name for it ("America/Los_Angeles" -> "Los Angeles").
 */
export function zoneName(zone: string, lang: string, now = new Date()): string {
  try {
    const name = dateTimeFormat(lang, { timeZone: zone, timeZoneName: 'longGeneric' })
      .formatToParts(now)
      .find((p) => p.type === 'timeZoneName')?.value;
    if (name && !/^GMT[+-−]/.test(name) && name !== zone) return name;
  } catch {
    // An unknown zone: its city below.
  }
  return zone.split('/').pop()!.replace(/_/g, ' ');
}

/** The parts of an address a feed gives. */
export interface AddressParts {
  street?: string;
  locality?: string;
  region?: string;
  postalCode?: string;
  country?: string;
}

/** Countries that write "locality, REGION postcode" (United States, Canada, Australia). */
const LOCALITY_REGION_POSTCODE = new Set(['US', 'CA', 'AU']);
/** Countries that write "locality, postcode", without a region (United Kingdom, Ireland). */
const LOCALITY_POSTCODE = new Set(['GB', 'UK', 'IE']);
/** Countries that write "postcode locality (PROVINCE)" (Italy, Spain). */
const POSTCODE_LOCALITY_PROVINCE = new Set(['IT', 'ES']);
/** Countries that write "postcode locality" and leave the region out (France, Germany, Belgium, Switzerland, …). */
const POSTCODE_LOCALITY = new Set([
  'FR',
  'DE',
  'BE',
  'CH',
  'AT',
  'NL',
  'LU',
  'PT',
  'DK',
  'NO',
  'SE',
  'FI',
]);

/**
 * An address on one line in the order its country writes it: "740 Del Monte Avenue, South San Francisco, CA 94080"
 * (US, CA, AU), "1 High Street, Manchester, M4 5AD" (GB, IE), "12 rue de Marseille, 69007 Lyon" (FR, DE, …),
 * "Via Roma 1, 00184 Roma (RM)" (IT, ES); elsewhere "street, postcode locality, region".
 */
export function formatAddress(a: AddressParts | undefined): string {
  if (!a) return '';
  const country = a.country?.toUpperCase() ?? '';
  const join = (...parts: Array<string | undefined>) => parts.filter(Boolean).join(' ');
  let lines: Array<string | undefined>;
  if (LOCALITY_REGION_POSTCODE.has(country))
    lines = [a.street, a.locality, join(a.region, a.postalCode)];
  else if (LOCALITY_POSTCODE.has(country)) lines = [a.street, a.locality, a.postalCode];
  else if (POSTCODE_LOCALITY_PROVINCE.has(country))
    lines = [a.street, join(a.postalCode, a.locality, a.region ? `(${a.region})` : undefined)];
  else if (POSTCODE_LOCALITY.has(country)) lines = [a.street, join(a.postalCode, a.locality)];
  else lines = [a.street, join(a.postalCode, a.locality), a.region];
  return lines.filter(Boolean).join(', ');
}
