import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { RfQueryChangeEvent } from '../../events.js';
import type { Messages } from '../../i18n/index.js';
import { baseStyles } from '../shared/base.styles.js';
import { LocaleController } from '../../controllers/locale.js';
import { styles } from './rf-search-box.styles.js';

/**
 * A labelled search field for the directory. Fires `rf-query-change` as the visitor types.
 *
 * @summary Search input with a label and a clear button.
 * @fires rf-query-change - The visitor changed the query; detail `{ query }`.
 * @csspart form - The search landmark.
 * @csspart label - The label.
 * @csspart input - The search input.
 * @csspart clear - The clear button.
 * @cssprop --rf-color-accent - Accent colour.
 * @cssprop --rf-radius - Corner radius.
 */
export class RfSearchBox extends LitElement {
  static override styles = [baseStyles, styles];

  private readonly locale = new LocaleController(this);

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
  @property({ attribute: false }) messages?: Partial<Messages>;

  @query('input') private input!: HTMLInputElement;

  /** Moves focus to the input. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  private onInput(e: InputEvent): void {
    this.value = (e.target as HTMLInputElement).value;
    this.dispatchEvent(new RfQueryChangeEvent({ query: this.value }));
  }

  private onSubmit(e: SubmitEvent): void {
    e.preventDefault();
    this.dispatchEvent(new RfQueryChangeEvent({ query: this.value }));
  }

  private clear(): void {
    this.value = '';
    this.dispatchEvent(new RfQueryChangeEvent({ query: '' }));
    this.input.focus();
  }

  override render(): TemplateResult {
    const m = this.locale.m;
    return html`
      <form role="search" part="form" @submit=${this.onSubmit}>
        <label for="q" part="label" class=${this.hideLabel ? 'visually-hidden' : 'label'}
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
            autocomplete="off"
            spellcheck="false"
            enterkeyhint="search"
            .value=${this.value}
            placeholder=${this.placeholder ?? m.searchPlaceholder}
            @input=${this.onInput}
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
      </form>
    `;
  }
}
