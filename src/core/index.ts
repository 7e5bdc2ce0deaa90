/** The pure core of resource-finder: no DOM, no lit. */
export * from './schema.js';
export * from './feed.js';
export * from './load.js';
export * from './hsds.js';
export * from './text.js';
export * from './links.js';
export * from './hours.js';
export * from './search.js';
export * from './filters.js';
export * from './referral.js';
export * from './quality.js';
export * from './quick-exit.js';
export * from './geo.js';
export * from './url-state.js';
export * from './list.js';
