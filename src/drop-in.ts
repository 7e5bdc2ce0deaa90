/**
 * The drop-in file's entry (`dist/resource-finder.min.js`): registers the finder, its search box and its status, which
 * draw a finder before it has a directory. What is drawn from a directory (results, cards, filters, "Near me", "My
 * list"), the referral form and its dialog, and the problem report form come from files of their own beside it,
 * loaded when first needed (a finder starts loading its directory, a visitor asks for a referral, or the page uses the
 * element itself). npm users import `resource-finder/define.js`, which registers everything at once.
 */
import { ResourceFinder } from './components/resource-finder/resource-finder.js';
import { RfSearchBox } from './components/rf-search-box/rf-search-box.js';
import { RfFeedStatus } from './components/rf-feed-status/rf-feed-status.js';
import { RfReferralRequestEvent, RfReportRequestEvent } from './events.js';
import { register } from './register.js';

register({
  'resource-finder': ResourceFinder,
  'rf-search-box': RfSearchBox,
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

// When needed: a visitor asks for a referral or to report a problem with a listing (a finder asks for its results,
// cards, filters and tools when it starts loading its directory: see results-elements.ts) …
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
  [
    'rf-results, rf-resource-card, rf-filters, rf-near-me, rf-my-list',
    once(() => import('./results-elements.js').then((m) => m.defineResultsElements())),
  ],
]);
/** Loads what `roots` (the page, or the elements just added to it) use, once. */
const look = (roots: Iterable<ParentNode>): void => {
  for (const [selector, load] of wanted)
    for (const root of roots)
      if ((root instanceof Element && root.matches(selector)) || root.querySelector(selector)) {
        void load();
        wanted.delete(selector);
        break;
      }
  if (!wanted.size) watcher.disconnect();
};
// Only what each change added is looked at: the page's other changes cost nothing more.
const watcher = new MutationObserver((changes) =>
  look(changes.flatMap((c) => [...c.addedNodes].filter((n): n is Element => n instanceof Element))),
);
watcher.observe(document.documentElement, { childList: true, subtree: true });
look([document]);
