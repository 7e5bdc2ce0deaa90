/** resource-finder: element classes, event classes, types and core functions. No side effects. */
import type { ResourceFinder } from './components/resource-finder/resource-finder.js';
import type { RfSearchBox } from './components/rf-search-box/rf-search-box.js';
import type { RfFilters } from './components/rf-filters/rf-filters.js';
import type { RfResults } from './components/rf-results/rf-results.js';
import type { RfReferralForm } from './components/rf-referral-form/rf-referral-form.js';
import type { RfResourceCard } from './components/rf-resource-card/rf-resource-card.js';
import type { RfReferralDialog } from './components/rf-referral-dialog/rf-referral-dialog.js';
import type { RfReportForm } from './components/rf-report-form/rf-report-form.js';
import type { RfFeedStatus } from './components/rf-feed-status/rf-feed-status.js';
import type { RfNearMe } from './components/rf-near-me/rf-near-me.js';
import type { RfMyList } from './components/rf-my-list/rf-my-list.js';
import type { RfMap } from './components/rf-map/rf-map.js';

export { ResourceFinder } from './components/resource-finder/resource-finder.js';
export { RfSearchBox } from './components/rf-search-box/rf-search-box.js';
export { RfFilters } from './components/rf-filters/rf-filters.js';
export { RfResults } from './components/rf-results/rf-results.js';
export { RfReferralForm } from './components/rf-referral-form/rf-referral-form.js';
export { RfResourceCard } from './components/rf-resource-card/rf-resource-card.js';
export { RfReferralDialog } from './components/rf-referral-dialog/rf-referral-dialog.js';
export { RfReportForm } from './components/rf-report-form/rf-report-form.js';
export { reportMessages, loadReportMessages } from './i18n/report/index.js';
export { RfFeedStatus } from './components/rf-feed-status/rf-feed-status.js';
export { RfNearMe, RADII_KM } from './components/rf-near-me/rf-near-me.js';
export { RfMyList } from './components/rf-my-list/rf-my-list.js';
// The map's class as a type only: its code (Leaflet) comes with resource-finder/map.js, or when a finder opens its map.
export type { RfMap } from './components/rf-map/rf-map.js';
export { LocaleController, localeContext, uiLanguage, type Locale } from './controllers/locale.js';
export { QuickExitController } from './controllers/quick-exit.js';
export { UrlSyncController } from './controllers/url-sync.js';
export { DirectoryController, FEED_STATES, type FeedState } from './controllers/directory.js';
export { SavedListController } from './controllers/saved-list.js';
export { SearchEventsController } from './controllers/search-events.js';
export { LocaleProvider } from './controllers/locale.js';
export * from './events.js';
export * from './components/rf-report-form/report-events.js';
export * from './core/index.js';
export {
  en,
  loadMessages,
  messagesFor,
  type Messages,
  type MessageOverrides,
  type ReferralMessages,
  type ReportMessages,
} from './i18n/index.js';

// The tags, typed from the main entry too (`document.querySelector('resource-finder')` is a ResourceFinder without
// importing define.js, whose declarations bring these with them); the tags define.ts and map.ts register.
declare global {
  interface HTMLElementTagNameMap {
    'resource-finder': ResourceFinder;
    'rf-search-box': RfSearchBox;
    'rf-filters': RfFilters;
    'rf-results': RfResults;
    'rf-resource-card': RfResourceCard;
    'rf-referral-form': RfReferralForm;
    'rf-referral-dialog': RfReferralDialog;
    'rf-report-form': RfReportForm;
    'rf-feed-status': RfFeedStatus;
    'rf-near-me': RfNearMe;
    'rf-my-list': RfMyList;
    'rf-map': RfMap;
  }
}
