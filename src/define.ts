/**
 * Registers every element. Safe to load twice (a tag already defined is left alone). The drop-in bundle's entry.
 */
import { ResourceFinder } from './components/resource-finder/resource-finder.js';
import { RfFilters } from './components/rf-filters/rf-filters.js';
import { RfReferralForm } from './components/rf-referral-form/rf-referral-form.js';
import { RfResourceCard } from './components/rf-resource-card/rf-resource-card.js';
import { RfResults } from './components/rf-results/rf-results.js';
import { RfSearchBox } from './components/rf-search-box/rf-search-box.js';
import { RfFeedStatus } from './components/rf-feed-status/rf-feed-status.js';
import { RfNearMe } from './components/rf-near-me/rf-near-me.js';
import { RfMyList } from './components/rf-my-list/rf-my-list.js';
import { RfReferralDialog } from './components/rf-referral-dialog/rf-referral-dialog.js';
import { RfReportForm } from './components/rf-report-form/rf-report-form.js';
import { register } from './register.js';

/** Every element, by tag. */
export const elements = {
  'resource-finder': ResourceFinder,
  'rf-search-box': RfSearchBox,
  'rf-filters': RfFilters,
  'rf-results': RfResults,
  'rf-resource-card': RfResourceCard,
  'rf-referral-form': RfReferralForm,
  'rf-referral-dialog': RfReferralDialog,
  'rf-report-form': RfReportForm,
  'rf-feed-status': RfFeedStatus,
  'rf-near-me': RfNearMe,
  'rf-my-list': RfMyList,
} as const;

/** Defines each tag in `registry` unless it is defined already. */
export function defineElements(registry: CustomElementRegistry = customElements): void {
  register(elements, registry);
}

defineElements();

// The tags' types (HTMLElementTagNameMap) come with the main entry's declarations, for those who import only this.
export type {} from './index.js';
