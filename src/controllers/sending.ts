/**
 * Where a form's request stands (a referral, a report of a wrong listing), and the sending itself: editing, sending
 * (which the visitor can stop), failed (with the next automatic try counted down), sent (with the receiver's
 * reference) or handed to the email app. One request at a time: sending again, by hand, replaces the attempt under
 * way, whose outcome is then dropped.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SendFailed, SendOptions, SendResult } from '../core/edge/send-referral.js';

/** Where a request stands. */
export type SendingStatus = 'editing' | 'sending' | 'failed' | 'sent' | 'mailto';

/** How long to wait and how to retry (the form's `timeout`, `total-timeout` and `backoff`). */
export interface SendingTimes {
  timeout: number;
  total: number;
  backoff: number;
}

/** Sends one request: `sendReferral` or `sendReport`. */
export type Sender<P, F extends string> = (
  endpoint: string,
  payload: P,
  options: SendOptions<F>,
) => Promise<SendResult<F>>;

export class Sending<P, F extends string> implements ReactiveController {
  status: SendingStatus = 'editing';
  /** The last failure, shown while failed (and while an automatic retry waits). */
  failure?: SendFailed<F>;
  /** Milliseconds before the next automatic try, 0 when none is waiting. */
  retryDelay = 0;
  /** The receiver's reference, once sent. */
  reference?: string;
  private controller?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly sender: Sender<P, F>,
    private readonly times: () => SendingTimes,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.controller?.abort();
  }

  /** Whether the request under way can be stopped (a host that sends its own way cannot be stopped from here). */
  get stoppable(): boolean {
    return this.status === 'sending' && !!this.controller;
  }

  /** Shows the form in a new state, leaving the rest as it is. */
  show(status: SendingStatus, outcome: { failure?: SendFailed<F>; reference?: string } = {}): void {
    this.status = status;
    if ('failure' in outcome) this.failure = outcome.failure;
    if ('reference' in outcome) this.reference = outcome.reference;
    this.host.requestUpdate();
  }

  /** Back to an empty form: stops what is under way and forgets the outcome. */
  reset(): void {
    this.controller?.abort();
    this.retryDelay = 0;
    this.show('editing', { failure: undefined, reference: undefined });
  }

  /** Stops sending: the outcome says whether the request may have arrived. */
  stop(): void {
    this.controller?.abort();
  }

  /**
   * Sends the request, showing progress, failures and automatic retries as they come. Resolves with the outcome, or
   * undefined when a later send replaced this one (that one reports).
   */
  async send(payload: P, endpoint: string, retries: number): Promise<SendResult<F> | undefined> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.show('sending');
    const result = await this.sender(endpoint, payload, {
      ...this.times(),
      retries,
      signal: controller.signal,
      onAttempt: () => this.show('sending'),
      onRetry: (delay, failure) => {
        this.retryDelay = delay;
        this.show('failed', { failure });
      },
    });
    if (this.controller !== controller) return undefined;
    this.controller = undefined;
    this.retryDelay = 0;
    if (result.ok) this.show('sent', { reference: result.reference });
    else this.show(result.fieldErrors ? 'editing' : 'failed', { failure: result });
    return result;
  }
}
