import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { TaxonomyTerm } from '../../core/feed/taxonomy.js';
import type { Resource } from '../../core/feed/schema.js';
import { RfListChangeEvent } from '../../events.js';
import type { Messages, MessageOverrides } from '../../i18n/index.js';
import { LocaleController } from '../../controllers/locale.js';
import { LocalizedElement } from '../shared/localized.js';
import { OnDemand } from '../../controllers/on-demand.js';
import { baseStyles } from '../shared/base.styles.js';
import { disclosureButton } from '../shared/disclosure.js';
import { styles } from './rf-my-list.styles.js';

/**
 * "My list": the resources a visitor saved, behind a toggle button, with print, share and clear. The list itself
 * belongs to the host (the finder keeps the ids, in memory or, when asked, in storage); this element shows it and
 * says what the visitor changed.
 *
 * @summary The visitor's saved resources, to print or share.
 * @fires rf-list-change - The visitor removed a resource or cleared the list; detail `{ ids }`.
 * @csspart list-toggle - The "My list" button.
 * @csspart list - The list panel.
 * @csspart list-share - The list's sharing options.
 */
export class RfMyList extends LocalizedElement {
  static override styles = [baseStyles, styles];

  /** The saved resources, in the order they were saved. */
  @property({ attribute: false }) resources: readonly Resource[] = [];

  /** Whether the panel is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Language of the messages; defaults to the finder's, else the nearest `lang`. */
  @property({ attribute: 'ui-lang' }) uiLang?: string;

  /** Overrides any message of the catalogue. */
  @property({ attribute: false }) messages?: MessageOverrides;

  /** A taxonomy that names categories given by id, when used outside a finder (a finder shares its feed's). */
  @property({ attribute: false }) taxonomy?: readonly TaxonomyTerm[];

  @state() private sharing = false;
  @state() private copied = false;
  /** Notes to print with each resource, by id: in memory only, never sent, never stored. */
  private readonly notes = new Map<string, string>();

  protected readonly locale = new LocaleController(this);

  private change(ids: string[]): void {
    this.dispatchEvent(new RfListChangeEvent({ ids }));
  }

  /** Sharing and printing: a file of their own, loaded when first used. */
  private readonly sharer = new OnDemand(this, () => import('../shared/share.js'));

  private async share(m: Messages): Promise<void> {
    const { shareNatively } = await this.sharer.load();
    if (await shareNatively(this.resources, m)) return;
    this.copied = false;
    this.sharing = !this.sharing;
  }

  private renderItems(m: Messages): TemplateResult {
    const items = this.resources;
    const { lang, dir } = this.locale;
    const sharer = this.sharing ? this.sharer.get() : undefined;
    const share = sharer?.shareData(items, m);
    // Each saved resource as a card: its phone, address and open status at a glance, its details in place.
    return html`<ul role="list" class="items">
        ${items.map(
          (r) =>
            html`<li>
              <rf-resource-card
                .resource=${r}
                heading-level="3"
                no-actions
                no-referral
                .messages=${this.messages}
                .taxonomy=${this.taxonomy}
                ui-lang=${lang}
              ></rf-resource-card>
              <label class="note">
                <span>${m.list.noteLabel}</span>
                <textarea
                  class="control"
                  rows="2"
                  autocomplete="off"
                  .value=${this.notes.get(r.id) ?? ''}
                  @input=${(e: Event) => this.notes.set(r.id, (e.target as HTMLTextAreaElement).value)}
                ></textarea>
              </label>
              <button
                type="button"
                class="link-button remove"
                aria-label=${`${m.list.remove}: ${r.name}`}
                @click=${() => this.change(items.filter((x) => x !== r).map((x) => x.id))}
              >
                ${m.list.remove}
              </button>
            </li>`,
        )}
      </ul>
      <div class="list-actions">
        <button
          type="button"
          class="button"
          @click=${async () =>
            (await this.sharer.load()).printResources(items, m, lang, dir, this.notes)}
        >
          ${m.list.printList}
        </button>
        <button
          type="button"
          class="button"
          aria-expanded=${String(this.sharing)}
          @click=${() => this.share(m)}
        >
          ${m.list.shareList}
        </button>
        <button type="button" class="button" @click=${() => this.change([])}>
          ${m.list.clearList}
        </button>
      </div>
      ${
        share && sharer
          ? sharer.sharePanel(share, m, {
              className: 'list-share',
              part: 'list-share',
              copied: this.copied,
              onCopied: (copied) => (this.copied = copied),
            })
          : nothing
      }`;
  }

  override render(): TemplateResult {
    const m = this.locale.m;
    return html`${disclosureButton({
        part: 'list-toggle',
        open: this.open,
        controls: 'my-list',
        label: m.list.myList(this.resources.length),
        onToggle: () => (this.open = !this.open),
      })}
      <section
        id="my-list"
        part="list"
        class="list-panel"
        aria-labelledby="my-list-heading"
        ?hidden=${!this.open}
      >
        <h2 id="my-list-heading">${m.list.heading}</h2>
        ${this.resources.length ? this.renderItems(m) : html`<p class="muted">${m.list.empty}</p>`}
      </section>`;
  }
}
