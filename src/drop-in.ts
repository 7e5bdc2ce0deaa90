/**
 * The drop-in file's entry (`dist/resource-finder.min.js`): registers every element. The referral form and its dialog
 * come from a file of their own beside it, loaded when first needed (a visitor asks for a referral, or the page uses
 * the form itself): most visits never send one. The problem report form likewise. npm users import `resource-finder/define.js`, which registers
 * everything at once.
 */
import { ResourceFinder } from './components/resource-finder/resource-finder.js';
import { RfFilters } from './components/rf-filters/rf-filters.js';
import { RfResourceCard } from './components/rf-resource-card/rf-resource-card.js';
import { RfResults } from './components/rf-results/rf-results.js';
import { RfSearchBox } from './components/rf-search-box/rf-search-box.js';
import { RfFeedStatus } from './components/rf-feed-status/rf-feed-status.js';
import { RfNearMe } from './components/rf-near-me/rf-near-me.js';
import { RfMyList } from './components/rf-my-list/rf-my-list.js';
import { RfReferralRequestEvent, RfReportRequestEvent } from './events.js';
import { register } from './register.js';

register({
  'resource-finder': ResourceFinder,
  'rf-search-box': RfSearchBox,
  'rf-filters': RfFilters,
  'rf-results': RfResults,
  'rf-resource-card': RfResourceCard,
  'rf-feed-status': RfFeedStatus,
  'rf-near-me': RfNearMe,
  'rf-my-list': RfMyList,
});

const LAZY = 'rf-referral-form, rf-referral-dialog';
let referral: Promise<void> | undefined;

/** Loads and registers the referral form and its dialog (once). */
function loadReferral(): Promise<void> {
  return (referral ??= import('./referral-elements.js').then(
    ({ RfReferralForm, RfReferralDialog }) => {
      register({ 'rf-referral-form': RfReferralForm, 'rf-referral-dialog': RfReferralDialog });
      watcher.disconnect();
    },
  ));
}

// When needed: a visitor asks for a referral, or the page has (or adds) the form or the dialog.
document.addEventListener(RfReferralRequestEvent.eventName, () => void loadReferral(), {
  capture: true,
});
const watcher = new MutationObserver(() => {
  if (document.querySelector(LAZY)) void loadReferral();
});
if (document.querySelector(LAZY)) void loadReferral();
else watcher.observe(document.documentElement, { childList: true, subtree: true });

// The report form: its own file, loaded when a visitor first asks to report a problem with a listing, or when the
// page has the form itself.
let report: Promise<void> | undefined;
function loadReport(): Promise<void> {
  return (report ??= import('./report-elements.js').then(({ RfReportForm }) =>
    register({ 'rf-report-form': RfReportForm }),
  ));
}
document.addEventListener(RfReportRequestEvent.eventName, () => void loadReport(), {
  capture: true,
});
if (document.querySelector('rf-report-form')) void loadReport();
