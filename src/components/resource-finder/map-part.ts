import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { RfResourceSelectEvent } from '../../events.js';
import type { View, ViewAnswer } from '../../core/view/view.js';
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
    if (this.open) this.code.get();
    this.host.requestUpdate();
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

  /** The map of the answer's results, the open one chosen, the visitor's position when they gave it. */
  panel(
    settings: MapSettings,
    answer: ViewAnswer | undefined,
    view: View,
    lang: string,
    select: (id: string) => void,
  ): TemplateResult | typeof nothing {
    if (!this.open || !settings.mapTiles || !answer) return nothing;
    return html`<rf-map
      id="map"
      part="map"
      tiles=${settings.mapTiles}
      attribution=${settings.mapAttribution}
      max-data-zoom=${settings.mapMaxZoom}
      ui-lang=${lang}
      selected=${view.open ?? nothing}
      .resources=${answer.hits.map((h) => h.resource)}
      .origin=${view.origin}
      @rf-resource-select=${(e: RfResourceSelectEvent) => select(e.detail.id)}
    ></rf-map>`;
  }
}
