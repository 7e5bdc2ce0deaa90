/** Real data for stories: the demo's sample directory, loaded like a visitor's browser would. */
import { parseFeed, type Resource } from '../src/index.js';

let cached: Promise<Resource[]> | undefined;

/** The sample directory's valid resources. */
export function sampleResources(): Promise<Resource[]> {
  cached ??= fetch('sample-feed.json')
    .then((r) => r.json())
    .then((data) => parseFeed(data).resources);
  return cached;
}

/** A Storybook loader that provides `resources` from the sample directory. */
export const withSample = async () => ({ resources: await sampleResources() });

/** Page-level theming tokens used by the Theming stories. */
export const themeStyle =
  '--rf-color-accent:#6b2fa3;--rf-color-accent-text:#5a2590;--rf-color-accent-soft:#f1e8fa;--rf-radius:1rem;--rf-spacing:1.25rem;--rf-font:16px/1.5 Georgia, serif;';
