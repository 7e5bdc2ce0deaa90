/**
 * The referral form's words (and its dialog's), in the five interface languages: they come with the form, which most
 * visits never open, rather than with every catalogue. English is in the form's own file; each other language is a
 * file of its own, fetched once when the form is first shown in it.
 */
import { Catalogues } from '../catalogues.js';
import type { Messages, ReferralMessages } from '../messages.js';
import { referral as en } from './en.js';

const words = new Catalogues<ReferralMessages>(en, {
  fr: () => import('./fr.js').then((m) => m.referral),
  it: () => import('./it.js').then((m) => m.referral),
  es: () => import('./es.js').then((m) => m.referral),
  ar: () => import('./ar.js').then((m) => m.referral),
});

/** A catalogue with the referral form's words in full. */
export type FormMessages = Messages & { referral: ReferralMessages };

const completed = new WeakMap<Messages, WeakMap<ReferralMessages, FormMessages>>();

/**
 * `m` (a catalogue, with a host's overrides) with the form's words in `lang` under `referral`: a host's overrides of
 * them (`messages.referral`) stay on top.
 */
export function formMessages(m: Messages, lang: string): FormMessages {
  const form = words.get(lang);
  let byWords = completed.get(m);
  if (!byWords) completed.set(m, (byWords = new WeakMap()));
  let out = byWords.get(form);
  if (!out) byWords.set(form, (out = { ...m, referral: { ...form, ...m.referral } }));
  return out;
}

/** Resolves once the form's words in `lang` are loaded; undefined when they already are. */
export const referralWordsLoading = (lang: string): Promise<unknown> | undefined =>
  words.pending(lang);
