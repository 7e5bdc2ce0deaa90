import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import { leafletLayer } from 'protomaps-leaflet';
import Supercluster from 'supercluster';
import type { Resource } from '../../core/feed/schema.js';
import type { Area, LatLng } from '../../core/filters/distance.js';
import { mapPoints, pointBounds, type MapPoint } from '../../core/map/points.js';
import { RfAreaChangeEvent, RfResourceSelectEvent } from '../../events.js';
import type { MessageOverrides } from '../../i18n/index.js';
import { LocaleController } from '../../controllers/locale.js';
import { LocalizedElement } from '../shared/localized.js';
import { baseStyles } from '../shared/base.styles.js';
import { leafletStyles } from './leaflet.styles.js';
import { styles } from './rf-map.styles.js';

/** Zoom a map of one place opens at, and the closest it fits several. */
const PLACE_ZOOM = 14;
/** Points closer than this (pixels) are drawn as one marker with their count, until the visitor zooms in. */
const CLUSTER_RADIUS = 48;

type Leaflet = typeof L & { GridLayer: typeof L.GridLayer };

/**
 * The results on a map whose tiles come from the host alone: a PMTiles archive (one static file, read with range
 * requests) or a tile URL template (`…/{z}/{x}/{y}.mvt`), drawn by Leaflet with protomaps-leaflet. With no `tiles`
 * there is no map and no request. Markers are buttons named by their resource (reached with Tab, chosen with Enter),
 * nearby ones grouped with their count; choosing one fires `rf-resource-select`. Confidential places never appear.
 * The map is never the only way to anything: every resource is in the list too.
 *
 * @summary A map of resources, from the host's tiles only.
 * @fires rf-resource-select - The visitor chose a marker; detail `{ id }`.
 * @fires rf-area-change - The visitor moved the map and asked for the results in the area it shows; detail `{ area }`.
 * @csspart map - The map.
 * @cssprop --rf-map-height - The map's height (default 24rem; 60vh on phones).
 */
export class RfMap extends LocalizedElement {
  static override styles = [baseStyles, leafletStyles, styles];

  protected readonly locale = new LocaleController(this);

  /** The resources to show (the current results). */
  @property({ attribute: false }) resources: readonly Resource[] = [];

  /** The host's tiles: a `.pmtiles` archive's URL, or a `{z}/{x}/{y}` template of vector tiles. */
  @property() tiles?: string;

  /** The tiles' attribution, as their licence asks (shown on the map). */
  @property() attribution = '';

  /** Deepest zoom the tiles are made for (a template's; an archive says its own). Deeper, they are enlarged. */
  @property({ type: Number, attribute: 'max-data-zoom' }) maxDataZoom = 14;

  /** Id of the resource shown as chosen (the one open in the list). */
  @property() selected?: string;

  /** The visitor's position, when they used "near me". */
  @property({ attribute: false }) origin?: LatLng;

  /** The area the results are limited to ("Search this area"): the map keeps the visitor's framing then. */
  @property({ attribute: false }) area?: Area;

  /** The directory cannot limit results to an area (a plain HSDS API): "Search this area" is not offered. */
  @property({ type: Boolean, attribute: 'no-area-search' }) noAreaSearch = false;

  /** Whether the visitor moved the map since it was framed: "Search this area" is offered. */
  @state() private moved = false;
  /** True while the map moves by its own doing (framing, showing the chosen resource), not the visitor's. */
  private ownMove = false;

  /** Language of the controls; defaults to the element's or page's language. */
  @property({ attribute: 'ui-lang' }) uiLang?: string;

  /** Overrides any message of the catalogue. */
  @property({ attribute: false }) messages?: MessageOverrides;

  private map?: L.Map;
  private markers?: L.LayerGroup;
  private you?: L.Marker;
  private zoom?: L.Control.Zoom;
  private points: MapPoint[] = [];
  private index?: Supercluster<{ id: string; name: string }>;
  /** The language the map was drawn in (its controls), and the one its points are named in. */
  private drawnLang?: string;
  /**
   * The points' ids, names and places: the same results given again (the finder gives a new list at each render)
   * are neither clustered nor framed again, and the visitor's view stays.
   */
  private pointsKey?: string;
  /** Whether the points changed since they were last drawn. */
  private pointsChanged = false;
  private namedLang?: string;

  override render(): TemplateResult {
    const m = this.locale.m;
    return html`<div class="frame">
        <div part="map" class="map" role="region" aria-label=${m.map.label}></div>
        ${
          this.moved && !this.noAreaSearch
            ? html`<button
                type="button"
                part="search-area"
                class="button primary search-area"
                @click=${this.searchArea}
              >
                ${m.map.searchArea}
              </button>`
            : ''
        }
      </div>
      ${this.points.length ? '' : html`<p class="none muted">${m.map.none}</p>`}`;
  }

  /** The results in the area the map shows now. */
  private searchArea(): void {
    const b = this.map?.getBounds();
    if (!b) return;
    this.moved = false;
    const area = { south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast() };
    this.dispatchEvent(new RfAreaChangeEvent({ area }));
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('resources') || this.namedLang !== this.locale.lang) {
      this.namedLang = this.locale.lang;
      const points = mapPoints(this.resources, this.locale.lang);
      const key = points.map((p) => `${p.id}\u001f${p.name}@${p.lat},${p.lng}`).join('\u001e');
      if (key === this.pointsKey) return;
      this.points = points;
      this.pointsKey = key;
      this.pointsChanged = true;
      const index = new Supercluster<{ id: string; name: string }>({
        radius: CLUSTER_RADIUS,
        maxZoom: 20,
      });
      index.load(
        this.points.map((p) => ({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [p.lng, p.lat] },
          properties: { id: p.id, name: p.name },
        })),
      );
      this.index = index;
    }
  }

  override updated(changed: PropertyValues<this>): void {
    if (!this.tiles) return;
    const first = !this.map;
    if (first) this.createMap();
    const langChanged = this.drawnLang !== this.locale.lang;
    if (langChanged) this.addControls();
    if (first || this.pointsChanged || langChanged) {
      this.drawnLang = this.locale.lang;
      this.pointsChanged = false;
      // Limited to an area, the map stays where the visitor put it.
      if (first || !this.area) this.fit();
      this.drawMarkers();
    } else if (changed.has('selected')) {
      this.drawMarkers();
      this.showSelected();
    }
    if (changed.has('origin')) this.drawYou();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.map) {
      this.map.remove();
      // Leaflet 1.9 ends a zoom's animation on a timer that remove() leaves running: it then moved the removed map and
      // threw (Leaflet#9575, when the map closes in the middle of a zoom). The timer stops at once for a map that is
      // not zooming.
      (this.map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
    }
    this.map = this.markers = this.you = this.zoom = undefined;
    this.drawnLang = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Drawn anew after a move in the page (a map cannot be carried across).
    if (this.hasUpdated) this.requestUpdate('resources');
  }

  private get reducedMotion(): boolean {
    return matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  private createMap(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.map')!;
    const still = this.reducedMotion;
    const map = L.map(container, {
      zoomControl: false,
      attributionControl: false,
      keyboard: true,
      zoomAnimation: !still,
      fadeAnimation: !still,
      markerZoomAnimation: !still,
      inertia: !still,
      worldCopyJump: true,
      minZoom: 1,
    });
    // protomaps-leaflet draws on Leaflet's grid layer, which it finds as the global `L`: lent, if the page has none.
    const global = globalThis as { L?: Leaflet };
    global.L ??= L as Leaflet;
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    leafletLayer({
      url: this.tiles!,
      flavor: dark ? 'dark' : 'light',
      lang: this.locale.lang,
      attribution: this.attribution,
      ...(/\.pmtiles(\?|$)/.test(this.tiles!) ? {} : { maxDataZoom: this.maxDataZoom }),
    }).addTo(map);
    L.control.attribution({ prefix: false }).addTo(map);
    this.markers = L.layerGroup().addTo(map);
    map.on('moveend', () => this.drawMarkers());
    map.on('movestart', () => {
      if (!this.ownMove) this.moved = true;
    });
    this.map = map;
  }

  /** The zoom buttons, named in the visitor's language, on the side where their reading starts. */
  private addControls(): void {
    const m = this.locale.m;
    this.zoom?.remove();
    this.zoom = L.control
      .zoom({
        position: this.locale.dir === 'rtl' ? 'topright' : 'topleft',
        zoomInTitle: m.map.zoomIn,
        zoomOutTitle: m.map.zoomOut,
      })
      .addTo(this.map!);
  }

  /** Moves the map by its own doing (not the visitor's: "Search this area" is not offered for it). */
  private moveByCode(move: () => void): void {
    this.ownMove = true;
    try {
      move();
    } finally {
      this.ownMove = false;
    }
  }

  /** Frames every point (the world when there is none). */
  private fit(): void {
    this.moveByCode(() => this.frame());
    this.moved = false;
  }

  private frame(): void {
    const bounds = pointBounds(this.points);
    if (!bounds) this.map!.setView([20, 0], 1, { animate: false });
    else if (this.points.length === 1) this.map!.setView(bounds[0], PLACE_ZOOM, { animate: false });
    else this.map!.fitBounds(bounds, { padding: [32, 32], maxZoom: PLACE_ZOOM, animate: false });
  }

  /**
   * The markers of the area in view: a resource, or a group of nearby ones with their count. They are drawn anew
   * when the map moves; the one the keyboard was on keeps the focus.
   */
  private drawMarkers(): void {
    const map = this.map;
    if (!map || !this.markers || !this.index) return;
    const m = this.locale.m;
    const root = this.renderRoot as ShadowRoot;
    const focused = (root.activeElement as HTMLElement | null)?.dataset.key;
    const b = map.getBounds();
    const clusters = this.index.getClusters(
      [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
      Math.round(map.getZoom()),
    );
    this.markers.clearLayers();
    for (const c of clusters) {
      const [lng, lat] = c.geometry.coordinates as [number, number];
      const props = c.properties as {
        cluster?: boolean;
        cluster_id?: number;
        point_count?: number;
      };
      if (props.cluster) {
        const count = this.locale.number(props.point_count ?? 0);
        const zoomIn = () => {
          const zoom = this.index!.getClusterExpansionZoom(props.cluster_id!);
          map.setView([lat, lng], zoom, { animate: !this.reducedMotion });
        };
        this.button(
          L.marker([lat, lng], {
            keyboard: true,
            icon: L.divIcon({ className: 'rf-cluster', html: count, iconSize: [36, 36] }),
          }),
          `cluster:${props.cluster_id}`,
          m.map.cluster(count),
          zoomIn,
        );
        continue;
      }
      const { id, name } = c.properties as { id: string; name: string };
      const chosen = id === this.selected;
      this.button(
        L.marker([lat, lng], {
          keyboard: true,
          zIndexOffset: chosen ? 1000 : 0,
          icon: L.divIcon({
            className: chosen ? 'rf-pin selected' : 'rf-pin',
            iconSize: [24, 24],
            iconAnchor: [12, 24],
          }),
        }),
        id,
        name,
        () => this.dispatchEvent(new RfResourceSelectEvent({ id })),
        chosen,
      );
    }
    if (focused) root.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`)?.focus();
  }

  /**
   * A marker as a screen reader and a keyboard meet it: a button with its name (and, for a resource, whether it is
   * the chosen one), used with a click, Enter or Space.
   */
  private button(
    marker: L.Marker,
    key: string,
    label: string,
    activate: () => void,
    pressed?: boolean,
  ): void {
    marker.on('click', activate).addTo(this.markers!);
    const el = marker.getElement();
    if (!el) return;
    el.dataset.key = key;
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', label);
    el.removeAttribute('title');
    if (pressed !== undefined) el.setAttribute('aria-pressed', String(pressed));
    el.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      e.stopPropagation();
      activate();
    });
  }

  /** Brings the chosen resource into view (closer, when it is inside a group). */
  private showSelected(): void {
    const point = this.points.find((p) => p.id === this.selected);
    if (!point || !this.map) return;
    const zoom = Math.max(this.map.getZoom(), Math.min(PLACE_ZOOM, 12));
    this.moveByCode(() =>
      this.map!.setView([point.lat, point.lng], zoom, { animate: !this.reducedMotion }),
    );
  }

  /** The visitor's own position, when they gave it: not a button, and never sent anywhere. */
  private drawYou(): void {
    this.you?.remove();
    this.you = undefined;
    if (!this.origin || !this.map) return;
    this.you = L.marker([this.origin.lat, this.origin.lng], {
      keyboard: false,
      interactive: false,
      icon: L.divIcon({ className: 'rf-you', iconSize: [16, 16] }),
    }).addTo(this.map);
    const el = this.you.getElement();
    el?.setAttribute('role', 'img');
    el?.setAttribute('aria-label', this.locale.m.map.you);
  }
}
