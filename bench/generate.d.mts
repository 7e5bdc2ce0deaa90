// Types of the benchmark's generator, for the tests that use it as a fixed corpus.
export interface GeneratedQuery {
  kind: 'exact' | 'prefix' | 'typo' | 'accent' | 'multi';
  text: string;
  target: string;
}
export function rng(seed: number): () => number;
export function generateFeed(
  size: number,
  seed?: number,
): Array<Record<string, unknown> & { id: string }>;
export function querySet(feed: unknown[], count?: number, seed?: number): GeneratedQuery[];
export function keystrokes(text: string, samples?: number): string[];
