/**
 * Referral requests: field validation, the payload sent to an organization, and sending it so that a request is
 * never lost and never duplicated (one Idempotency-Key per referral, reused on every retry). Pure: no DOM.
 */
import { CALLBACK_DIGITS, isEmail, isPhoneNumber } from '../text/patterns.js';

/** Who the request is for. */
export const REQUESTERS = ['self', 'supporter'] as const;
/** How the person wants to be contacted. `none`: "do not contact me, I will get in touch". */
export const CONTACT_METHODS = ['phone', 'sms', 'email', 'none'] as const;
/** How urgent the request is. */
export const URGENCIES = ['routine', 'urgent'] as const;
/** Whether a voicemail or message is safe. */
export const YES_NO = ['yes', 'no'] as const;

/** Every field of the form, in display order. */
export const REFERRAL_FIELDS = [
  'requester',
  'supporterName',
  'supporterOrganization',
  'name',
  'contactMethod',
  'phone',
  'email',
  'messageSafe',
  'safeTimes',
  'language',
  'needs',
  'urgency',
] as const;

/** A field of the form. */
export type ReferralField = (typeof REFERRAL_FIELDS)[number];

/** What the visitor typed and chose. */
export interface ReferralFields {
  requester: Requester;
  supporterName: string;
  supporterOrganization: string;
  name: string;
  contactMethod: ContactMethod;
  phone: string;
  email: string;
  messageSafe: YesNo;
  safeTimes: string;
  language: string;
  needs: string;
  urgency: Urgency;
}

/** Why a field is not valid; the form turns each code into a sentence in the visitor's language. */
export const REFERRAL_ERROR_CODES = [
  'required',
  'phone',
  'email',
  'consent',
  'tooLong',
  'unsafeMessage',
] as const;
/** Why a field was refused. */
export type ReferralErrorCode = (typeof REFERRAL_ERROR_CODES)[number];
/** Who the request is for. */
export type Requester = (typeof REQUESTERS)[number];
/** How the person wants to be contacted. */
export type ContactMethod = (typeof CONTACT_METHODS)[number];
/** How urgent the request is. */
export type Urgency = (typeof URGENCIES)[number];
/** A yes-or-no answer. */
export type YesNo = (typeof YES_NO)[number];

/** Fields shown by default: all of them. */
export const DEFAULT_SHOWN: readonly ReferralField[] = REFERRAL_FIELDS;
/** Fields required by default (besides the contact detail that the chosen contact method needs). */
export const DEFAULT_REQUIRED: readonly ReferralField[] = ['name', 'needs'];

/** Choice fields start with a safe default, so text boxes and consent are enough to send. */
export function defaultFields(language = 'en'): ReferralFields {
  return {
    requester: 'self',
    supporterName: '',
    supporterOrganization: '',
    name: '',
    contactMethod: 'phone',
    phone: '',
    email: '',
    messageSafe: 'no',
    safeTimes: '',
    language,
    needs: '',
    urgency: 'routine',
  };
}

/** Which fields apply given the choices made: the supporter's details only for a supporter, and so on. */
export function applicableFields(
  fields: Pick<ReferralFields, 'requester' | 'contactMethod'>,
  shown: readonly ReferralField[] = DEFAULT_SHOWN,
): ReferralField[] {
  const method = fields.contactMethod;
  return shown.filter((f) => {
    if (f === 'supporterName' || f === 'supporterOrganization')
      return fields.requester === 'supporter';
    if (f === 'phone') return method === 'phone' || method === 'sms';
    if (f === 'email') return method === 'email';
    if (f === 'messageSafe') return method !== 'none';
    if (f === 'safeTimes') return method === 'phone' || method === 'sms';
    return true;
  });
}

/** Longest text accepted in one field. */
export const MAX_TEXT = 4000;

/**
 * The fields that must be filled given the choices made: the configured ones, the supporter's name for a supporter,
 * and the phone or email that the chosen contact method needs.
 */
export function requiredFields(
  fields: Pick<ReferralFields, 'requester' | 'contactMethod'>,
  configured: readonly ReferralField[] = DEFAULT_REQUIRED,
): Set<ReferralField> {
  const required = new Set<ReferralField>(configured);
  if (fields.requester === 'supporter') required.add('supporterName');
  if (fields.contactMethod === 'phone' || fields.contactMethod === 'sms') required.add('phone');
  if (fields.contactMethod === 'email') required.add('email');
  return required;
}

/**
 * Validates the form. Returns an error code per field (empty when valid). Consent is required, always; the phone or
 * email that the chosen contact method needs is required; the supporter's name is required for a supporter.
 */
export function validateReferral(
  fields: ReferralFields,
  consent: boolean,
  options: { shown?: readonly ReferralField[]; required?: readonly ReferralField[] } = {},
): Partial<Record<ReferralField | 'consent', ReferralErrorCode>> {
  const errors: Partial<Record<ReferralField | 'consent', ReferralErrorCode>> = {};
  const applicable = applicableFields(fields, options.shown);
  const required = requiredFields(fields, options.required);
  for (const field of applicable) {
    const value = String(fields[field] ?? '').trim();
    if (!value) {
      if (required.has(field)) errors[field] = 'required';
    } else if (field === 'phone' && !isPhoneNumber(value, CALLBACK_DIGITS)) errors.phone = 'phone';
    else if (field === 'email' && !isEmail(value)) errors.email = 'email';
    else if (value.length > MAX_TEXT) errors[field] = 'tooLong';
  }
  // A text message stays on the phone: it contradicts "a message is not safe".
  if (unsafeChoice(fields, applicable)) errors.contactMethod ??= 'unsafeMessage';
  if (!consent) errors.consent = 'consent';
  return errors;
}

/** Whether the chosen way of contact leaves a message although the visitor said a message is not safe. */
export function unsafeChoice(
  fields: Pick<ReferralFields, 'contactMethod' | 'messageSafe'>,
  applicable: readonly ReferralField[] = ['messageSafe'],
): boolean {
  return (
    fields.contactMethod === 'sms' &&
    fields.messageSafe === 'no' &&
    applicable.includes('messageSafe')
  );
}

/** The referral as sent to the organization. */
export interface Referral {
  /** The resource (service) the request is for. */
  resourceId: string;
  /** The organization that receives it, as named to the visitor. */
  recipient: string;
  /** The fields that apply, trimmed. */
  fields: Partial<ReferralFields>;
  /** The consent the visitor gave: the exact text shown, and when. */
  consent: { text: string; givenAt: string };
  /** The interface language the visitor used. */
  language: string;
  /** The same for every attempt to send this referral. */
  idempotencyKey: string;
}

/** Builds the referral from the form: only the fields that apply, trimmed. */
export function buildReferral(input: {
  resourceId: string;
  recipient: string;
  fields: ReferralFields;
  shown?: readonly ReferralField[];
  consentText: string;
  consentAt: Date;
  language: string;
  idempotencyKey: string;
}): Referral {
  const fields: Partial<ReferralFields> = {};
  for (const f of applicableFields(input.fields, input.shown)) {
    const value = String(input.fields[f] ?? '').trim();
    if (value) (fields as Record<string, string>)[f] = value;
  }
  return {
    resourceId: input.resourceId,
    recipient: input.recipient,
    fields,
    consent: { text: input.consentText, givenAt: input.consentAt.toISOString() },
    language: input.language,
    idempotencyKey: input.idempotencyKey,
  };
}

/** A random UUID v4, from the Web Crypto API (available on http pages too). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A `mailto:` link carrying the referral, for organizations that take referrals by email only. */
export function referralMailto(
  email: string,
  subject: string,
  lines: Array<[label: string, value: string]>,
): string {
  const body = lines.map(([label, value]) => `${label}: ${value}`).join('\n');
  return `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
