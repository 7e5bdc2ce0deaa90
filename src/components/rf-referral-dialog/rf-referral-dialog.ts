import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Resource } from '../../core/feed/schema.js';
import type { MessageOverrides } from '../../i18n/index.js';
import { LocaleController } from '../../controllers/locale.js';
import { formMessages, referralWordsLoading } from '../../i18n/referral/index.js';
import { LocalizedElement } from '../shared/localized.js';
import { baseStyles } from '../shared/base.styles.js';
import { styles } from './rf-referral-dialog.styles.js';

/**
 * The referral form in a modal dialog: {@link RfReferralDialog.show} opens it for a resource; Escape or "Close"
 * closes it and focus goes back to where the visitor was. What the form sends and to whom is the form's concern.
 *
 * @summary A modal dialog holding the referral form for one resource.
 * @fires rf-referral-submit - From the form (cancelable); detail: the referral.
 * @fires rf-referral-success - From the form; detail `{ reference, resourceId }`.
 * @fires rf-referral-error - From the form; detail `{ message, retryable }`.
 * @csspart dialog - The dialog.
 */
export class RfReferralDialog extends LocalizedElement {
  static override styles = [baseStyles, styles];

  /** Receives referrals for resources that name no endpoint of their own. */
  @property() endpoint?: string;

  /** Who else keeps a copy of each request (see `<rf-referral-form copy-kept-by>`). */
  @property({ attribute: 'copy-kept-by' }) copyKeptBy?: string;

  /** The host declares that its website keeps no copy of requests. */
  @property({ type: Boolean, attribute: 'no-copy-kept' }) noCopyKept = false;

  /** Language of the messages; defaults to the finder's, else the nearest `lang`. */
  @property({ attribute: 'ui-lang' }) uiLang?: string;

  /** Overrides any message of the catalogue. */
  @property({ attribute: false }) messages?: MessageOverrides;

  /** The resource whose form is open. */
  @state() private resource?: Resource;
  private opener?: HTMLElement;

  @query('dialog') private dialog?: HTMLDialogElement;

  protected readonly locale = new LocaleController(this);

  /** Its words come with it, in the visitor's language: its updates wait for them. */
  protected override readonly ownWords = referralWordsLoading;

  /** Opens the form for `resource`; focus returns to `opener` when it closes. */
  show(resource: Resource, opener?: HTMLElement): void {
    this.opener = opener;
    this.resource = resource;
  }

  /** Closes the dialog. */
  close(): void {
    this.dialog?.close();
  }

  /** Whether the dialog is open. */
  get open(): boolean {
    return !!this.dialog?.open;
  }

  override updated(changed: PropertyValues): void {
    if (changed.has('resource') && this.resource && this.dialog && !this.dialog.open)
      this.dialog.showModal();
  }

  private onClose(): void {
    this.resource = undefined;
    // Back to the button that opened the form.
    this.opener?.focus();
  }

  override render(): TemplateResult {
    const r = this.resource;
    const m = formMessages(this.locale.m, this.locale.lang);
    return html`<dialog
      part="dialog"
      class="dialog"
      aria-labelledby="dialog-title"
      @close=${this.onClose}
    >
      ${
        r
          ? html`<div class="dialog-head">
                <h2 id="dialog-title">${m.referral.title(r.organization ?? r.name)}</h2>
                <button type="button" class="button" @click=${this.close}>
                  ${m.referral.close}
                </button>
              </div>
              <rf-referral-form
                .resource=${r}
                .messages=${this.messages}
                endpoint=${r.referral?.endpoint ?? this.endpoint ?? nothing}
                copy-kept-by=${this.copyKeptBy ?? nothing}
                ?no-copy-kept=${this.noCopyKept}
              ></rf-referral-form>`
          : nothing
      }
    </dialog>`;
  }
}
