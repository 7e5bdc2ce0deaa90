/**
 * The report form's events. Apart from events.ts (which the first load carries): only the form, loaded on demand,
 * dispatches them. Exported with the others from the package's main entry.
 */
const init = { bubbles: true, composed: true } as const;

/** A problem report was delivered; `reference` is the receiver's, verbatim. */
export class RfReportSuccessEvent extends Event {
  static readonly eventName = 'rf-report-success';
  constructor(readonly detail: { reference: string | undefined; resourceId: string }) {
    super(RfReportSuccessEvent.eventName, init);
  }
}

/** A problem report could not be confirmed as delivered (like `rf-referral-error`). */
export class RfReportErrorEvent extends Event {
  static readonly eventName = 'rf-report-error';
  constructor(readonly detail: { message: string; retryable: boolean; uncertain: boolean }) {
    super(RfReportErrorEvent.eventName, init);
  }
}

/** The report form is done with: cancelled, or closed after sending. The card hides it. */
export class RfReportCloseEvent extends Event {
  static readonly eventName = 'rf-report-close';
  constructor() {
    super(RfReportCloseEvent.eventName, init);
  }
}

declare global {
  interface HTMLElementEventMap {
    'rf-report-success': RfReportSuccessEvent;
    'rf-report-error': RfReportErrorEvent;
    'rf-report-close': RfReportCloseEvent;
  }
}
