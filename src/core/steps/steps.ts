/** Long computations written as generators, so the same code runs whole (in a worker, a test) or in slices. Pure. */

/** A long computation written as a generator: it yields how far it has got (0 to 1) now and then, and returns its result. */
export type Steps<T> = Generator<number, T, void>;

/** Runs `steps` to the end at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
