// Types of the benchmark's generator, for the tests that use it as a fixed corpus.
export interface GeneratedQuery {
  kind: 'exact' | 'prefix' | 'typo' | 'accent' | 'multi';
  text: string;
  target: string;
}
export interface GeneratedFeed {
  title: string;
  language: string;
  resources: Array<Record<string, unknown> & { id: string; name: string }>;
}
export function rng(seed: number): () => number;
export function generateFeed(size: number, seed?: number): GeneratedFeed;
export function querySet(feed: GeneratedFeed, count?: number, seed?: number): GeneratedQuery[];
export function keystrokes(text: string, samples?: number): string[];
