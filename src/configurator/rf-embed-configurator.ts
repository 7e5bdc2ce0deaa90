import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { loadFeed } from '../core/edge/load-feed.js';
import type { FeedLoad } from '../core/feed/read.js';
import type { FeedProblem } from '../core/feed/records.js';
import { feedWarnings } from '../core/feed/warnings.js';
import { en, loadMessages, type Messages } from '../i18n/index.js';
import { PAGE_LANGUAGES, wordsFor, type Words } from './words.js';
import { contrastRatio } from '../core/embed/contrast.js';
import {
  colourStyle,
  contrastProblems,
  embedCsp,
  embedSnippet,
  type EmbedChoice,
} from '../core/embed/snippet.js';

/** Least time between two reloads of the preview. */
const PREVIEW_MS = 400;

/** A page made of the snippet alone: what a nonprofit's blank page would be. */
export function blankPage(snippet: string): string {
  return `<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n</head>\n<body>\n${snippet}\n</body>\n</html>\n`;
}

/** The base64 SHA-256 of a text, as a Content-Security-Policy hash source takes it. */
async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

/**
 * The embed configurator: a nonprofit points it at its feed, sees its directory live (the snippet itself, in a blank
 * page), reads what is wrong in its data in plain words, chooses the language, colours (checked against WCAG AA),
 * features and server mode, and copies the snippet with the Content-Security-Policy their site needs. Nothing leaves
 * the browser: the only requests are for the feed and the finder's own files.
 */
export class RfEmbedConfigurator extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font:
        1rem/1.5 system-ui,
        sans-serif;
      color: #1d2327;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(18rem, 26rem) 1fr;
      gap: 1.5rem;
      align-items: start;
    }
    input[type='url'],
    input[type='text'] {
      min-inline-size: 0;
    }
    fieldset {
      min-inline-size: 0;
      border: 1px solid #c4ccd2;
      border-radius: 0.5rem;
      margin: 0 0 1rem;
      padding: 0.75rem 1rem 1rem;
      display: grid;
      gap: 0.5rem;
    }
    legend {
      font-weight: 700;
      padding: 0 0.25rem;
    }
    label {
      display: grid;
      gap: 0.2rem;
      font-weight: 600;
    }
    label.check {
      display: flex;
      gap: 0.5rem;
      align-items: center;
    }
    input[type='url'],
    input[type='text'],
    select {
      font: inherit;
      padding: 0.4rem 0.5rem;
      border: 2px solid #6b7780;
      border-radius: 0.4rem;
      min-height: 2.5rem;
    }
    /* Addresses and code read left to right in every language. */
    input[type='url'],
    input[name='map-tiles'],
    pre {
      direction: ltr;
      text-align: left;
    }
    input[type='color'] {
      inline-size: 3rem;
      block-size: 2.5rem;
    }
    .hint {
      font-size: 0.875rem;
      font-weight: normal;
      color: #52606b;
      margin: 0;
    }
    .colours {
      display: flex;
      gap: 1rem;
      flex-wrap: wrap;
    }
    .pass {
      color: #0b6e4f;
      font-weight: 600;
    }
    .fail {
      color: #b3261e;
      font-weight: 600;
    }
    .report {
      border-inline-start: 4px solid #0b6e4f;
      padding-inline-start: 0.75rem;
    }
    .report.bad {
      border-color: #b3261e;
    }
    .report ul {
      margin: 0.25rem 0;
      padding-inline-start: 1.2rem;
      max-block-size: 14rem;
      overflow: auto;
    }
    pre {
      white-space: pre-wrap;
      word-break: break-all;
      background: #f3f5f6;
      border-radius: 0.4rem;
      padding: 0.75rem;
      font-size: 0.85rem;
      margin: 0.25rem 0;
    }
    button {
      font: inherit;
      font-weight: 600;
      padding: 0.45rem 1rem;
      border-radius: 0.4rem;
      border: 2px solid #0b6e4f;
      background: #0b6e4f;
      color: #fff;
      cursor: pointer;
      min-height: 2.5rem;
    }
    :focus-visible {
      outline: 3px solid #1a5fb4;
      outline-offset: 2px;
    }
    iframe {
      inline-size: 100%;
      block-size: 48rem;
      border: 1px solid #c4ccd2;
      border-radius: 0.5rem;
      background: #fff;
    }
    h2 {
      font-size: 1.2rem;
      margin: 0 0 0.5rem;
    }
    h1 {
      font-size: 1.6rem;
      margin: 0 0 0.25rem;
    }
    .head {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0 1rem;
      align-items: start;
      margin-block-end: 1rem;
    }
    .intro {
      grid-column: 1 / -1;
      margin: 0;
      max-inline-size: 60rem;
    }
    form,
    section {
      min-inline-size: 0;
    }
    @media (max-width: 60rem) {
      .layout,
      .head {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `;

  /** The language of this page (`?ui=`, else the browser's when it is one of the five). */
  @state() private ui = 'en';
  /** The interface catalogue in that language: the data's problems are said in it. */
  @state() private catalogue: Messages = en;
  /** Where the directory is: a feed, or a directory server. */
  @state() private mode: 'feed' | 'server' = 'feed';
  @state() private feed = '';
  @state() private fileName?: string;
  @state() private choice: EmbedChoice = { script: '' };
  @state() private quickExit = false;
  @state() private exitTo = 'https://www.bbc.co.uk/weather';
  @state() private reports = false;
  @state() private load?: FeedLoad;
  @state() private checking = false;
  @state() private csp = '';
  @state() private copied?: 'snippet' | 'csp';
  /** The preview's page, its snippet changed at most every PREVIEW_MS (a colour being dragged reloads it once). */
  @state() private previewPage = '';
  private previewTimer?: ReturnType<typeof setTimeout>;
  private fileUrl?: string;
  private checked?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // The drop-in beside this page: the same file the snippet loads.
    const script = new URL('../resource-finder.min.js', import.meta.url).href;
    const params = new URLSearchParams(location.search);
    const feed = params.get('feed') ?? '';
    this.choice = { ...this.choice, script };
    this.feed = feed;
    const asked = params.get('ui') ?? navigator.language;
    this.showIn(asked);
  }

  /** Shows this page in `lang`: its words, the direction it is written in, and the data's problems. */
  private showIn(lang: string): void {
    const code = PAGE_LANGUAGES.find(([c]) => lang.toLowerCase().split('-')[0] === c)?.[0] ?? 'en';
    this.ui = code;
    document.documentElement.lang = code;
    document.documentElement.dir = code === 'ar' ? 'rtl' : 'ltr';
    document.title = wordsFor(code).title;
    void loadMessages(code).then((catalogue) => {
      if (this.ui === code) this.catalogue = catalogue;
    });
  }

  private get w(): Words {
    return wordsFor(this.ui);
  }

  /** What the snippet says, with the feed the preview reads (a file from this computer: its blob). */
  private get final(): EmbedChoice {
    const c: EmbedChoice = { ...this.choice };
    if (this.mode === 'server') {
      c.api = this.feed;
      delete c.src;
    } else c.src = this.feed;
    if (this.quickExit && this.exitTo) c.quickExit = this.exitTo;
    if (this.reports) c.reportEndpoint = c.reportEndpoint ?? '';
    else delete c.reportEndpoint;
    return c;
  }

  private get previewChoice(): EmbedChoice {
    const c = this.final;
    if (this.fileUrl && this.mode === 'feed') c.src = this.fileUrl;
    return c;
  }

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('feed') || changed.has('mode')) void this.check();
    void this.policy();
    const page = this.feed || this.fileUrl ? blankPage(embedSnippet(this.previewChoice)) : '';
    if (page !== this.previewPage) {
      clearTimeout(this.previewTimer);
      const show = () => (this.previewPage = page);
      if (this.previewPage) this.previewTimer = setTimeout(show, PREVIEW_MS);
      else show();
    }
  }

  /** The policy for the snippet: its colours' style by hash (the page where it is pasted is not known here). */
  private async policy(): Promise<void> {
    const style = colourStyle(this.final);
    const csp = embedCsp(this.final, style ? await sha256(`\n${style}\n`) : undefined);
    if (csp !== this.csp) this.csp = csp;
  }

  /** Reads the feed as the finder does, for the report in plain words (a server is asked nothing here). */
  private async check(): Promise<void> {
    const url = this.mode === 'feed' ? (this.fileUrl ?? this.feed) : '';
    if (url === this.checked) return;
    this.checked = url;
    this.load = undefined;
    if (!url) return;
    this.checking = true;
    const load = await loadFeed(url);
    if (this.checked !== url) return;
    this.checking = false;
    this.load = load;
  }

  private set<K extends keyof EmbedChoice>(key: K, value: EmbedChoice[K]): void {
    const next = { ...this.choice };
    if (value === '' || value === undefined || value === false) delete next[key];
    else next[key] = value;
    this.choice = next;
  }

  private pickFile(e: Event): void {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (this.fileUrl) URL.revokeObjectURL(this.fileUrl);
    this.fileUrl = file ? URL.createObjectURL(file) : undefined;
    this.fileName = file?.name;
    if (file && !this.feed) this.feed = file.name;
    this.checked = undefined;
    void this.check();
  }

  private async copy(what: 'snippet' | 'csp'): Promise<void> {
    await navigator.clipboard.writeText(what === 'snippet' ? embedSnippet(this.final) : this.csp);
    this.copied = what;
  }

  private renderReport(): TemplateResult {
    const w = this.w;
    if (this.checking) return html`<p role="status">${w.reading}</p>`;
    const load = this.load;
    if (!load || (!load.ok && 'aborted' in load && load.aborted))
      return html`<p role="status"></p>`;
    if (!load.ok) {
      const error = 'error' in load ? load.error : undefined;
      return html`<div class="report bad" role="status">
        <p><strong>${w.cannotShow}</strong> ${error?.message}</p>
        ${error?.problems?.length ? this.renderProblems(error.problems) : nothing}
      </div>`;
    }
    const warnings = feedWarnings(load.resources, new Date());
    const rejected = load.total - load.resources.length - (load.hidden ?? 0);
    return html`<div class="report ${load.problems.length ? 'bad' : ''}" role="status">
      <p>
        <strong>${w.shown(load.resources.length, load.total, rejected)}</strong>
        ${load.problems.length ? w.toFix(load.problems.length) : w.nothingToFix}
      </p>
      ${load.problems.length ? this.renderProblems(load.problems) : nothing}
      ${(['no-contact', 'no-coordinates', 'stale', 'unverified'] as const)
        .filter((k) => warnings[k]?.length)
        .map((k) => html`<p class="hint">${w.warnings[k](warnings[k].length)}</p>`)}
    </div>`;
  }

  /** Each problem where it is (a spreadsheet's row and column), in this page's language. */
  private renderProblems(problems: readonly FeedProblem[]): TemplateResult {
    const w = this.w;
    return html`<ul>
      ${problems.slice(0, 100).map((p) => {
        const message = this.catalogue.problems[p.code]?.(p.params) ?? p.message;
        // The interface's own way of writing it ("ligne 5 (id x), colonne Free : …").
        const line =
          p.index < 0 && p.row === undefined
            ? `${p.path === '(feed)' ? '' : `${p.path} — `}${message}`
            : this.catalogue.problemLine(
                w.problemAt(p.row, p.index + 1, p.id),
                p.row !== undefined ? w.column(p.path) : p.path,
                message,
              );
        return html`<li dir="auto">${line}</li>`;
      })}
    </ul>`;
  }

  private renderColours(): TemplateResult {
    const w = this.w;
    const accent = this.choice.accent;
    const on = this.choice.onAccent ?? '#ffffff';
    const failing = contrastProblems(this.choice);
    const ratio = (a: string, b: string) => (contrastRatio(a, b) ?? 1).toFixed(1);
    return html`<fieldset>
      <legend>${w.colours}</legend>
      <label class="check"
        ><input
          type="checkbox"
          .checked=${!!accent}
          @change=${(e: Event) => this.set('accent', (e.target as HTMLInputElement).checked ? '#0b6e4f' : undefined)}
        />
        ${w.ownColours}</label
      >
      ${
        accent
          ? html`<div class="colours">
                <label
                  >${w.mainColour}
                  <input
                    type="color"
                    name="accent"
                    .value=${accent}
                    @input=${(e: Event) => this.set('accent', (e.target as HTMLInputElement).value)}
                /></label>
                <label
                  >${w.textOnIt}
                  <input
                    type="color"
                    name="on-accent"
                    .value=${on}
                    @input=${(e: Event) => this.set('onAccent', (e.target as HTMLInputElement).value)}
                /></label>
              </div>
              <p id="contrast" role="status" class=${failing.length ? 'fail' : 'pass'}>
                ${
                  failing.length
                    ? w.notReadable(
                        failing
                          .map((f) =>
                            f.pair === 'on-accent'
                              ? w.pairOnAccent(ratio(on, accent))
                              : w.pairAccentOnWhite(ratio(accent, '#ffffff')),
                          )
                          .join(w.and),
                      )
                    : w.readable(ratio(on, accent), ratio(accent, '#ffffff'))
                }
              </p>`
          : nothing
      }
    </fieldset>`;
  }

  override render(): TemplateResult {
    const w = this.w;
    const c = this.final;
    const snippet = embedSnippet(c);
    return html`<header class="head">
        <h1>${w.title}</h1>
        <label class="page-language"
          >${w.pageLanguage}
          <select
            name="ui"
            @change=${(e: Event) => this.showIn((e.target as HTMLSelectElement).value)}
          >
            ${PAGE_LANGUAGES.map(
              ([code, name]) =>
                html`<option value=${code} lang=${code} ?selected=${this.ui === code}>
                  ${name}
                </option>`,
            )}
          </select></label
        >
        <p class="intro">${w.intro}</p>
      </header>
      <div class="layout">
        <form @submit=${(e: Event) => e.preventDefault()}>
          <fieldset>
            <legend>${w.directory}</legend>
            <label class="check"
              ><input
                type="radio"
                name="mode"
                .checked=${this.mode === 'feed'}
                @change=${() => (this.mode = 'feed')}
              />
              ${w.modeFeed}</label
            >
            <label class="check"
              ><input
                type="radio"
                name="mode"
                .checked=${this.mode === 'server'}
                @change=${() => (this.mode = 'server')}
              />
              ${w.modeServer}</label
            >
            <label
              >${this.mode === 'feed' ? w.feedAddress : w.serverAddress}
              <input
                type="url"
                name="feed"
                .value=${this.feed}
                @change=${(e: Event) => {
                  this.fileUrl = undefined;
                  this.fileName = undefined;
                  this.feed = (e.target as HTMLInputElement).value.trim();
                }}
            /></label>
            ${
              this.mode === 'feed'
                ? html`<label
                    >${w.tryFile}
                    <input type="file" accept=".json,.csv,.zip" @change=${this.pickFile}
                  /></label>`
                : nothing
            }
            ${
              this.fileName ? html`<p class="hint">${w.previewingFile(this.fileName)}</p>` : nothing
            }
            ${this.mode === 'feed' ? this.renderReport() : nothing}
          </fieldset>
          <fieldset>
            <legend>${w.language}</legend>
            <label
              >${w.directoryLanguage}
              <select
                name="lang"
                @change=${(e: Event) => this.set('lang', (e.target as HTMLSelectElement).value)}
              >
                ${[['', w.pageLanguageOption] as [string, string], ...PAGE_LANGUAGES].map(
                  ([code, name]) =>
                    html`<option value=${code} ?selected=${(this.choice.lang ?? '') === code}>
                      ${name}
                    </option>`,
                )}
              </select></label
            >
          </fieldset>
          ${this.renderColours()}
          <fieldset>
            <legend>${w.features}</legend>
            <label class="check"
              ><input
                type="checkbox"
                name="quick-exit"
                .checked=${this.quickExit}
                @change=${(e: Event) => (this.quickExit = (e.target as HTMLInputElement).checked)}
              />
              ${w.quickExit}</label
            >
            ${
              this.quickExit
                ? html`<label
                    >${w.quickExitTo}
                    <input
                      type="url"
                      name="exit-to"
                      .value=${this.exitTo}
                      @change=${(e: Event) => (this.exitTo = (e.target as HTMLInputElement).value.trim())}
                  /></label>`
                : nothing
            }
            <label
              >${w.referrals}
              <input
                type="url"
                name="referral-endpoint"
                .value=${this.choice.referralEndpoint ?? ''}
                @change=${(e: Event) => this.set('referralEndpoint', (e.target as HTMLInputElement).value.trim())}
            /></label>
            <label class="check"
              ><input
                type="checkbox"
                name="reports"
                .checked=${this.reports}
                @change=${(e: Event) => (this.reports = (e.target as HTMLInputElement).checked)}
              />
              ${w.reports}</label
            >
            ${
              this.reports
                ? html`<label
                      >${w.reportsTo(this.mode === 'server')}
                      <input
                        type="url"
                        name="report-endpoint"
                        .value=${this.choice.reportEndpoint ?? ''}
                        @change=${(e: Event) => this.set('reportEndpoint', (e.target as HTMLInputElement).value.trim())}
                    /></label>
                    <label
                      >${w.reportsRecipient}
                      <input
                        type="text"
                        name="report-recipient"
                        .value=${this.choice.reportRecipient ?? ''}
                        @change=${(e: Event) => this.set('reportRecipient', (e.target as HTMLInputElement).value.trim())}
                    /></label>`
                : nothing
            }
            <label class="check"
              ><input
                type="checkbox"
                name="persist-list"
                .checked=${!!this.choice.persistList}
                @change=${(e: Event) => this.set('persistList', (e.target as HTMLInputElement).checked)}
              />
              ${w.persistList}</label
            >
            <label
              >${w.mapTiles}
              <input
                type="text"
                name="map-tiles"
                .value=${this.choice.mapTiles ?? ''}
                @change=${(e: Event) => this.set('mapTiles', (e.target as HTMLInputElement).value.trim())}
            /></label>
            ${
              this.choice.mapTiles
                ? html`<label
                    >${w.mapAttribution}
                    <input
                      type="text"
                      name="map-attribution"
                      .value=${this.choice.mapAttribution ?? ''}
                      @change=${(e: Event) => this.set('mapAttribution', (e.target as HTMLInputElement).value.trim())}
                  /></label>`
                : nothing
            }
          </fieldset>
          <h2 id="snippet-title">${w.snippetTitle}</h2>
          <pre id="snippet"><code>${snippet}</code></pre>
          <button type="button" @click=${() => this.copy('snippet')}>${w.copySnippet}</button>
          <h2 id="csp-title">${w.cspTitle}</h2>
          <p class="hint">${w.cspHint}</p>
          <pre id="csp"><code>${this.csp}</code></pre>
          <button type="button" @click=${() => this.copy('csp')}>${w.copyCsp}</button>
          <p role="status" class="hint">${this.copied ? w.copied(this.copied) : ''}</p>
        </form>
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">${w.previewTitle}</h2>
          ${
            this.previewPage
              ? html`<iframe title=${w.previewFrame} .srcdoc=${this.previewPage}></iframe>`
              : html`<p>${w.giveAddress}</p>`
          }
        </section>
      </div>`;
  }
}

customElements.define('rf-embed-configurator', RfEmbedConfigurator);
