/** Every rf-* event: small typed Event subclasses with a readonly `detail`; all bubble and cross shadow roots. */
import type { FeedProblem } from './core/feed/records.js';
import type { FilterState, SortOrder } from './core/filters/facets.js';
import type { Area, LatLng } from './core/filters/distance.js';
import type { Referral } from './core/referral/referral.js';
import type { Resource } from './core/feed/schema.js';

const init = { bubbles: true, composed: true } as const;

/** Detail of {@link RfFeedLoadEvent}. */
export interface FeedLoadDetail {
  /** Records in the feed, valid or not. */
  total: number;
  /** Valid records kept. */
  accepted: number;
  /** Every problem found. */
  problems: FeedProblem[];
}

/** The feed loaded; some records may have been rejected (see `problems`). */
export class RfFeedLoadEvent extends Event {
  static readonly eventName = 'rf-feed-load';
  constructor(readonly detail: FeedLoadDetail) {
    super(RfFeedLoadEvent.eventName, init);
  }
}

/** Detail of {@link RfFeedErrorEvent}. */
export interface FeedErrorDetail {
  /** What went wrong. */
  message: string;
  /** HTTP status, when the server answered with an error. */
  status?: number;
}

/** The feed could not be shown at all (network, HTTP, timeout, invalid JSON, no valid record). */
export class RfFeedErrorEvent extends Event {
  static readonly eventName = 'rf-feed-error';
  constructor(readonly detail: FeedErrorDetail) {
    super(RfFeedErrorEvent.eventName, init);
  }
}

/** Detail of {@link RfSearchEvent}. */
export interface SearchDetail {
  /** The visitor's query. */
  query: string;
  /** The selected filters. */
  filters: FilterState;
  /** Number of results. */
  total: number;
}

/** Results changed after the visitor searched or filtered. */
export class RfSearchEvent extends Event {
  static readonly eventName = 'rf-search';
  constructor(readonly detail: SearchDetail) {
    super(RfSearchEvent.eventName, init);
  }
}

/** The visitor typed in a search box. */
export class RfQueryChangeEvent extends Event {
  static readonly eventName = 'rf-query-change';
  constructor(readonly detail: { query: string }) {
    super(RfQueryChangeEvent.eventName, init);
  }
}

/** The visitor changed the filters. */
export class RfFilterChangeEvent extends Event {
  static readonly eventName = 'rf-filter-change';
  constructor(readonly detail: { filters: FilterState }) {
    super(RfFilterChangeEvent.eventName, init);
  }
}

/** The visitor changed the sort order. */
export class RfSortChangeEvent extends Event {
  static readonly eventName = 'rf-sort-change';
  constructor(readonly detail: { sort: SortOrder }) {
    super(RfSortChangeEvent.eventName, init);
  }
}

/** The visitor opened a resource's details. */
export class RfResourceSelectEvent extends Event {
  static readonly eventName = 'rf-resource-select';
  constructor(readonly detail: { id: string }) {
    super(RfResourceSelectEvent.eventName, init);
  }
}

/** The visitor sends a referral. Cancelable: call `preventDefault()` to send it your own way. */
export class RfReferralSubmitEvent extends Event {
  static readonly eventName = 'rf-referral-submit';
  constructor(readonly detail: Referral) {
    super(RfReferralSubmitEvent.eventName, { ...init, cancelable: true });
  }
}

/** The referral was delivered; `reference` is the receiver's, verbatim. */
export class RfReferralSuccessEvent extends Event {
  static readonly eventName = 'rf-referral-success';
  constructor(readonly detail: { reference: string | undefined; resourceId: string }) {
    super(RfReferralSuccessEvent.eventName, init);
  }
}

/**
 * The referral could not be confirmed as delivered: `retryable` says whether trying again may work, `uncertain`
 * whether it may have arrived all the same (no answer came back; sending again with the same key is safe).
 */
export class RfReferralErrorEvent extends Event {
  static readonly eventName = 'rf-referral-error';
  constructor(readonly detail: { message: string; retryable: boolean; uncertain: boolean }) {
    super(RfReferralErrorEvent.eventName, init);
  }
}

/** The visitor asked for a referral to a resource (from a card). */
export class RfReferralRequestEvent extends Event {
  static readonly eventName = 'rf-referral-request';
  constructor(readonly detail: { id: string; resource?: Resource }) {
    super(RfReferralRequestEvent.eventName, init);
  }
}

/** The visitor asked to report a problem with a listing ("Report a problem with this listing"); detail `{ id }`. */
export class RfReportRequestEvent extends Event {
  static readonly eventName = 'rf-report-request';
  constructor(readonly detail: { id: string }) {
    super(RfReportRequestEvent.eventName, init);
  }
}

/** The visitor saved a resource to "My list", or removed it. */
export class RfSaveToggleEvent extends Event {
  static readonly eventName = 'rf-save-toggle';
  constructor(readonly detail: { id: string; saved: boolean }) {
    super(RfSaveToggleEvent.eventName, init);
  }
}

/** The visitor asked to see more results; detail: how many to show in all. */
export class RfShowMoreEvent extends Event {
  static readonly eventName = 'rf-show-more';
  constructor(readonly detail: { shown: number }) {
    super(RfShowMoreEvent.eventName, init);
  }
}

/** The visitor is done choosing filters on a small screen and wants to see the results (the panel has closed). */
export class RfShowResultsEvent extends Event {
  static readonly eventName = 'rf-show-results';
  constructor() {
    super(RfShowResultsEvent.eventName, init);
  }
}

/** The visitor shared their position ("near me"), chose a radius, or forgot their position. */
export class RfOriginChangeEvent extends Event {
  static readonly eventName = 'rf-origin-change';
  constructor(readonly detail: { origin?: LatLng; radius: number }) {
    super(RfOriginChangeEvent.eventName, init);
  }
}

/** The visitor asked for the results in the area the map shows ("Search this area"), or everywhere again. */
export class RfAreaChangeEvent extends Event {
  static readonly eventName = 'rf-area-change';
  constructor(readonly detail: { area?: Area }) {
    super(RfAreaChangeEvent.eventName, init);
  }
}

/** The visitor changed "My list" (removed a resource, or cleared it); detail: the ids now in it. */
export class RfListChangeEvent extends Event {
  static readonly eventName = 'rf-list-change';
  constructor(readonly detail: { ids: string[] }) {
    super(RfListChangeEvent.eventName, init);
  }
}

/** The visitor stopped a long load. */
export class RfLoadStopEvent extends Event {
  static readonly eventName = 'rf-load-stop';
  constructor(readonly detail: Record<string, never> = {}) {
    super(RfLoadStopEvent.eventName, init);
  }
}

/** The visitor asked to load the directory again after an error. */
export class RfRetryEvent extends Event {
  static readonly eventName = 'rf-retry';
  constructor(readonly detail: Record<string, never> = {}) {
    super(RfRetryEvent.eventName, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rf-feed-load': RfFeedLoadEvent;
    'rf-feed-error': RfFeedErrorEvent;
    'rf-search': RfSearchEvent;
    'rf-query-change': RfQueryChangeEvent;
    'rf-filter-change': RfFilterChangeEvent;
    'rf-sort-change': RfSortChangeEvent;
    'rf-resource-select': RfResourceSelectEvent;
    'rf-referral-submit': RfReferralSubmitEvent;
    'rf-referral-success': RfReferralSuccessEvent;
    'rf-referral-error': RfReferralErrorEvent;
    'rf-referral-request': RfReferralRequestEvent;
    'rf-report-request': RfReportRequestEvent;
    'rf-save-toggle': RfSaveToggleEvent;
    'rf-show-more': RfShowMoreEvent;
    'rf-show-results': RfShowResultsEvent;
    'rf-origin-change': RfOriginChangeEvent;
    'rf-area-change': RfAreaChangeEvent;
    'rf-list-change': RfListChangeEvent;
    'rf-retry': RfRetryEvent;
    'rf-load-stop': RfLoadStopEvent;
  }
}
