/** The typed message catalogue: every visible string. A locale is a plain object; a host may override any entry. */
import type { FilterGroup, SortOrder } from '../core/filters.js';
import type { FeedErrorKind } from '../core/feed.js';

/** Every string the elements show. Functions take numbers and names; plurals go through Intl. */
export interface Messages {
  searchLabel: string;
  searchPlaceholder: string;
  clearSearch: string;
  filtersHeading: string;
  showFilters: string;
  hideFilters: string;
  moreOptions: (hidden: number) => string;
  fewerOptions: string;
  groupLabels: Record<FilterGroup, string>;
  /** Label of the only option of the `cost` group. */
  freeOnly: string;
  /** Label of the only option of the `open` group. */
  openNowOnly: string;
  delivery: Record<string, string>;
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
  loadError: Record<FeedErrorKind, string>;
  retry: string;
  problemsSummary: (rejected: number, total: number) => string;
  problemsShow: string;
  problemLine: (record: string, path: string, message: string) => string;
  openNow: string;
  closedNow: string;
  hoursHeading: string;
  closedDay: string;
  weekdays: Record<'mo' | 'tu' | 'we' | 'th' | 'fr' | 'sa' | 'su', string>;
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
  /** Labels of well-known tag values (audiences, accessibility features); others are shown humanized. */
  values: Record<string, string>;
}
