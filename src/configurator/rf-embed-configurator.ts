import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { loadFeed } from '../core/edge/load-feed.js';
import type { FeedLoad } from '../core/feed/read.js';
import { problemPlace } from '../core/feed/records.js';
import { feedWarnings, WARNING_KINDS } from '../core/feed/warnings.js';
import { contrastRatio } from '../core/embed/contrast.js';
import {
  colourStyle,
  contrastProblems,
  embedCsp,
  embedSnippet,
  type EmbedChoice,
} from '../core/embed/snippet.js';

/** Warnings, said to a person who keeps a directory (the validator's words are for logs). */
const WARNING_WORDS: Record<string, (n: number) => string> = {
  noContact: (n) => `${n} have no phone, email or website: a visitor cannot reach them.`,
  noLocation: (n) => `${n} have no position: they cannot be shown on a map or sorted by distance.`,
  stale: (n) =>
    `${n} were last checked more than a year ago: visitors are told they may be out of date.`,
  unverified: (n) => `${n} say nothing of when they were last checked.`,
};

const LANGUAGES: Array<[string, string]> = [
  ['', 'The language of the page it is on'],
  ['en', 'English'],
  ['fr', 'Français'],
  ['es', 'Español'],
  ['it', 'Italiano'],
  ['ar', 'العربية'],
];

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
    @media (max-width: 60rem) {
      .layout {
        grid-template-columns: 1fr;
      }
    }
    fieldset {
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
  `;

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
    const feed = new URLSearchParams(location.search).get('feed') ?? '';
    this.choice = { ...this.choice, script };
    this.feed = feed;
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
    if (this.checking) return html`<p role="status">Reading your directory…</p>`;
    const load = this.load;
    if (!load) return html`<p role="status"></p>`;
    if (!load.ok) {
      if ('aborted' in load && load.aborted) return html`<p role="status"></p>`;
      const error = 'error' in load ? load.error : undefined;
      return html`<div class="report bad" role="status">
        <p><strong>Your directory cannot be shown.</strong> ${error?.message}</p>
        ${error?.problems?.length ? this.renderProblems(error.problems) : nothing}
      </div>`;
    }
    const warnings = feedWarnings(load.resources, new Date());
    const rejected = load.total - load.resources.length - (load.hidden ?? 0);
    return html`<div class="report ${load.problems.length ? 'bad' : ''}" role="status">
      <p>
        <strong
          >${load.resources.length} of ${load.total} resources can be
          shown${rejected ? `; ${rejected} cannot` : ''}.</strong
        >
        ${load.problems.length ? `${load.problems.length} things in your data need fixing:` : 'Nothing in your data needs fixing.'}
      </p>
      ${load.problems.length ? this.renderProblems(load.problems) : nothing}
      ${WARNING_KINDS.filter((k) => warnings[k].length && WARNING_WORDS[k]).map(
        (k) => html`<p class="hint">${WARNING_WORDS[k]!(warnings[k].length)}</p>`,
      )}
    </div>`;
  }

  private renderProblems(
    problems: Array<{ message: string } & Parameters<typeof problemPlace>[0]>,
  ) {
    return html`<ul>
      ${problems.slice(0, 100).map((p) => html`<li>${problemPlace(p)}: ${p.message}</li>`)}
    </ul>`;
  }

  private renderColours(): TemplateResult {
    const accent = this.choice.accent;
    const on = this.choice.onAccent ?? '#ffffff';
    const failing = contrastProblems(this.choice);
    const ratio = (a: string, b: string) => (contrastRatio(a, b) ?? 1).toFixed(1);
    return html`<fieldset>
      <legend>Colours</legend>
      <label class="check"
        ><input
          type="checkbox"
          .checked=${!!accent}
          @change=${(e: Event) => this.set('accent', (e.target as HTMLInputElement).checked ? '#0b6e4f' : undefined)}
        />
        Use my own colours</label
      >
      ${
        accent
          ? html`<div class="colours">
                <label
                  >Main colour (buttons)
                  <input
                    type="color"
                    name="accent"
                    .value=${accent}
                    @input=${(e: Event) => this.set('accent', (e.target as HTMLInputElement).value)}
                /></label>
                <label
                  >Text on it
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
                    ? `Not readable enough for everyone: ${failing
                        .map((f) =>
                          f.pair === 'on-accent'
                            ? `text on the main colour ${ratio(on, accent)}:1`
                            : `the main colour as text on white ${ratio(accent, '#ffffff')}:1`,
                        )
                        .join(
                          ' and ',
                        )} (WCAG AA asks for 4.5:1). These colours are not used; choose a darker or lighter one.`
                    : `Readable: text on the main colour ${ratio(on, accent)}:1, the main colour on white ${ratio(accent, '#ffffff')}:1 (WCAG AA asks for 4.5:1).`
                }
              </p>`
          : nothing
      }
    </fieldset>`;
  }

  override render(): TemplateResult {
    const c = this.final;
    const snippet = embedSnippet(c);
    return html`<div class="layout">
      <form @submit=${(e: Event) => e.preventDefault()}>
        <fieldset>
          <legend>Your directory</legend>
          <label class="check"
            ><input
              type="radio"
              name="mode"
              .checked=${this.mode === 'feed'}
              @change=${() => (this.mode = 'feed')}
            />
            A file: JSON, Open Referral HSDS, or a spreadsheet saved as CSV</label
          >
          <label class="check"
            ><input
              type="radio"
              name="mode"
              .checked=${this.mode === 'server'}
              @change=${() => (this.mode = 'server')}
            />
            A directory server (for very large directories)</label
          >
          <label
            >${this.mode === 'feed' ? 'Address of your file' : 'Address of your directory server'}
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
                  >Or try a file from this computer (it stays on this computer)
                  <input type="file" accept=".json,.csv,.zip" @change=${this.pickFile}
                /></label>`
              : nothing
          }
          ${
            this.fileName
              ? html`<p class="hint">
                  Previewing ${this.fileName}. Publish it on your website and give its address
                  above: the snippet uses that address.
                </p>`
              : nothing
          }
          ${this.mode === 'feed' ? this.renderReport() : nothing}
        </fieldset>
        <fieldset>
          <legend>Language</legend>
          <label
            >Language of the directory
            <select
              name="lang"
              @change=${(e: Event) => this.set('lang', (e.target as HTMLSelectElement).value)}
            >
              ${LANGUAGES.map(
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
          <legend>Features</legend>
          <label class="check"
            ><input
              type="checkbox"
              name="quick-exit"
              .checked=${this.quickExit}
              @change=${(e: Event) => (this.quickExit = (e.target as HTMLInputElement).checked)}
            />
            Quick exit: a button that leaves for another site at once (for visitors in
            danger)</label
          >
          ${
            this.quickExit
              ? html`<label
                  >Quick exit leads to
                  <input
                    type="url"
                    name="exit-to"
                    .value=${this.exitTo}
                    @change=${(e: Event) => (this.exitTo = (e.target as HTMLInputElement).value.trim())}
                /></label>`
              : nothing
          }
          <label
            >Referral requests go to (an https address that receives them; empty: no referrals)
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
            Let visitors report a wrong listing</label
          >
          ${
            this.reports
              ? html`<label
                    >Reports go to
                    ${this.mode === 'server' ? '(empty: your directory server keeps them)' : '(an https address)'}
                    <input
                      type="url"
                      name="report-endpoint"
                      .value=${this.choice.reportEndpoint ?? ''}
                      @change=${(e: Event) => this.set('reportEndpoint', (e.target as HTMLInputElement).value.trim())}
                  /></label>
                  <label
                    >Who receives them, as visitors are told (your organization's name; empty: the
                    address's host)
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
            Keep a visitor's list between visits (on their device only)</label
          >
          <label
            >Map tiles you serve (a .pmtiles file or a {z}/{x}/{y} address; empty: no map)
            <input
              type="text"
              name="map-tiles"
              .value=${this.choice.mapTiles ?? ''}
              @change=${(e: Event) => this.set('mapTiles', (e.target as HTMLInputElement).value.trim())}
          /></label>
          ${
            this.choice.mapTiles
              ? html`<label
                  >Map attribution
                  <input
                    type="text"
                    name="map-attribution"
                    .value=${this.choice.mapAttribution ?? ''}
                    @change=${(e: Event) => this.set('mapAttribution', (e.target as HTMLInputElement).value.trim())}
                /></label>`
              : nothing
          }
        </fieldset>
        <h2 id="snippet-title">Paste this into your page</h2>
        <pre id="snippet"><code>${snippet}</code></pre>
        <button type="button" @click=${() => this.copy('snippet')}>Copy the snippet</button>
        <h2 id="csp-title">If your site sends a Content-Security-Policy</h2>
        <p class="hint">Use this one, or add what it names to yours.</p>
        <pre id="csp"><code>${this.csp}</code></pre>
        <button type="button" @click=${() => this.copy('csp')}>Copy the policy</button>
        <p role="status" class="hint">
          ${this.copied ? `The ${this.copied === 'snippet' ? 'snippet' : 'policy'} is copied.` : ''}
        </p>
      </form>
      <section aria-labelledby="preview-title">
        <h2 id="preview-title">Your directory, as your visitors will see it</h2>
        ${
          this.previewPage
            ? html`<iframe title="Preview" .srcdoc=${this.previewPage}></iframe>`
            : html`<p>Give the address of your directory to see it here.</p>`
        }
      </section>
    </div>`;
  }
}

customElements.define('rf-embed-configurator', RfEmbedConfigurator);
