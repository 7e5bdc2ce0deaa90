import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Suggestion } from '../../core/search/suggest.js';
import { RfQueryChangeEvent } from '../../events.js';
import type { MessageOverrides } from '../../i18n/index.js';
import { baseStyles } from '../shared/base.styles.js';
import { LocaleController } from '../../controllers/locale.js';
import { LocalizedElement } from '../shared/localized.js';
import { styles } from './rf-search-box.styles.js';

/**
 * A labelled search field for the directory. Fires `rf-query-change` as the visitor types. Given `suggestions`, it is a
 * combobox (the WAI-ARIA Authoring Practices' pattern with a list box): Down and Up move through them while focus stays
 * in the field, Enter searches for the one chosen, Escape closes the list (and, closed, clears the field).
 *
 * @summary Search input with a label, suggestions and a clear button.
 * @fires rf-query-change - The visitor changed the query; detail `{ query }`.
 * @csspart form - The search landmark.
 * @csspart label - The label.
 * @csspart input - The search input.
 * @csspart clear - The clear button.
 * @csspart suggestions - The list of suggestions.
 * @csspart suggestion - One suggestion.
 * @cssprop --rf-color-accent - Accent colour.
 * @cssprop --rf-radius - Corner radius.
 */
export class RfSearchBox extends LocalizedElement {
  static override styles = [baseStyles, styles];

  protected readonly locale = new LocaleController(this);

  /** The query. */
  @property() value = '';

  /** Visible label; defaults to the catalogue's "Search resources". */
  @property() label?: string;

  /** Placeholder text; defaults to the catalogue's. */
  @property() placeholder?: string;

  /** Hides the label visually (it stays available to assistive technology). */
  @property({ type: Boolean, attribute: 'hide-label' }) hideLabel = false;

  /** Language of the labels; defaults to the element's or page's language. */
  @property({ attribute: 'ui-lang' }) uiLang?: string;

  /** Overrides any message of the catalogue. */
  @property({ attribute: false }) messages?: MessageOverrides;

  /** What to suggest for what is typed (the finder gives needs, categories and organizations). */
  @property({ attribute: false }) suggestions: readonly Suggestion[] = [];

  /** Whether the list of suggestions is shown (closed by Escape, Tab, a choice, or leaving the field). */
  @state() private listed = false;
  /** The suggestion chosen with the arrow keys, or -1. */
  @state() private active = -1;

  @query('input') private input!: HTMLInputElement;

  /** Moves focus to the input. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  private onInput(e: InputEvent): void {
    this.value = (e.target as HTMLInputElement).value;
    this.listed = true;
    this.active = -1;
    this.dispatchEvent(new RfQueryChangeEvent({ query: this.value }));
  }

  /** Whether the list is on screen. */
  private get expanded(): boolean {
    return this.listed && this.suggestions.length > 0 && this.value.trim().length >= 2;
  }

  private onKeydown(e: KeyboardEvent): void {
    const count = this.suggestions.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!count || this.value.trim().length < 2) return;
      e.preventDefault();
      if (!this.expanded || e.altKey) {
        this.listed = true;
        if (e.altKey) return;
      }
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.active =
        this.active < 0 && step < 0
          ? count - 1
          : Math.max(-1, Math.min(count - 1, this.active + step));
    } else if (e.key === 'Enter' && this.expanded && this.active >= 0) {
      e.preventDefault();
      this.choose(this.suggestions[this.active]!);
    } else if (e.key === 'Escape') {
      if (this.expanded) {
        e.preventDefault();
        this.listed = false;
        this.active = -1;
      } else if (this.value) {
        e.preventDefault();
        this.clear();
      }
    } else if (e.key === 'Tab') {
      this.listed = false;
      this.active = -1;
    }
  }

  /** Searches for a suggestion: it becomes the query. */
  private choose(suggestion: Suggestion): void {
    this.value = suggestion.label;
    this.listed = false;
    this.active = -1;
    this.dispatchEvent(new RfQueryChangeEvent({ query: this.value }));
    this.input.focus();
  }

  private onSubmit(e: SubmitEvent): void {
    e.preventDefault();
    this.dispatchEvent(new RfQueryChangeEvent({ query: this.value }));
  }

  private clear(): void {
    this.value = '';
    this.listed = false;
    this.active = -1;
    this.dispatchEvent(new RfQueryChangeEvent({ query: '' }));
    this.input.focus();
  }

  override render(): TemplateResult {
    const m = this.locale.m;
    return html`
      <form role="search" part="form" @submit=${this.onSubmit}>
        <label
          id="q-label"
          for="q"
          part="label"
          class=${this.hideLabel ? 'visually-hidden' : 'label'}
          >${this.label ?? m.searchLabel}</label
        >
        <div class="field">
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <circle cx="10.5" cy="10.5" r="6.5"></circle>
            <path d="M15.5 15.5 21 21"></path>
          </svg>
          <input
            id="q"
            part="input"
            type="search"
            role="combobox"
            aria-labelledby="q-label"
            aria-autocomplete="list"
            aria-expanded=${String(this.expanded)}
            aria-controls="suggestions"
            aria-activedescendant=${this.expanded && this.active >= 0 ? `s-${this.active}` : nothing}
            autocomplete="off"
            spellcheck="false"
            enterkeyhint="search"
            .value=${this.value}
            placeholder=${this.placeholder ?? m.searchPlaceholder}
            @input=${this.onInput}
            @keydown=${this.onKeydown}
            @blur=${() => ((this.listed = false), (this.active = -1))}
          />
          ${
            this.value
              ? html`<button
                  type="button"
                  class="clear"
                  part="clear"
                  aria-label=${m.clearSearch}
                  @click=${this.clear}
                >
                  <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M6 6l12 12M18 6 6 18"></path>
                  </svg>
                </button>`
              : nothing
          }
        </div>
        <ul
          id="suggestions"
          part="suggestions"
          class="suggestions"
          role="listbox"
          aria-label=${m.suggestionsLabel}
          ?hidden=${!this.expanded}
        >
          ${
            this.expanded
              ? this.suggestions.map(
                  (s, i) =>
                    // Options are chosen from the field with the arrow keys and Enter (the combobox pattern): they
                    // take no focus, so a click is their only own event.
                    // eslint-disable-next-line lit-a11y/click-events-have-key-events
                    html`<li
                      id=${`s-${i}`}
                      part="suggestion"
                      role="option"
                      aria-selected=${String(i === this.active)}
                      class=${i === this.active ? 'active' : ''}
                      @pointerdown=${(e: Event) => e.preventDefault()}
                      @click=${() => this.choose(s)}
                    >
                      <span dir="auto">${s.label}</span>
                      <span class="kind">${m.suggestionKinds[s.kind]}</span>
                    </li>`,
                )
              : nothing
          }
        </ul>
      </form>
    `;
  }
}
