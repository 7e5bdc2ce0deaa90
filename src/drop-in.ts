/**
 * The drop-in file's entry (`dist/resource-finder.min.js`): registers every element. The referral form and its dialog,
 * the problem report form, and "Near me" with "My list" come from files of their own beside it, loaded when first
 * needed (a visitor asks for a referral, a finder starts, or the page uses the element itself). npm users import
 * `resource-finder/define.js`, which registers everything at once.
 */
import { ResourceFinder } from './components/resource-finder/resource-finder.js';
import { RfFilters } from './components/rf-filters/rf-filters.js';
import { RfResourceCard } from './components/rf-resource-card/rf-resource-card.js';
import { RfResults } from './components/rf-results/rf-results.js';
import { RfSearchBox } from './components/rf-search-box/rf-search-box.js';
import { RfFeedStatus } from './components/rf-feed-status/rf-feed-status.js';
import { RfReferralRequestEvent, RfReportRequestEvent } from './events.js';
import { register } from './register.js';

register({
  'resource-finder': ResourceFinder,
  'rf-search-box': RfSearchBox,
  'rf-filters': RfFilters,
  'rf-results': RfResults,
  'rf-resource-card': RfResourceCard,
  'rf-feed-status': RfFeedStatus,
});

/** Loads a file of elements once: the same promise for every caller. */
const once = (load: () => Promise<unknown>): (() => Promise<unknown>) => {
  let loading: Promise<unknown> | undefined;
  return () => (loading ??= load());
};

/** The referral form and its dialog: most visits never send one. */
const loadReferral = once(() =>
  import('./referral-elements.js').then(({ RfReferralForm, RfReferralDialog }) =>
    register({ 'rf-referral-form': RfReferralForm, 'rf-referral-dialog': RfReferralDialog }),
  ),
);
/** The problem report form. */
const loadReport = once(() =>
  import('./report-elements.js').then(({ RfReportForm }) =>
    register({ 'rf-report-form': RfReportForm }),
  ),
);

// When needed: a visitor asks for a referral or to report a problem with a listing (a finder also asks for its tools,
// "Near me" and "My list", when it starts: see tools.ts) …
document.addEventListener(RfReferralRequestEvent.eventName, () => void loadReferral(), {
  capture: true,
});
document.addEventListener(RfReportRequestEvent.eventName, () => void loadReport(), {
  capture: true,
});

// … or the page has (or adds) one of these elements itself.
const wanted = new Map<string, () => Promise<unknown>>([
  ['rf-referral-form, rf-referral-dialog', loadReferral],
  ['rf-report-form', loadReport],
  ['rf-near-me, rf-my-list', once(() => import('./tools.js').then((t) => t.defineTools()))],
]);
const look = (): void => {
  for (const [selector, load] of wanted)
    if (document.querySelector(selector)) {
      void load();
      wanted.delete(selector);
    }
  if (!wanted.size) watcher.disconnect();
};
const watcher = new MutationObserver(look);
watcher.observe(document.documentElement, { childList: true, subtree: true });
look();
