/** The typed message catalogue: every visible string. A locale is a plain object; a host may override any entry. */
import type { FilterGroup, SortOrder } from '../core/filters/facets.js';
import type { FeedErrorKind, FeedErrorParams } from '../core/feed/read.js';
import type { Weekday } from '../core/feed/schema.js';
import type { ProblemCode, ProblemParams } from '../core/feed/problems.js';
import type { SendFailure } from '../core/edge/send-referral.js';
import type {
  ContactMethod,
  ReferralErrorCode,
  Requester,
  Urgency,
  YesNo,
} from '../core/referral/referral.js';
import type { ReportError, ReportKind } from '../core/report/report.js';

/** Every string the elements show. Functions take numbers and names; plurals go through Intl. */
/** A moment today, tomorrow or on a weekday, with a time as the visitor's clock shows it. */
export interface NextChangeMessages {
  today: (time: string) => string;
  tomorrow: (time: string) => string;
  on: (weekday: string, time: string) => string;
}

export interface Messages {
  /**
   * The note shown above the results when a query says the person is in danger now ("i want to end my life"), written
   * after safe-messaging guidance: calm, about help, no details of harm. `call` names the host's emergency number
   * (`emergency-number`); without one, `callLocal` assumes none.
   */
  crisis: {
    title: string;
    call: (number: string) => string;
    callLocal: string;
    /** The first results, named ("Listening Line and Telefono Amico"). */
    listed: (names: string) => string;
    notAlone: string;
  };
  quickExit: string;
  quickExitHint: string;
  /** Said to screen readers after each press of Shift: how many are still needed. */
  quickExitPresses: (remaining: number) => string;
  /** Said when quick exit leaves. */
  quickExitLeaving: string;
  searchLabel: string;
  /** The accessible name of the search box's list of suggestions. */
  suggestionsLabel: string;
  /** What each suggestion is, shown beside it. */
  suggestionKinds: { need: string; category: string; organization: string };
  /** The accessible name of the start screen's list of common needs. */
  quickPicksLabel: string;
  /** The common needs offered on the start screen: each searches for itself (generated from the needs vocabulary). */
  quickPicks: readonly string[];
  /** Before a correction when nothing matches: "Did you mean" *food bank*? */
  didYouMean: string;
  /** The directory (a server) could not answer the current search; what is shown stays. */
  answerFailed: string;
  /** What draws the results (a file of its own) could not be loaded: the directory is there, its results are not. */
  partsFailed: string;
  searchPlaceholder: string;
  clearSearch: string;
  filtersHeading: string;
  showFilters: string;
  hideFilters: string;
  /** On a small screen, closes the filters and goes to the results (followed by their number). */
  showResults: string;
  moreOptions: (hidden: number) => string;
  fewerOptions: string;
  /** The search box of a long filter group. */
  searchInGroup: (group: string) => string;
  /** A long group's search finds nothing. */
  noOptionMatches: string;
  /** In the filter panel when the results offer no choice at all (nothing matches). */
  noFilters: string;
  /** The disclosure button beside a category that shows its more precise choices (its state: aria-expanded). */
  showChildren: (name: string, count: number) => string;
  groupLabels: Record<FilterGroup, string>;
  /** Label of the only option of the `cost` group. */
  freeOnly: string;
  /** Label of the only option of the `open` group. */
  openNowOnly: string;
  delivery: Record<string, string>;
  nearMe: string;
  nearMeBusy: string;
  nearMeError: string;
  nearMeActive: string;
  /** In server mode: where the approximate position goes (`to`: the directory server's host). */
  nearMeSent: (to: string) => string;
  /** The map of the results (when the host serves map tiles): its button, its region, its controls and markers. */
  map: {
    show: string;
    label: string;
    zoomIn: string;
    zoomOut: string;
    cluster: (count: string) => string;
    you: string;
    none: string;
    searchArea: string;
    inArea: string;
    everywhere: string;
    failed: string;
  };
  forgetPosition: string;
  radius: string;
  radiusAny: string;
  distanceAway: (distance: string) => string;
  clearAll: string;
  removeFilter: (label: string) => string;
  activeFilters: string;
  resultsHeading: string;
  resultCount: (count: number, formatted: string) => string;
  sortLabel: string;
  sortOrders: Record<SortOrder, string>;
  showMore: (remaining: number, formatted: string) => string;
  emptyTitle: string;
  emptyBody: string;
  emptyClearFilters: string;
  loading: string;
  /** While the feed downloads; `amount` is formatted ("1.2 MB"). */
  /** Loading, with what has arrived (formatted) and the resources already shown and searchable (formatted). */
  loadingRecords: (amount: string, records: string) => string;
  loadingBytes: (amount: string) => string;
  loadingPage: (page: number, total: number) => string;
  /** While a large feed is checked; `percent` is formatted ("40%"). */
  checking: (percent: string) => string;
  /** While the search index of a large feed is built; queries wait for it. */
  preparingSearch: string;
  /** A feed that stopped arriving part-way: `kept` whole records arrived (formatted). */
  incompleteCut: (kept: string) => string;
  /** A feed whose JSON is broken part-way: the records before the damage were read. */
  incompleteDamaged: (kept: string) => string;
  /** The visitor stopped loading: the records that had arrived are shown. */
  incompleteStopped: (kept: string) => string;
  incomplete: (loaded: number, total: number) => string;
  loadError: Record<FeedErrorKind, string>;
  /** The second line of a load error: what exactly happened, from the error's parameters. */
  loadErrorDetail: Record<FeedErrorKind, (params: FeedErrorParams) => string>;
  /** Stops a long load. */
  loadStop: string;
  /** After the visitor stopped loading. */
  loadStopped: string;
  /** Starts loading again after it was stopped. */
  loadAgain: string;
  retry: string;
  problemsSummary: (rejected: number, total: number) => string;
  problemsShow: string;
  problemsMinor: (count: number) => string;
  problemLine: (record: string, path: string, message: string) => string;
  /** Where a spreadsheet's problem is: its row, as the spreadsheet numbers it (the line says the column). */
  problemRow: (row: number) => string;
  /** A card's button that opens the report form (the form's own words come with it: rf-report-form). */
  reportProblem: string;
  /**
   * A problem in the data, for the directory's maintainer, from its code and parameters. A code without a phrasing
   * here reads as the problem's own message, in English (English itself phrases none: its messages are those).
   */
  problems: Partial<Record<ProblemCode, (params: ProblemParams) => string>>;
  openNow: string;
  /** A card's main action: call its first number (visible text, and the accessible name with the number). */
  call: string;
  callNumber: (number: string) => string;
  /** The accessible name of a card's main action when it opens the website (no phone): "Website: example.org". */
  visitWebsite: (host: string) => string;
  closedNow: string;
  /** When a closed resource opens next ("opens tomorrow at 9:00 AM"); `d` is a weekday as Intl writes it. */
  opens: NextChangeMessages;
  /** When an open resource closes ("closes at 5:00 PM"). */
  closes: NextChangeMessages;
  /** Marks today's row in the opening hours. */
  today: string;
  hoursHeading: string;
  closedDay: string;
  weekdays: Record<Weekday, string>;
  timezoneNote: (zone: string) => string;
  organization: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  languages: string;
  accessibility: string;
  cost: string;
  free: string;
  notFree: string;
  eligibility: string;
  ages: (min: number | undefined, max: number | undefined) => string;
  serviceArea: string;
  lastVerified: (date: string) => string;
  notVerified: string;
  staleNotice: string;
  showDetails: string;
  hideDetails: string;
  categories: string;
  temporarilyClosed: string;
  howToApply: string;
  /**
   * The card's "Request a referral". The form's own words ({@link ReferralMessages}) come with the form, in the
   * visitor's language; a host's overrides of them are given here too (`{ referral: { send: 'Ask them to call' } }`).
   */
  referral: { requestAction: string } & Partial<ReferralMessages>;
  list: ListMessages;
  /** Labels of well-known tag values (audiences, accessibility features); others are shown humanized. */
  values: Record<string, string>;
}

/** Strings of the referral form and its dialog (`src/i18n/referral/`, loaded with the form). */
export interface ReferralMessages {
  unavailable: string;
  title: (recipient: string) => string;
  intro: string;
  close: string;
  requiredNote: string;
  optional: string;
  requester: string;
  requesterOptions: Record<Requester, string>;
  supporterName: string;
  supporterOrganization: string;
  name: string;
  nameHint: string;
  contactMethod: string;
  contactOptions: Record<ContactMethod, string>;
  phone: string;
  email: string;
  messageSafe: string;
  yesNo: Record<YesNo, string>;
  /** Beside "Text message", not offered while a message is not safe. */
  smsUnsafe: string;
  safeTimes: string;
  safeTimesHint: string;
  language: string;
  needs: string;
  needsHint: string;
  urgency: string;
  urgencyOptions: Record<Urgency, string>;
  emergencyNote: string;
  consent: (recipient: string, shared: string) => string;
  consentLabel: string;
  sharedItems: Record<'name' | 'contact' | 'needs' | 'supporter' | 'safety', string>;
  /** Where the request goes; makes no claim about copies, which only the host can know. */
  privacy: (recipient: string) => string;
  /** Said when the host declares that its website keeps no copy (`no-copy-kept`). */
  privacyNoCopy: string;
  /** Said when the host declares who else keeps a copy (`copy-kept-by`). */
  privacyCopy: (keeper: string) => string;
  /** Added to the consent when someone else keeps a copy. */
  consentCopy: (keeper: string) => string;
  /** After the next steps of a call or an email when a message is not safe. */
  noMessage: string;
  send: string;
  sending: string;
  openEmail: string;
  emailIntro: (recipient: string) => string;
  emailSubject: (resource: string) => string;
  errorSummary: string;
  errors: Record<ReferralErrorCode, string>;
  failed: string;
  failedKinds: Record<SendFailure, string>;
  keptNote: string;
  /** After a timeout, a lost connection or a stop while sending: the request may or may not have arrived. */
  uncertain: string;
  uncertainBody: (recipient: string) => string;
  /** Stops sending. */
  cancel: string;
  /** The endpoint is not https (nor a loopback address for development). */
  insecure: string;
  retryingIn: (seconds: number) => string;
  retry: string;
  sentTitle: string;
  sentBody: (recipient: string) => string;
  reference: string;
  nextSteps: Record<ContactMethod, (recipient: string) => string>;
  /** After the next steps, when the receiver gave a reference (phone, sms, email). */
  keepReference: string;
  /** After the next steps, when the receiver gave a reference (contact method "none"). */
  giveReference: string;
  /** The receiver accepted the request but gave no reference. */
  noReference: (recipient: string) => string;
  newRequest: string;
}

/** Strings of "My list", printing and sharing. */
export interface ListMessages {
  save: string;
  saved: string;
  share: string;
  copyLink: string;
  linkCopied: string;
  emailIt: string;
  shareNative: string;
  print: string;
  myList: (count: number) => string;
  heading: string;
  empty: string;
  printList: string;
  /** A printed note's label. */
  note: string;
  /** The field for a note printed with a saved resource (a social worker's note for the person). */
  noteLabel: string;
  shareList: string;
  clearList: string;
  shareSubject: (name: string) => string;
  listSubject: string;
  remove: string;
}

/** What the report form says (`src/i18n/report/`, loaded with the form). */
export interface ReportMessages {
  legend: (name: string) => string;
  kinds: Record<ReportKind, string>;
  note: string;
  optional: string;
  noteHint: string;
  privacy: (recipient: string) => string;
  send: string;
  sending: string;
  stop: string;
  cancel: string;
  errors: Record<ReportError, string>;
  errorSummary: string;
  sentTitle: string;
  sentBody: (recipient: string) => string;
  reference: string;
  close: string;
  failed: string;
  uncertain: string;
  uncertainBody: (recipient: string) => string;
  failedKinds: Record<SendFailure, string>;
  keptNote: string;
  retryingIn: (seconds: number) => string;
  retry: string;
}

/**
 * A host's overrides of the catalogue: any message, or any of a group's (`{ referral: { send: 'Ask them to call' } }`
 * keeps the group's other words).
 */
export type MessageOverrides = {
  [K in keyof Messages]?: Messages[K] extends
    string | readonly unknown[] | ((...args: never[]) => unknown)
    ? Messages[K]
    : Partial<Messages[K]>;
};
