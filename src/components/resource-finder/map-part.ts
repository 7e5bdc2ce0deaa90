import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { RfAreaChangeEvent, RfResourceSelectEvent } from '../../events.js';
import type { View, ViewAnswer, ViewPatch } from '../../core/view/view.js';
import type { Messages } from '../../i18n/index.js';
import { OnDemand } from '../../controllers/on-demand.js';

/** The host's tiles, as the finder's attributes give them. */
export interface MapSettings {
  mapTiles?: string;
  mapAttribution: string;
  mapMaxZoom: number;
}

/**
 * A finder's map of its results: the "Map" button, and the map (`rf-map`) while it is open. Its code (Leaflet and its
 * tile renderer) is asked for the first time the visitor opens it; the element draws once it has arrived.
 */
export class FinderMap {
  open = false;
  private readonly code: OnDemand<unknown>;

  constructor(private readonly host: ReactiveControllerHost) {
    this.code = new OnDemand(host, () => import('../../map.js'));
  }

  toggle(): void {
    this.open = !this.open;
    // Asked again at each opening after a failure (the network may be back).
    if (this.open) this.code.load().catch(() => undefined);
    this.host.requestUpdate();
  }

  /** Whether the map's code could not be loaded (a missing file, the network, or a page policy that refuses it). */
  get failed(): boolean {
    return this.code.failed;
  }

  /** The "Map" button (only with tiles): it shows and hides the map. */
  button(m: Messages, settings: MapSettings): TemplateResult | typeof nothing {
    if (!settings.mapTiles) return nothing;
    return html`<button
      type="button"
      part="map-toggle"
      class="button map-toggle"
      aria-expanded=${String(this.open)}
      aria-controls="map"
      @click=${() => this.toggle()}
    >
      ${m.map.show}
    </button>`;
  }

  /**
   * The map of the answer's results, the open one chosen, the visitor's position when they gave it; with an area
   * searched, what the results are limited to and the way back to everywhere.
   */
  panel(
    settings: MapSettings,
    answer: ViewAnswer | undefined,
    view: View,
    m: Messages,
    visit: (patch: ViewPatch) => void,
    areas = true,
  ): TemplateResult | typeof nothing {
    if (!this.open || !settings.mapTiles || !answer) return nothing;
    // Said, not left blank: the list has every result still.
    if (this.failed)
      return html`<p part="map-failed" class="map-failed" role="alert">${m.map.failed}</p>`;
    return html`${
        view.area
          ? html`<p part="map-area" class="map-area" role="status">
              ${m.map.inArea}
              <button type="button" class="link" @click=${() => visit({ area: undefined })}>
                ${m.map.everywhere}
              </button>
            </p>`
          : nothing
      }
      <rf-map
        id="map"
        part="map"
        tiles=${settings.mapTiles}
        attribution=${settings.mapAttribution}
        max-data-zoom=${settings.mapMaxZoom}
        ui-lang=${view.lang}
        selected=${view.open ?? nothing}
        .resources=${answer.hits.map((h) => h.resource)}
        .origin=${view.origin}
        .area=${view.area}
        ?no-area-search=${!areas}
        @rf-resource-select=${(e: RfResourceSelectEvent) => visit({ open: e.detail.id })}
        @rf-area-change=${(e: RfAreaChangeEvent) => visit({ area: e.detail.area })}
      ></rf-map>`;
  }
}
