/**
 * A visitor's report that a listing is wrong: what is wrong (the phone, the address, the hours, the place has closed,
 * something else) and, if they like, a note. Nothing about the visitor is asked or sent: the report names the listing
 * and the language it was read in, and carries one idempotency key so that retries store it once. Pure.
 */
import { newIdempotencyKey } from '../referral/referral.js';

export { newIdempotencyKey };

/** What can be wrong with a listing, in the order the form offers them. */
export const REPORT_KINDS = ['phone', 'address', 'hours', 'closed', 'other'] as const;
/** What is wrong with a listing. */
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Longest note a visitor may add. */
export const MAX_REPORT_NOTE = 1000;

/** What a report sends (POST, JSON, with an `Idempotency-Key` header equal to `idempotencyKey`). */
export interface ProblemReport {
  /** The listing's id in the directory. */
  resourceId: string;
  /** The listing's name as the visitor saw it (the maintainer reads it; the id may have changed since). */
  resourceName: string;
  /** What is wrong: one or more. */
  kinds: ReportKind[];
  /** The visitor's words, when they added some. */
  note?: string;
  /** The language the visitor read the listing in (BCP 47). */
  language: string;
  /** One key per report, reused on every retry. */
  idempotencyKey: string;
}

/** Why a report cannot be sent yet: nothing chosen, or "Something else" with nothing said, or a note too long. */
export type ReportError = 'choose' | 'say-what' | 'too-long';

/** What keeps the report from being sent, or undefined when it can be. */
export function reportError(kinds: readonly ReportKind[], note: string): ReportError | undefined {
  if (!kinds.length) return 'choose';
  if (note.trim().length > MAX_REPORT_NOTE) return 'too-long';
  if (kinds.length === 1 && kinds[0] === 'other' && !note.trim()) return 'say-what';
  return undefined;
}

/** The report to send. */
export function buildReport(
  resource: { id: string; name: string },
  kinds: readonly ReportKind[],
  note: string,
  language: string,
  idempotencyKey: string,
): ProblemReport {
  const text = note.trim();
  return {
    resourceId: resource.id,
    resourceName: resource.name,
    kinds: REPORT_KINDS.filter((k) => kinds.includes(k)),
    ...(text ? { note: text } : {}),
    language,
    idempotencyKey,
  };
}
