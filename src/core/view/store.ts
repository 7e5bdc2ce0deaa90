/**
 * The view state: one {@link View}, changed through one entry point, heard by whoever subscribes (the elements, URL
 * sync, events). Pure: no DOM, no lit; the finder's controller connects it to elements.
 */
import { applyPatch, changesNothing, DEFAULT_VIEW, type View, type ViewPatch } from './view.js';

/** Who made a change: the visitor, code setting a property or attribute, or the URL. */
export type ViewCause = 'visitor' | 'code' | 'url';

/** Hears each change: the view before and after, which keys changed, and who changed it. */
export type ViewListener = (
  view: View,
  change: {
    readonly previous: View;
    readonly keys: ReadonlySet<keyof View>;
    readonly cause: ViewCause;
  },
) => void;

/** Holds one view; {@link update} is the only way to change it. */
export class ViewStore {
  private current: View;
  private readonly listeners = new Set<ViewListener>();

  constructor(initial: Partial<View> = {}) {
    this.current = { ...DEFAULT_VIEW, ...initial };
  }

  /** The view now. */
  get view(): View {
    return this.current;
  }

  /** Applies `patch`; listeners hear it when it changes anything. Returns whether it did. */
  update(patch: ViewPatch, cause: ViewCause = 'code'): boolean {
    if (changesNothing(this.current, patch)) return false;
    const previous = this.current;
    this.current = applyPatch(previous, patch);
    const keys = new Set(
      (Object.keys({ ...previous, ...this.current }) as Array<keyof View>).filter(
        (k) => !changesNothing(previous, { [k]: this.current[k] }),
      ),
    );
    for (const listener of [...this.listeners]) listener(this.current, { previous, keys, cause });
    return true;
  }

  /** Calls `listener` on every change until the returned function is called. */
  subscribe(listener: ViewListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
