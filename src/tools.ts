/**
 * "Near me" and "My list", the finder's tools beside its results: in the drop-in, a file of their own, fetched when a
 * finder starts loading its directory (so they are there when its results are) or when the page has either element
 * itself (see drop-in.ts). `define.js` registers them with every other element.
 */
import { RfNearMe } from './components/rf-near-me/rf-near-me.js';
import { RfMyList } from './components/rf-my-list/rf-my-list.js';
import { register } from './register.js';

export { RfNearMe, RfMyList };

/** Registers `<rf-near-me>` and `<rf-my-list>` (once). */
export function defineTools(): true {
  register({ 'rf-near-me': RfNearMe, 'rf-my-list': RfMyList });
  return true;
}
