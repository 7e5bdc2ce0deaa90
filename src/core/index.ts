/**
 * The core of resource-finder: no DOM, no lit. Every folder but `edge/` is pure TypeScript; `edge/` holds what
 * touches the network, workers and timers (fetch, the search worker, slicing long work).
 */
export * from './feed/schema.js';
export * from './feed/records.js';
export * from './feed/problems.js';
export * from './feed/same-records.js';
export * from './feed/read.js';
export * from './feed/stream.js';
export * from './feed/warnings.js';
export * from './feed/taxonomy.js';
export * from './feed/read-taxonomy.js';
export * from './hsds/mapping.js';
export * from './hsds/to-hsds.js';
export * from './text/fold.js';
export * from './text/links.js';
export * from './text/patterns.js';
export * from './hours/hours.js';
export * from './search/word-index.js';
export * from './search/needs.js';
export * from './search/suggest.js';
export { editDistance, allowedEdits, STOP_WORDS, FILLER_WORDS } from './search/words.js';
export * from './steps/steps.js';
export * from './filters/facets.js';
export * from './filters/distance.js';
export * from './referral/referral.js';
export * from './safety/triple-key.js';
export * from './view/view.js';
export * from './view/store.js';
export * from './view/directory.js';
export * from './view/local-directory.js';
export * from './view/url-state.js';
export * from './list/my-list.js';
export * from './list/summary.js';
export * from './edge/load-feed.js';
export * from './edge/create-engine.js';
export * from './edge/worker-engine.js';
export * from './edge/slices.js';
export * from './edge/page-directory.js';
export * from './edge/worker-directory.js';
export * from './edge/server-directory.js';
export * from './edge/send-referral.js';
export { rareLanguageCode } from './hsds/rare-languages.js';
