/**
 * What a finder draws from its directory's answers: the results and their cards, the filters, "Near me" and "My
 * list". In the drop-in they are a file of their own, fetched as soon as a finder starts loading its directory (in
 * parallel with it: none of them can be drawn before it is ready), or when the page has one of these elements itself
 * (see drop-in.ts). The first load draws the rest: the search box, the directory's loading state and quick exit.
 * `define.js` registers them with every other element.
 */
import { RfResults } from './components/rf-results/rf-results.js';
import { RfResourceCard } from './components/rf-resource-card/rf-resource-card.js';
import { RfFilters } from './components/rf-filters/rf-filters.js';
import { RfNearMe } from './components/rf-near-me/rf-near-me.js';
import { RfMyList } from './components/rf-my-list/rf-my-list.js';
import { register } from './register.js';

/** Registers the results, cards, filters, "Near me" and "My list" (once). */
export function defineResultsElements(): true {
  register({
    'rf-results': RfResults,
    'rf-resource-card': RfResourceCard,
    'rf-filters': RfFilters,
    'rf-near-me': RfNearMe,
    'rf-my-list': RfMyList,
  });
  return true;
}
