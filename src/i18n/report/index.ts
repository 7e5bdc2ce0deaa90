/**
 * The report form's words in the five interface languages: they come with the form, which most visits never open.
 * English is in the form's own file; each other language is a file of its own, fetched once when the form is first
 * shown in it (as the referral form's words are: see `../referral/index.ts`).
 */
import { Catalogues } from '../catalogues.js';
import type { ReportMessages } from '../messages.js';
import { report as en } from './en.js';

const words = new Catalogues<ReportMessages>(en, {
  fr: () => import('./fr.js').then((m) => m.report),
  it: () => import('./it.js').then((m) => m.report),
  es: () => import('./es.js').then((m) => m.report),
  ar: () => import('./ar.js').then((m) => m.report),
});

/**
 * The report form's words in `lang` (its primary language) once loaded; English while they load (see
 * {@link loadReportMessages}) or for a language with none.
 */
export function reportMessages(lang: string): ReportMessages {
  return words.get(lang);
}

/** The report form's words in `lang`, once loaded. */
export function loadReportMessages(lang: string): Promise<ReportMessages> {
  return words.load(lang);
}

/** Resolves once the report form's words in `lang` are loaded; undefined when they already are. */
export const reportWordsLoading = (lang: string): Promise<unknown> | undefined =>
  words.pending(lang);
