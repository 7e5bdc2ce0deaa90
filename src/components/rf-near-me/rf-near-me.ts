import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LatLng } from '../../core/filters/distance.js';
import { RfOriginChangeEvent } from '../../events.js';
import type { MessageOverrides } from '../../i18n/index.js';
import { LocaleController } from '../../controllers/locale.js';
import { LocalizedElement } from '../shared/localized.js';
import { baseStyles } from '../shared/base.styles.js';
import { styles } from './rf-near-me.styles.js';

/** The radius choices offered, in kilometres (0: any distance). */
export const RADII_KM = [0, 1, 2, 5, 10, 25, 50] as const;

/**
 * "Near me": asks the browser for the visitor's position only when they press the button, then offers a radius and
 * a way to forget the position. The position stays on the device: it is handed to the finder, and sent nowhere, unless
 * `position-sent-to` says where the finder sends it (a directory server, rounded to about 1 km): then it says so.
 *
 * @summary Share your position to sort and filter by distance.
 * @fires rf-origin-change - The visitor shared their position, chose a radius or forgot the position; detail `{ origin?, radius }`.
 */
export class RfNearMe extends LocalizedElement {
  static override styles = [baseStyles, styles];

  /** The visitor's position, when known. */
  @property({ attribute: false }) origin?: LatLng;

  /** Kilometres around the position (0: any distance). */
  @property({ type: Number }) radius = 0;

  /**
   * Who receives the (approximate) position when it is used: a directory server's host name, in server mode. Without
   * it the element says that the position stays on the device.
   */
  @property({ attribute: 'position-sent-to' }) positionSentTo?: string;

  /** Language of the messages; defaults to the finder's, else the nearest `lang`. */
  @property({ attribute: 'ui-lang' }) uiLang?: string;

  /** Overrides any message of the catalogue. */
  @property({ attribute: false }) messages?: MessageOverrides;

  @state() private locating: 'idle' | 'busy' | 'error' = 'idle';

  protected readonly locale = new LocaleController(this);

  /** Asks the browser for the visitor's position (only now, on their request). */
  locate(): void {
    if (!('geolocation' in navigator)) {
      this.locating = 'error';
      return;
    }
    this.locating = 'busy';
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.locating = 'idle';
        const origin = { lat: position.coords.latitude, lng: position.coords.longitude };
        this.dispatchEvent(new RfOriginChangeEvent({ origin, radius: this.radius }));
      },
      () => (this.locating = 'error'),
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 },
    );
  }

  private chooseRadius(e: Event): void {
    const radius = Number((e.target as HTMLSelectElement).value);
    this.dispatchEvent(
      new RfOriginChangeEvent({ ...(this.origin ? { origin: this.origin } : {}), radius }),
    );
  }

  private forget(): void {
    this.dispatchEvent(new RfOriginChangeEvent({ radius: 0 }));
  }

  override render(): TemplateResult {
    const m = this.locale.m;
    const status =
      this.locating === 'busy'
        ? m.nearMeBusy
        : this.locating === 'error'
          ? m.nearMeError
          : this.origin
            ? this.positionSentTo
              ? m.nearMeSent(this.positionSentTo)
              : m.nearMeActive
            : '';
    return html`<div class="where">
      <button
        type="button"
        class="button"
        aria-describedby="where-status"
        ?disabled=${this.locating === 'busy'}
        @click=${() => this.locate()}
      >
        <svg class="pin" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 21s-7-6.2-7-11.5A7 7 0 0 1 19 9.5C19 14.8 12 21 12 21z"></path>
          <circle cx="12" cy="9.5" r="2.5"></circle>
        </svg>
        ${m.nearMe}
      </button>
      ${
        this.origin
          ? html`<label class="radius"
                >${m.radius}
                <select class="control" @change=${this.chooseRadius}>
                  ${RADII_KM.map((km) => html`<option value=${km} ?selected=${this.radius === km}>${km === 0 ? m.radiusAny : this.locale.kilometres(km)}</option>`)}
                </select></label
              >
              <button type="button" class="link-button" @click=${this.forget}>
                ${m.forgetPosition}
              </button>`
          : nothing
      }
      <p id="where-status" class="where-status muted" role="status">${status}</p>
    </div>`;
  }
}
