import { LitElement } from 'lit';
import type { LocaleController } from '../../controllers/locale.js';
import { whileLoading } from '../../i18n/catalogues.js';

/**
 * An element whose words come from a catalogue. English is always at hand; another language's catalogue is a file of
 * its own, fetched once: until it has arrived, the element's update waits, so that nothing is drawn in English first
 * and `updateComplete` resolves on the text the visitor will read.
 */
export abstract class LocalizedElement extends LitElement {
  protected abstract readonly locale: LocaleController;

  /**
   * What the next update waits for: the catalogue it shows, while that loads (an element that draws with code
   * loaded on demand waits for that code too).
   */
  protected get updateWaitsFor(): Promise<unknown> | undefined {
    return whileLoading(this.locale.loading, this.ownWords?.(this.locale.lang));
  }

  /** Words of its own beside the catalogue, in a language (a form's: `src/i18n/referral/`), loading until they come. */
  protected readonly ownWords?: (lang: string) => Promise<unknown> | undefined;

  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.updateWaitsFor;
    // What failed to arrive does not stop the update: it draws without it, and asks again next time.
    return loading
      ? loading.then(
          () => super.scheduleUpdate(),
          () => super.scheduleUpdate(),
        )
      : super.scheduleUpdate();
  }
}
