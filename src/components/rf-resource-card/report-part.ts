/**
 * A card's "Report a problem with this listing": whether its form is open, opening it (the form's file loads on the
 * first request, then focus goes into it) and closing it (focus back on the button). The form itself is
 * `<rf-report-form>`.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Resource } from '../../core/feed/schema.js';
import { secureEndpoint } from '../../core/text/links.js';
import { RfReportRequestEvent } from '../../events.js';
import type { Messages } from '../../i18n/index.js';

/** What the report part asks of its card. */
type Card = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The state of a card's report form, and its part of the card's template. */
export class CardReport {
  /** Whether the form is open. */
  open = false;

  constructor(private readonly card: Card) {}

  /** Closes the form (the card shows another resource). */
  reset(): void {
    this.open = false;
  }

  /** Opens the form, with focus in it, or closes it. */
  private async toggle(r: Resource): Promise<void> {
    this.open = !this.open;
    this.card.requestUpdate();
    if (!this.open) return;
    this.card.dispatchEvent(new RfReportRequestEvent({ id: r.id }));
    await customElements.whenDefined('rf-report-form');
    await this.card.updateComplete;
    const form = this.card.renderRoot.querySelector<
      HTMLElement & { updateComplete: Promise<boolean> }
    >('rf-report-form');
    await form?.updateComplete;
    form?.focus();
  }

  private close(): void {
    this.open = false;
    this.card.requestUpdate();
    this.card.renderRoot.querySelector<HTMLElement>('button[part="report"]')?.focus();
  }

  /** The button and, open, the form; nothing unless reports go to an https: address. */
  render(
    r: Resource,
    m: Messages,
    lang: string,
    endpoint: string | undefined,
    recipient: string | undefined,
  ): TemplateResult | typeof nothing {
    if (!endpoint || !secureEndpoint(endpoint, location.href)) return nothing;
    return html`<div class="report">
      <button
        type="button"
        part="report"
        class="button"
        aria-expanded=${String(this.open)}
        @click=${() => this.toggle(r)}
      >
        ${m.reportProblem}
      </button>
      ${
        this.open
          ? html`<rf-report-form
              .resource=${r}
              endpoint=${endpoint}
              recipient=${recipient ?? nothing}
              ui-lang=${lang}
              @rf-report-close=${() => this.close()}
            ></rf-report-form>`
          : nothing
      }
    </div>`;
  }
}
