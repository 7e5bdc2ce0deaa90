/**
 * A problem report as a receiving endpoint validates it (the directory server uses this). Kept apart from report.ts
 * so that the browser bundle does not carry it.
 */
import * as z from 'zod/mini';
import { issueErrors, parseOptions } from '../referral/zod-messages.js';
import { MAX_REPORT_NOTE, REPORT_KINDS, type ProblemReport } from './report.js';

/** The report payload, as a receiving endpoint should validate it: nothing else (nothing about the visitor) is taken. */
export const ReportSchema = z.strictObject({
  resourceId: z.string().check(z.minLength(1, 'is required'), z.maxLength(200, 'is too long')),
  resourceName: z.string().check(z.minLength(1, 'is required'), z.maxLength(300, 'is too long')),
  kinds: z
    .array(z.enum(REPORT_KINDS))
    .check(z.minLength(1, 'is required'), z.maxLength(REPORT_KINDS.length, 'is too long')),
  note: z.optional(z.string().check(z.trim(), z.maxLength(MAX_REPORT_NOTE, 'is too long'))),
  language: z.string().check(z.minLength(1, 'is required'), z.maxLength(35, 'is too long')),
  idempotencyKey: z.string().check(z.minLength(8, 'is too short'), z.maxLength(200, 'is too long')),
});

/** Validates a received report: the report, or errors keyed by path ("kinds"). */
export function parseReport(
  data: unknown,
): { ok: true; report: ProblemReport } | { ok: false; errors: Record<string, string> } {
  const result = z.safeParse(ReportSchema, data, parseOptions);
  if (result.success) return { ok: true, report: result.data as ProblemReport };
  return { ok: false, errors: issueErrors(result.error.issues) };
}
