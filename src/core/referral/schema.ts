/**
 * The referral payload as a receiving endpoint validates it (the reference endpoint in server/ uses this). Kept
 * apart from referral.ts so that the browser bundle, which validates the form field by field, does not carry it.
 */
import * as z from 'zod/mini';
import { issueErrors, parseOptions } from './zod-messages.js';
import { CALLBACK_DIGITS, isEmail, isPhoneNumber } from '../text/patterns.js';
import {
  CONTACT_METHODS,
  MAX_TEXT,
  REQUESTERS,
  URGENCIES,
  YES_NO,
  type Referral,
} from './referral.js';

const str = (max = MAX_TEXT) => z.string().check(z.trim(), z.maxLength(max, 'is too long'));
const FieldsSchema = z
  .object({
    requester: z.optional(z.enum(REQUESTERS)),
    supporterName: z.optional(str(200)),
    supporterOrganization: z.optional(str(200)),
    name: z.optional(str(200)),
    contactMethod: z.enum(CONTACT_METHODS),
    phone: z.optional(
      z.string().check(z.refine((v) => isPhoneNumber(v, CALLBACK_DIGITS), 'is not a phone number')),
    ),
    email: z.optional(z.string().check(z.refine(isEmail, 'is not an email address'))),
    messageSafe: z.optional(z.enum(YES_NO)),
    safeTimes: z.optional(str(500)),
    language: z.optional(str(35)),
    needs: z.optional(str()),
    urgency: z.optional(z.enum(URGENCIES)),
  })
  .check(
    z.refine((f) => !(f.contactMethod === 'phone' || f.contactMethod === 'sms') || !!f.phone, {
      message: 'is required for this contact method',
      path: ['phone'],
    }),
    z.refine((f) => f.contactMethod !== 'email' || !!f.email, {
      message: 'is required for this contact method',
      path: ['email'],
    }),
  );

/** The referral payload, as a receiving endpoint should validate it. */
export const ReferralSchema = z.object({
  resourceId: z.string().check(z.minLength(1, 'is required'), z.maxLength(200, 'is too long')),
  recipient: z.string().check(z.minLength(1, 'is required'), z.maxLength(300, 'is too long')),
  fields: FieldsSchema,
  consent: z.object({
    text: z.string().check(z.minLength(1, 'is required'), z.maxLength(2000, 'is too long')),
    givenAt: z
      .string()
      .check(z.refine((v) => !Number.isNaN(Date.parse(v)), 'must be a date and time')),
  }),
  language: z.string().check(z.minLength(1, 'is required'), z.maxLength(35, 'is too long')),
  idempotencyKey: z.string().check(z.minLength(8, 'is too short'), z.maxLength(200, 'is too long')),
});

/** Validates a received payload: the referral, or field errors keyed by path ("fields.phone"). */
export function parseReferral(
  data: unknown,
): { ok: true; referral: Referral } | { ok: false; errors: Record<string, string> } {
  const result = z.safeParse(ReferralSchema, data, parseOptions);
  if (result.success) return { ok: true, referral: result.data as Referral };
  return { ok: false, errors: issueErrors(result.error.issues) };
}
