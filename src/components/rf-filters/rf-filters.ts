import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  CATEGORY_SEPARATOR,
  FILTER_GROUPS,
  activeFilters,
  toggleOption,
  type FacetOption,
  type Facets,
  type FilterGroup,
  type FilterState,
} from '../../core/filters/state.js';
import { OnDemand } from '../../controllers/on-demand.js';
import type { Resource } from '../../core/feed/schema.js';
import type { TaxonomyTerm } from '../../core/feed/taxonomy.js';
import { fold } from '../../core/text/fold.js';
import { collator } from '../../core/text/intl.js';
import { RfFilterChangeEvent, RfShowResultsEvent } from '../../events.js';
import type { Messages, MessageOverrides } from '../../i18n/index.js';
import { optionLabel } from '../shared/labels.js';
import { baseStyles } from '../shared/base.styles.js';
import { disclosureButton } from '../shared/disclosure.js';
import { LocaleController } from '../../controllers/locale.js';
import { LocalizedElement } from '../shared/localized.js';
import { styles } from './rf-filters.styles.js';

/**
 * Category options in the order of their names in `lang`, level by level, so that each stays under its parent
 * (options come in the order of their values, which are ids when the feed has a taxonomy).
 */
function sortByNames(
  options: FacetOption[],
  namesOf: (value: string) => string[],
  lang: string,
): FacetOption[] {
  const names = collator(lang);
  return [...options].sort((a, b) => {
    const x = namesOf(a.value);
    const y = namesOf(b.value);
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const order = names.compare(x[i]!, y[i]!);
      if (order) return order;
    }
    return x.length - y.length;
  });
}

/** No options in any group (nothing to count yet). */
const NO_OPTIONS = Object.fromEntries(FILTER_GROUPS.map((g) => [g, []])) as unknown as Facets;

/** Options shown per group before "show all". */
const FOLD_AFTER = 8;
/** A new set (so that Lit sees the change) with or without `item`. */
function withOrWithout<T>(set: ReadonlySet<T>, item: T, present: boolean): Set<T> {
  const next = new Set(set);
  if (present) next.add(item);
  else next.delete(item);
  return next;
}

/** Groups with more options than this get a search box. */
const SEARCH_FROM = 10;

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
export class RfFilters extends LocalizedElement {
  static override styles = [baseStyles, styles];

  protected readonly locale = new LocaleController(this);

  /** The selected options per group. */
  @property({ attribute: false }) value: FilterState = {};

  /** Facet options and counts; computed from `resources` when not given. */
  @property({ attribute: false }) facets?: Facets;

  /** Resources to compute facets from when `facets` is not given. */
  @property({ attribute: false }) resources?: Resource[];

  /** Overrides any message of the catalogue. */
  @property({ attribute: false }) messages?: MessageOverrides;

  /** Language of option labels (language names); defaults to the element's or page's language. */
  @property({ attribute: 'ui-lang' }) uiLang?: string;

  /** A taxonomy that names categories given by id, when used outside a finder (a finder shares its feed's). */
  @property({ attribute: false }) taxonomy?: readonly TaxonomyTerm[];

  /** The number of results the chosen filters give, for "Show results (12 resources)" on small screens. */
  @property({ type: Number }) total?: number;

  @state() private open = false;
  @state() private unfolded = new Set<FilterGroup>();
  /** Categories whose more precise choices are shown (their path, joined). */
  @state() private expanded = new Set<string>();
  /** What the visitor typed in each long group's search box. */
  @state() private searches = new Map<FilterGroup, string>();
  private shown!: Facets;
  /** Counting options from `resources` (used alone, without a finder): a file of its own, loaded then. */
  private readonly counter = new OnDemand(this, () => import('../../core/filters/facets.js'));

  /** Used alone with `resources`, it is drawn once it can count their options. */
  protected override get updateWaitsFor(): Promise<unknown> | undefined {
    const counting = !this.facets && this.resources && !this.counter.loaded && !this.counter.failed;
    return (counting ? this.counter.load() : undefined) ?? super.updateWaitsFor;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('facets') || changed.has('resources') || changed.has('value')) {
      const count = !this.facets && this.resources ? this.counter.get() : undefined;
      this.shown =
        this.facets ?? count?.computeFacets(this.resources ?? [], this.value) ?? NO_OPTIONS;
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

  /** The parts of a category's path, trimmed ("Health > Mental health" -> ["Health", "Mental health"]). */
  private static path(value: string): string[] {
    return value.split(CATEGORY_SEPARATOR).map((p) => p.trim());
  }

  /** Whether a category option is shown without searching: top level, selected, or under opened categories. */
  private categoryShown(o: FacetOption): boolean {
    if (o.depth === 0 || o.selected) return true;
    const parts = RfFilters.path(o.value);
    for (let i = 1; i < parts.length; i++)
      if (!this.expanded.has(parts.slice(0, i).join('\u0000'))) return false;
    return true;
  }

  private renderGroup(
    group: FilterGroup,
    options: FacetOption[],
    m: Messages,
  ): TemplateResult | typeof nothing {
    if (options.length === 0) return nothing;
    const lang = this.locale.lang;
    const groupLabel = m.groupLabels[group];
    const categories = group === 'categories';
    // A category's levels by name, in the visitor's language; siblings in the order of their names.
    const names = new Map<string, string[]>();
    const namesOf = (value: string) => {
      let n = names.get(value);
      if (!n) names.set(value, (n = this.locale.categoryPath(value)));
      return n;
    };
    if (categories) options = sortByNames(options, namesOf, lang);
    const labelOf = (o: FacetOption) =>
      categories ? namesOf(o.value).at(-1)! : optionLabel(group, o.value, m, lang);
    const searchable = options.length > SEARCH_FROM;
    const query = searchable ? fold(this.searches.get(group) ?? '').trim() : '';
    // Searching looks through every level; otherwise a category's more precise choices wait until asked for.
    const candidates = query
      ? options.filter((o) =>
          fold(categories ? namesOf(o.value).join(' ') : labelOf(o)).includes(query),
        )
      : categories
        ? options.filter((o) => this.categoryShown(o))
        : options;
    const foldable = !query && candidates.length > FOLD_AFTER + 2;
    const folded = foldable && !this.unfolded.has(group);
    const visible = folded ? candidates.filter((o, i) => i < FOLD_AFTER || o.selected) : candidates;
    const foldLabel = folded ? m.moreOptions(candidates.length - visible.length) : m.fewerOptions;
    return html`
      <fieldset part="group" class="group">
        <legend part="legend">${groupLabel}</legend>
        ${
          searchable
            ? html`<input
                type="search"
                class="control group-search"
                part="group-search"
                aria-label=${m.searchInGroup(groupLabel)}
                placeholder=${m.searchInGroup(groupLabel)}
                .value=${this.searches.get(group) ?? ''}
                @input=${(e: Event) => this.search(group, (e.target as HTMLInputElement).value)}
              />`
            : nothing
        }
        ${query && candidates.length === 0 ? html`<p class="muted small">${m.noOptionMatches}</p>` : nothing}
        <ul class="options" role="list">
          ${visible.map((o) => {
            const id = `${group}-${o.value}`;
            const label = labelOf(o);
            const key = RfFilters.path(o.value).join('\u0000');
            const children =
              categories && !query
                ? options.filter(
                    (c) =>
                      c.depth === o.depth + 1 &&
                      RfFilters.path(c.value).slice(0, -1).join('\u0000') === key,
                  ).length
                : 0;
            const open = this.expanded.has(key);
            return html`<li class=${query ? '' : `depth-${Math.min(o.depth, 4)}`}>
              <input
                type="checkbox"
                id=${id}
                .checked=${o.selected}
                ?disabled=${o.count === 0 && !o.selected}
                @change=${(e: Event) => this.onToggle(group, o.value, e)}
              />
              <label for=${id}
                ><span class="name" dir="auto"
                  >${query && categories ? namesOf(o.value).join(' › ') : label}</span
                >
                <span class="count muted">${o.count}</span></label
              >
              ${
                children
                  ? html`<button
                      type="button"
                      class="children"
                      aria-expanded=${String(open)}
                      aria-label=${m.showChildren(label, children)}
                      @click=${() => this.expand(key, !open)}
                    >
                      <span aria-hidden="true">${open ? '▾' : '▸'}</span>
                      ${this.locale.number(children)}
                    </button>`
                  : nothing
              }
            </li>`;
          })}
        </ul>
        ${
          foldable
            ? html`<button
                type="button"
                class="more"
                aria-expanded=${String(!folded)}
                aria-label=${`${foldLabel}: ${groupLabel}`}
                @click=${() => this.fold(group, folded)}
              >
                ${foldLabel}
              </button>`
            : nothing
        }
      </fieldset>
    `;
  }

  private search(group: FilterGroup, text: string): void {
    this.searches = new Map(this.searches).set(group, text);
  }

  private expand(key: string, open: boolean): void {
    this.expanded = withOrWithout(this.expanded, key, open);
  }

  /** Closes the panel (small screens) and asks the finder to show the results. */
  private showResults(): void {
    this.open = false;
    this.dispatchEvent(new RfShowResultsEvent());
  }

  private fold(group: FilterGroup, unfold: boolean): void {
    this.unfolded = withOrWithout(this.unfolded, group, unfold);
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
                      group === 'categories'
                        ? this.locale.categoryPath(value).join(' › ')
                        : optionLabel(group, value, m, lang);
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
            FILTER_GROUPS.every((g) => (this.shown[g]?.length ?? 0) === 0)
              ? html`<p class="muted small">${m.noFilters}</p>`
              : nothing
          }
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
