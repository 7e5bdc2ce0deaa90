/** Quick exit: recognizing three presses of Shift in a row. Pure: the element feeds it key events. */

/** Options of {@link tripleKeyDetector}. */
export interface TripleKeyOptions {
  /** The key to press (KeyboardEvent.key). Default "Shift". */
  key?: string;
  /** How many presses. Default 3. */
  presses?: number;
  /** Milliseconds within which all presses must happen, from the first. Default 5000 (GOV.UK's "Exit this page"). */
  within?: number;
}

/**
 * Returns a function to call with each key press (`key`, `time` in ms, `repeat` for auto-repeat while held); it
 * answers how many presses of the sequence have been made: 1, 2, … up to `presses` on the press that completes it
 * (then it starts again), 0 when the sequence is broken or not started. Any other key, a held key, or running out of
 * time (counted from the first press) breaks it.
 */
export function keyPressCounter(
  options: TripleKeyOptions = {},
): (key: string, time: number, repeat?: boolean) => number {
  const { key: target = 'Shift', presses = 3, within = 5000 } = options;
  let first = 0;
  let count = 0;
  return (key, time, repeat = false) => {
    if (key !== target) return (count = 0);
    if (repeat) return count;
    if (count === 0 || time - first > within) {
      first = time;
      count = 0;
    }
    count += 1;
    const reached = count;
    if (count >= presses) count = 0;
    return reached;
  };
}

/** {@link keyPressCounter} as a yes-or-no: true on the press that completes the sequence. */
export function tripleKeyDetector(
  options: TripleKeyOptions = {},
): (key: string, time: number, repeat?: boolean) => boolean {
  const presses = options.presses ?? 3;
  const count = keyPressCounter(options);
  return (key, time, repeat) => count(key, time, repeat) === presses;
}
