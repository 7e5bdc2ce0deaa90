import { property } from 'lit/decorators.js';
import { Sending, type Sender } from '../../controllers/sending.js';
import { LocalizedElement } from './localized.js';

/**
 * A form that sends one request at a time with one Idempotency-Key, retrying (the referral form, the report form):
 * how long it waits and how it retries, and the {@link Sending} controller that does it.
 */
export abstract class SendingForm<P, F extends string> extends LocalizedElement {
  /** Milliseconds before one attempt is given up. */
  @property({ type: Number }) timeout = 10000;

  /** Milliseconds before the whole send (every attempt and wait) is given up. */
  @property({ type: Number, attribute: 'total-timeout' }) totalTimeout = 30000;

  /** Automatic retries after network and server errors. */
  @property({ type: Number }) retries = 3;

  /** Milliseconds before the first automatic retry (doubled each time). */
  @property({ type: Number }) backoff = 1000;

  protected readonly sending: Sending<P, F>;

  constructor(sender: Sender<P, F>) {
    super();
    this.sending = new Sending(this, sender, () => ({
      timeout: this.timeout,
      total: this.totalTimeout,
      backoff: this.backoff,
    }));
  }
}
