import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  CATEGORY_SEPARATOR,
  FILTER_GROUPS,
  activeFilters,
  computeFacets,
  toggleOption,
  type FacetOption,
  type Facets,
  type FilterGroup,
  type FilterState,
} from '../../core/filters/facets.js';
import type { Resource } from '../../core/feed/schema.js';
import { RfFilterChangeEvent, RfShowResultsEvent } from '../../events.js';
import type { Messages } from '../../i18n/index.js';
import { optionLabel } from '../shared/labels.js';
import { baseStyles } from '../shared/base.styles.js';
import { disclosureButton } from '../shared/disclosure.js';
import { LocaleController } from '../../controllers/locale.js';
import { styles } from './rf-filters.styles.js';

/** Options shown per group before "show all". */
const FOLD_AFTER = 8;

/**
 * Filter groups as native checkboxes in fieldsets, with counts, removable chips for active filters and
 * "clear all". Give it `facets` (from core's `computeFacets`), or `resources` to compute them itself.
 *
 * @summary Faceted filters with counts.
 * @fires rf-filter-change - The visitor changed the filters; detail `{ filters }`.
 * @fires rf-show-results - On a small screen, the visitor is done with the filters (the panel has closed).
 * @csspart chips - The list of active filters.
 * @csspart chip - One active filter's remove button.
 * @csspart group - One fieldset.
 * @csspart legend - A fieldset's legend.
 * @csspart toggle - The button that shows the filters on narrow screens.
 * @csspart show-results - On narrow screens, the button that closes the filters and goes to the results.
 * @cssprop --rf-color-accent - Accent colour.
 */
export class RfFilters extends LitElement {
  static override styles = [baseStyles, styles];

  private readonly locale = new LocaleController(this);

  /** The selected options per group. */
  @property({ attribute: false }) value: FilterState = {};

  /** Facet options and counts; computed from `resources` when not given. */
  @property({ attribute: false }) facets?: Facets;

  /** Resources to compute facets from when `facets` is not given. */
  @property({ attribute: false }) resources?: Resource[];

  /** Overrides any message of the catalogue. */
  @property({ attribute: false }) messages?: Partial<Messages>;

  /** Language of option labels (language names); defaults to the element's or page's language. */
  @property({ attribute: 'ui-lang' }) uiLang?: string;

  /** The number of results the chosen filters give, for "Show results (12 resources)" on small screens. */
  @property({ type: Number }) total?: number;

  @state() private open = false;
  @state() private unfolded = new Set<FilterGroup>();
  private shown!: Facets;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('facets') || changed.has('resources') || changed.has('value')) {
      this.shown = this.facets ?? computeFacets(this.resources ?? [], this.value);
    }
  }

  private change(filters: FilterState): void {
    this.value = filters;
    this.dispatchEvent(new RfFilterChangeEvent({ filters }));
  }

  private onToggle(group: FilterGroup, option: string, e: Event): void {
    this.change(toggleOption(this.value, group, option, (e.target as HTMLInputElement).checked));
  }

  private removeOption(group: FilterGroup, option: string): void {
    this.change(toggleOption(this.value, group, option, false));
    // The chip is gone: keep focus in the filters rather than losing it to the page.
    void this.updateComplete.then(() =>
      (
        this.renderRoot.querySelector<HTMLElement>('.chip') ??
        this.renderRoot.querySelector<HTMLElement>('input')
      )?.focus(),
    );
  }

  private renderGroup(
    group: FilterGroup,
    options: FacetOption[],
    m: Messages,
  ): TemplateResult | typeof nothing {
    if (options.length === 0) return nothing;
    const folded = options.length > FOLD_AFTER + 2 && !this.unfolded.has(group);
    const visible = folded ? options.filter((o, i) => i < FOLD_AFTER || o.selected) : options;
    const foldLabel = folded ? m.moreOptions(options.length - visible.length) : m.fewerOptions;
    const lang = this.locale.lang;
    return html`
      <fieldset part="group" class="group">
        <legend part="legend">${m.groupLabels[group]}</legend>
        <ul class="options" role="list">
          ${visible.map((o) => {
            const id = `${group}-${o.value}`;
            const label =
              group === 'categories'
                ? (o.value.split(CATEGORY_SEPARATOR).pop() ?? o.value).trim()
                : optionLabel(group, o.value, m, lang);
            return html`<li style=${o.depth ? `margin-inline-start:${o.depth * 1.1}rem` : ''}>
              <input
                type="checkbox"
                id=${id}
                .checked=${o.selected}
                ?disabled=${o.count === 0 && !o.selected}
                @change=${(e: Event) => this.onToggle(group, o.value, e)}
              />
              <label for=${id}
                ><span class="name" dir="auto">${label}</span>
                <span class="count muted">${o.count}</span></label
              >
            </li>`;
          })}
        </ul>
        ${
          options.length > FOLD_AFTER + 2
            ? html`<button
                type="button"
                class="more"
                aria-expanded=${String(!folded)}
                aria-label=${`${foldLabel}: ${m.groupLabels[group]}`}
                @click=${() => this.fold(group, folded)}
              >
                ${foldLabel}
              </button>`
            : nothing
        }
      </fieldset>
    `;
  }

  /** Closes the panel (small screens) and asks the finder to show the results. */
  private showResults(): void {
    this.open = false;
    this.dispatchEvent(new RfShowResultsEvent());
  }

  private fold(group: FilterGroup, unfold: boolean): void {
    const next = new Set(this.unfolded);
    if (unfold) next.add(group);
    else next.delete(group);
    this.unfolded = next;
  }

  override render(): TemplateResult {
    const m = this.locale.m;
    const active = activeFilters(this.value);
    const lang = this.locale.lang;
    return html`
      <section aria-labelledby="heading">
        <div class="top">
          <h2 id="heading" class="heading">${m.filtersHeading}</h2>
          ${disclosureButton({
            part: 'toggle',
            className: 'toggle',
            open: this.open,
            controls: 'groups',
            label: `${this.open ? m.hideFilters : m.showFilters}${active.length ? ` (${active.length})` : ''}`,
            onToggle: () => (this.open = !this.open),
          })}
        </div>
        ${
          active.length
            ? html`<div class="active">
                <ul part="chips" class="chips" role="list" aria-label=${m.activeFilters}>
                  ${active.map(({ group, value }) => {
                    const label =
                      group === 'categories' ? value : optionLabel(group, value, m, lang);
                    return html`<li>
                      <button
                        type="button"
                        part="chip"
                        class="chip"
                        aria-label=${m.removeFilter(label)}
                        @click=${() => this.removeOption(group, value)}
                      >
                        <span dir="auto">${label}</span><span aria-hidden="true" class="x">×</span>
                      </button>
                    </li>`;
                  })}
                </ul>
                <button type="button" class="button clear-all" @click=${() => this.change({})}>
                  ${m.clearAll}
                </button>
              </div>`
            : nothing
        }
        <div id="groups" class="groups ${this.open ? 'open' : ''}">
          ${FILTER_GROUPS.map((g) => this.renderGroup(g, this.shown[g], m))}
          ${
            this.total !== undefined
              ? html`<button
                  type="button"
                  part="show-results"
                  class="button primary show-results"
                  @click=${this.showResults}
                >
                  ${m.showResults} (${m.resultCount(this.total, this.locale.number(this.total))})
                </button>`
              : nothing
          }
        </div>
      </section>
    `;
  }
}
