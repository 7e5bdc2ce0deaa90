/** Real data for stories: the demo's sample directory, loaded like a visitor's browser would. */
import { parseFeed, type Resource, type TaxonomyTerm } from '../src/index.js';

let cached: Promise<{ resources: Resource[]; taxonomy: readonly TaxonomyTerm[] }> | undefined;

/** The sample directory's valid resources, and its taxonomy (which names their categories). */
export function sampleDirectory(): Promise<{
  resources: Resource[];
  taxonomy: readonly TaxonomyTerm[];
}> {
  cached ??= fetch('sample-feed.json')
    .then((r) => r.json())
    .then((data) => {
      const { resources, meta } = parseFeed(data);
      return { resources, taxonomy: meta.taxonomy ?? [] };
    });
  return cached;
}

/** A Storybook loader that provides `resources` and `taxonomy` from the sample directory. */
export const withSample = () => sampleDirectory();

/** Page-level theming tokens used by the Theming stories. */
export const themeStyle =
  '--rf-color-accent:#6b2fa3;--rf-color-accent-text:#5a2590;--rf-color-accent-soft:#f1e8fa;--rf-radius:1rem;--rf-spacing:1.25rem;--rf-font:16px/1.5 Georgia, serif;';
