import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { nextChange, type NextChange } from '../../core/hours/hours.js';
import { clockTime, weekdayName } from '../../core/text/format.js';
import type { TaxonomyTerm } from '../../core/feed/taxonomy.js';
import { formatDate, heading, HEADING_LEVELS } from './card-parts.js';
import { CardReport } from './report-part.js';
import { safeHref, telHref } from '../../core/text/links.js';
import { addressLine, localized } from '../../core/text/fold.js';
import type { Resource } from '../../core/feed/schema.js';
import { RfReferralRequestEvent, RfResourceSelectEvent, RfSaveToggleEvent } from '../../events.js';
import { OnDemand } from '../../controllers/on-demand.js';
import { isRtl } from '../../i18n/index.js';
import type { Messages, MessageOverrides } from '../../i18n/index.js';
import { baseStyles } from '../shared/base.styles.js';
import { freshness } from '../../core/feed/warnings.js';
import { LocaleController } from '../../controllers/locale.js';
import { LocalizedElement } from '../shared/localized.js';
import { renderHighlighted } from '../shared/highlight.js';
import { styles } from './rf-resource-card.styles.js';
import { numberFormat } from '../../core/text/intl.js';

let uid = 0;

/**
 * One resource: name as a heading, organization, categories, description with highlights, contact links,
 * open now / closed, languages, cost and last verified date; it expands to the full details.
 *
 * @summary A resource in the directory.
 * @slot actions - Extra actions shown at the bottom of the card.
 * @fires rf-resource-select - The visitor opened the details; detail `{ id }`.
 * @fires rf-save-toggle - The visitor saved or unsaved the resource; detail `{ id, saved }`.
 * @fires rf-referral-request - The visitor pressed "Request a referral" (resources that accept referrals); detail `{ id }`.
 * @fires rf-report-request - The visitor opened "Report a problem with this listing" (with `report-endpoint`); detail `{ id }`.
 * @csspart card - The article.
 * @csspart name - The heading.
 * @csspart details - The expanded details.
 * @csspart toggle - The show/hide details button.
 * @csspart referral - The "Request a referral" button.
 * @csspart report - The "Report a problem with this listing" button.
 * @csspart save - The Save button.
 * @csspart share-button - The Share button.
 * @csspart share - The sharing options.
 * @csspart print - The Print button.
 * @csspart alert - The resource's alert (an important notice from the feed).
 * @cssprop --rf-color-surface - Card background.
 * @cssprop --rf-radius - Corner radius.
 */
export class RfResourceCard extends LocalizedElement {
  static override styles = [baseStyles, styles];

  protected readonly locale = new LocaleController(this);

  /** The resource to show. */
  @property({ attribute: false }) resource?: Resource;

  /** Folded words to highlight (from a search hit's `terms`). */
  @property({ attribute: false }) terms: readonly string[] = [];

  /** Kilometres from the visitor (set by the finder when it knows their position). */
  @property({ attribute: false }) distance?: number;

  /** Shows the full details. */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /** Level of the name's heading (2 to 6). */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel: (typeof HEADING_LEVELS)[number] = 3;

  /** Whether the resource is in the visitor's list ("Save" shows as pressed). */
  @property({ type: Boolean }) saved = false;

  /** Hides the Save, Share and Print actions. */
  @property({ type: Boolean, attribute: 'no-actions' }) noActions = false;

  /** Hides the "Request a referral" action even when the resource accepts referrals. */
  @property({ type: Boolean, attribute: 'no-referral' }) noReferral = false;

  /**
   * Where reports of a wrong listing go (an `https:` URL that receives them as JSON): each card's details then offer
   * "Report a problem with this listing".
   */
  @property({ attribute: 'report-endpoint' }) reportEndpoint?: string;

  /** Who receives reports, as named to the visitor. Defaults to the endpoint's host. */
  @property({ attribute: 'report-recipient' }) reportRecipient?: string;

  /** Months after which "last verified" is flagged as possibly out of date. 0 turns the note off. */
  @property({ type: Number, attribute: 'stale-after' }) staleAfter = 12;

  /** Language of dates and language names; defaults to the element's or page's language. */
  @property({ attribute: 'ui-lang' }) uiLang?: string;

  /** A taxonomy that names categories given by id, when used outside a finder (a finder shares its feed's). */
  @property({ attribute: false }) taxonomy?: readonly TaxonomyTerm[];

  /** Overrides any message of the catalogue. */
  @property({ attribute: false }) messages?: MessageOverrides;

  private readonly detailsId = `rf-details-${++uid}`;
  /** Sharing and printing: a file of their own, loaded when first used. */
  private readonly sharer = new OnDemand(this, () => import('../shared/share.js'));
  /** The full details: a file of their own, loaded when a first card is opened. */
  private readonly details = new OnDemand(this, () => import('./card-details.js'));
  @state() private sharing = false;
  @state() private copied = false;
  private readonly report = new CardReport(this);

  private toggleSaved(): void {
    this.saved = !this.saved;
    if (this.resource)
      this.dispatchEvent(new RfSaveToggleEvent({ id: this.resource.id, saved: this.saved }));
  }

  private async share(): Promise<void> {
    const { shareNatively } = await this.sharer.load();
    if (!this.resource) return;
    if (await shareNatively([this.resource], this.locale.m)) return;
    this.copied = false;
    this.sharing = !this.sharing;
  }

  private async print(): Promise<void> {
    const { printResources } = await this.sharer.load();
    const lang = this.locale.lang;
    if (this.resource)
      printResources([this.resource], this.locale.m, lang, isRtl(lang) ? 'rtl' : 'ltr');
  }

  private renderShare(r: Resource, m: Messages): TemplateResult | typeof nothing {
    const share = this.sharing ? this.sharer.get() : undefined;
    if (!share) return nothing;
    const { sharePanel, shareData } = share;
    return sharePanel(shareData([r], m), m, {
      className: 'share',
      part: 'share',
      copied: this.copied,
      onCopied: (copied) => (this.copied = copied),
    });
  }

  private termSet = new Set<string>();

  /** An open card waits for its details' code, so that it is never drawn open and empty. */
  protected override get updateWaitsFor(): Promise<unknown> | undefined {
    const details = this.expanded && !this.details.loaded && !this.details.failed;
    const waits = [details ? this.details.load() : undefined, super.updateWaitsFor].filter(Boolean);
    return waits.length ? Promise.all(waits) : undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('terms')) this.termSet = new Set(this.terms);
    // A card reused for another resource starts collapsed, unless it is told to open in the same update (a
    // shared link's resource arriving in a slot that showed another one).
    if (
      changed.get('resource') !== undefined &&
      changed.get('resource')?.id !== this.resource?.id &&
      !changed.has('expanded')
    ) {
      this.expanded = false;
      this.report.reset();
    }
  }

  /** Moves focus to the card's "Show details" button. */
  focusDetailsButton(): void {
    this.renderRoot.querySelector<HTMLElement>('button[part="toggle"]')?.focus();
  }

  private toggle(): void {
    this.expanded = !this.expanded;
    if (this.expanded && this.resource)
      this.dispatchEvent(new RfResourceSelectEvent({ id: this.resource.id }));
  }

  /**
   * What a visitor most often does next, in one row: call the first number (or, without a phone, open the website),
   * ask for a referral, and the control that shows the details, which open right after it (next in reading and focus
   * order). Save, share and print stay together beside the name, so that neither row wraps on a phone.
   */
  private renderMainActions(r: Resource, m: Messages, website?: string): TemplateResult {
    const phone = r.phones?.[0];
    const tel = phone ? telHref(phone.number) : undefined;
    const referral = r.referral?.accepts && !this.noReferral;
    return html`<div class="main-actions">
      ${
        tel
          ? html`<a
              class="button primary"
              part="call"
              href=${tel}
              aria-label=${m.callNumber(phone!.number)}
              >${m.call}</a
            >`
          : website
            ? html`<a
                class="button primary"
                part="visit"
                href=${website}
                rel="noopener noreferrer"
                referrerpolicy="no-referrer"
                target="_blank"
                aria-label=${m.visitWebsite(new URL(website).host)}
                >${m.website}</a
              >`
            : nothing
      }
      ${
        referral
          ? html`<button
              type="button"
              part="referral"
              class="button ${tel ? '' : 'primary'}"
              @click=${() => this.dispatchEvent(new RfReferralRequestEvent({ id: r.id, resource: r }))}
            >
              ${m.referral.requestAction}
            </button>`
          : nothing
      }
      <button
        type="button"
        part="toggle"
        class="button toggle-details"
        aria-expanded=${String(this.expanded)}
        aria-controls=${this.detailsId}
        @click=${this.toggle}
      >
        ${this.expanded ? m.hideDetails : m.showDetails}
      </button>
    </div>`;
  }

  /** "Open now · closes at 5:00 PM", "Closed now · opens tomorrow at 9:00 AM", on the visitor's clock. */
  private openText(m: Messages, next: NextChange | undefined): string {
    if (!next) return m.openNow; // open around the clock
    const lang = this.locale.lang;
    const time = clockTime(next.time, lang);
    const say = next.open ? m.closes : m.opens;
    const when =
      next.inDays === 0
        ? say.today(time)
        : next.inDays === 1
          ? say.tomorrow(time)
          : say.on(weekdayName(next.day, lang), time);
    return `${next.open ? m.openNow : m.closedNow} · ${when}`;
  }

  private isStale(r: Resource): boolean {
    return freshness(r.lastVerified, new Date(), this.staleAfter) === 'stale';
  }

  override render(): TemplateResult | typeof nothing {
    const r = this.resource;
    if (!r) return nothing;
    const m = this.locale.m;
    const lang = this.locale.lang;
    const text = localized(r, lang);
    const now = new Date();
    const next = nextChange(r.hours, now);
    const open = next ? next.open : r.hours?.weekly.length ? true : undefined;
    const website = safeHref(r.website);
    const address = addressLine(r);
    const stale = this.isStale(r);
    const leafCategories = [
      ...new Set((r.categories ?? []).map((c) => this.locale.categoryPath(c).at(-1)!)),
    ];
    return html`
      <article part="card" class="card" aria-labelledby="name">
        <header>
          <div id="name">
            ${heading(this.headingLevel, renderHighlighted(text.name, this.termSet))}
          </div>
          ${r.organization ? html`<p class="org muted" dir="auto">${renderHighlighted(r.organization, this.termSet)}</p>` : nothing}
          <ul class="badges" role="list">
            ${r.status === 'temporarily-closed' ? html`<li class="badge closed-temp">${m.temporarilyClosed}</li>` : nothing}
            ${open === true && r.status !== 'temporarily-closed' ? html`<li class="badge open">${this.openText(m, next)}</li>` : nothing}
            ${open === false ? html`<li class="badge closed">${this.openText(m, next)}</li>` : nothing}
            ${r.cost?.free ? html`<li class="badge free">${m.free}</li>` : nothing}
            ${
              this.distance !== undefined && !r.confidential
                ? html`<li class="badge distance">
                    ${m.distanceAway(
                      numberFormat(lang, {
                        style: 'unit',
                        unit: 'kilometer',
                        maximumFractionDigits: this.distance < 10 ? 1 : 0,
                      }).format(this.distance),
                    )}
                  </li>`
                : nothing
            }
            ${leafCategories.map((c) => html`<li class="badge cat" dir="auto">${renderHighlighted(c, this.termSet)}</li>`)}
          </ul>
          <div class="actions" part="secondary-actions">
            <slot name="actions"></slot>
            ${
              this.noActions
                ? nothing
                : html`<button
                      type="button"
                      part="save"
                      class="button"
                      aria-pressed=${String(this.saved)}
                      @click=${this.toggleSaved}
                    >
                      ${this.saved ? m.list.saved : m.list.save}
                    </button>
                    <button
                      type="button"
                      part="share-button"
                      class="button"
                      aria-expanded=${String(this.sharing)}
                      @click=${this.share}
                    >
                      ${m.list.share}
                    </button>
                    <button type="button" part="print" class="button" @click=${this.print}>
                      ${m.list.print}
                    </button>`
            }
          </div>
        </header>
        ${this.renderShare(r, m)}
        ${r.alert ? html`<p class="alert" part="alert" dir="auto">${r.alert}</p>` : nothing}
        ${
          text.description
            ? html`<p class="description ${this.expanded ? '' : 'clamped'}" dir="auto">
                <span class="text" dir="auto"
                  >${renderHighlighted(text.description, this.termSet)}</span
                >
              </p>`
            : nothing
        }
        ${
          // At a glance: where, and the number to call (the full contact details are in the details).
          html`<p class="glance small muted">
            ${address && !this.expanded ? html`<bdi class="where">${address}</bdi>` : nothing}
            ${r.phones?.length && !this.expanded ? html`<span class="number" dir="ltr">${r.phones[0]!.number}</span>` : nothing}
            <span class="verified ${stale ? 'stale' : ''}"
              >${r.lastVerified ? m.lastVerified(formatDate(r.lastVerified, lang)) : m.notVerified}${stale ? html`<strong class="stale-note"> · ${m.staleNotice}</strong>` : nothing}</span
            >
          </p>`
        }
        ${this.renderMainActions(r, m, website)}
        <div id=${this.detailsId} part="details" class="details" ?hidden=${!this.expanded}>
          ${this.expanded ? (this.details.get()?.detailsBlock(r, m, lang, now, this.locale) ?? nothing) : nothing}
          ${this.report.render(r, m, lang, this.reportEndpoint, this.reportRecipient)}
        </div>
      </article>
    `;
  }
}
