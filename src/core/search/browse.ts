import type { Resource } from '../feed/schema.js';
import type { SearchHit } from './word-index.js';

/** Every resource in feed order, unscored: what an empty query shows. */
export function browseHits(resources: readonly Resource[]): SearchHit[] {
  return resources.map((resource, index) => ({ resource, score: 0, terms: [], index }));
}
