/** Quick exit: recognizing three presses of Shift in a row. Pure: the element feeds it key events. */

/** Options of {@link tripleKeyDetector}. */
export interface TripleKeyOptions {
  /** The key to press (KeyboardEvent.key). Default "Shift". */
  key?: string;
  /** How many presses. Default 3. */
  presses?: number;
  /** Milliseconds within which all presses must happen. Default 1500. */
  within?: number;
}

/**
 * Returns a function to call with each key press (`key`, `time` in ms, `repeat` for auto-repeat while held); it
 * answers true on the press that completes the sequence. Any other key, a held key, or a pause breaks the sequence.
 */
export function tripleKeyDetector(
  options: TripleKeyOptions = {},
): (key: string, time: number, repeat?: boolean) => boolean {
  const { key: target = 'Shift', presses = 3, within = 1500 } = options;
  let times: number[] = [];
  return (key, time, repeat = false) => {
    if (key !== target || repeat) {
      if (key !== target) times = [];
      return false;
    }
    times = [...times.filter((t) => time - t <= within), time];
    if (times.length >= presses) {
      times = [];
      return true;
    }
    return false;
  };
}
