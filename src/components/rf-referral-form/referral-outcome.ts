/**
 * What the referral form says about a request once it has left the form: who keeps what, what happens next, and the
 * sent, email and failed panels, as templates over the form's state. The form element owns the state and the sending.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SendFailed } from '../../core/edge/send-referral.js';
import type { ReferralFields } from '../../core/referral/referral.js';
import type { ReferralMessages } from '../../i18n/messages.js';

/**
 * Who receives the request and who keeps what, as far as the host has said: the form cannot know what an endpoint
 * stores, so it claims nothing about copies unless told (`copy-kept-by`, `no-copy-kept`).
 */
export function privacyText(
  m: ReferralMessages,
  recipient: string,
  keeper: string | undefined,
  noCopyKept: boolean,
): string {
  return [
    m.privacy(recipient),
    noCopyKept && !keeper ? m.privacyNoCopy : '',
    keeper ? m.privacyCopy(keeper) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** What happens next, as chosen: a call or an email that leaves no message when a message is not safe. */
export function nextSteps(m: ReferralMessages, values: ReferralFields, recipient: string): string {
  const { contactMethod, messageSafe } = values;
  const quiet = messageSafe === 'no' && (contactMethod === 'phone' || contactMethod === 'email');
  return `${m.nextSteps[contactMethod](recipient)}${quiet ? ` ${m.noMessage}` : ''}`;
}

/** The confirmation: received, the reference when the receiver gave a usable one, and what happens next. */
export function sentPanel(
  m: ReferralMessages,
  recipient: string,
  values: ReferralFields,
  reference: string | undefined,
  onNewRequest: () => void,
): TemplateResult {
  const next = nextSteps(m, values, recipient);
  return html`<div part="status" class="panel sent" role="status">
    <h3 tabindex="-1" data-focus>${m.sentTitle}</h3>
    <p>${m.sentBody(recipient)}</p>
    ${
      reference
        ? html`<p class="reference">${m.reference}: <strong dir="auto">${reference}</strong></p>
            <p>${next} ${values.contactMethod === 'none' ? m.giveReference : m.keepReference}</p>`
        : html`<p>${next}</p>
            <p>${m.noReference(recipient)}</p>`
    }
    <button type="button" class="button" @click=${onNewRequest}>${m.newRequest}</button>
  </div>`;
}

/** For an organization that takes requests by email only: the prefilled email to open. */
export function mailtoPanel(m: ReferralMessages, recipient: string, href: string): TemplateResult {
  return html`<div part="status" class="panel" role="status">
    <p tabindex="-1" data-focus>${m.emailIntro(recipient)}</p>
    <a class="button primary" href=${href}>${m.openEmail}</a>
  </div>`;
}

/**
 * A failure, said truthfully: "not sent" only when the receiver refused it; "could not confirm" when it may have
 * arrived. Everything typed is kept; the next automatic try is counted down; Retry when it may work.
 */
export function failedPanel(
  m: ReferralMessages,
  recipient: string,
  failure: SendFailed,
  retryDelay: number,
  onRetry: () => void,
): TemplateResult {
  return html`<div part="status" class="panel failed" role="alert">
    <p tabindex="-1" data-focus>
      ${
        failure.uncertain
          ? html`<strong>${m.uncertain}</strong> ${m.failedKinds[failure.kind]}
              ${m.uncertainBody(recipient)}`
          : html`<strong>${m.failed}</strong> ${m.failedKinds[failure.kind]}`
      }
      ${m.keptNote}
    </p>
    ${retryDelay ? html`<p class="muted">${m.retryingIn(Math.round(retryDelay / 1000))}</p>` : nothing}
    ${failure.retryable ? html`<button type="button" class="button primary" @click=${onRetry}>${m.retry}</button>` : nothing}
  </div>`;
}
