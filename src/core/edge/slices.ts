/**
 * Cooperative scheduling: long loops over a big feed run in slices and give the page back between them, so that
 * typing, scrolling and the progress display never wait more than a frame.
 */
import type { Steps } from '../steps/steps.js';

/** Milliseconds of work per slice before the page gets the thread back. */
export const SLICE_MS = 8;

/**
 * Lets the page handle input, timers and paint before the caller continues: a new task, queued behind whatever the
 * page has waiting (a message to itself, which is not slowed down like nested timers are). Not `scheduler.yield()`:
 * its continuations jump the queue, and the page's own timers would wait until the whole job is done.
 */
export function yieldToPage(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `steps` in slices of about {@link SLICE_MS}, giving the page back between slices; `onProgress` hears how far
 * it has got (0 to 1) at each break. A short computation finishes in one slice, without waiting.
 */
export async function runStepsInSlices<T>(
  steps: Steps<T>,
  onProgress?: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<T> {
  let end = performance.now() + SLICE_MS;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() > end) {
      onProgress?.(step.value);
      await yieldToPage();
      signal?.throwIfAborted();
      end = performance.now() + SLICE_MS;
    }
  }
}
