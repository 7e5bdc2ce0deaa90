/** resource-finder: element classes, event classes, types and core functions. No side effects. */
export { ResourceFinder } from './components/resource-finder/resource-finder.js';
export { RfSearchBox } from './components/rf-search-box/rf-search-box.js';
export { RfFilters } from './components/rf-filters/rf-filters.js';
export { RfResults } from './components/rf-results/rf-results.js';
export { RfReferralForm } from './components/rf-referral-form/rf-referral-form.js';
export { RfResourceCard } from './components/rf-resource-card/rf-resource-card.js';
export * from './events.js';
export * from './core/index.js';
export { en, messagesFor, type Messages } from './i18n/index.js';
