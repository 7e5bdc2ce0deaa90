/**
 * Quick exit as a behaviour of its host: three presses of Shift anywhere on the page leave for the neutral site, and
 * {@link QuickExitController.exit} does it for a button. Listens only while the host is connected.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { keyPressCounter } from '../core/safety/triple-key.js';

/** Resolves a quick-exit address against the page; only http and https are accepted. */
export function quickExitUrl(address: string | undefined): string | undefined {
  if (!address) return undefined;
  try {
    const url = new URL(address, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** How many presses of Shift leave the page. */
const PRESSES = 3;

/**
 * Quick exit as GOV.UK's "Exit this page" does it: Shift pressed on its own three times within 5 seconds (any other
 * key starts again), each press announced to screen readers; on leaving, the page is covered at once by a neutral
 * overlay (above an open dialog too), no referrer is sent, and this page is replaced in the history. A visitor who
 * comes back through the browser's cache finds the overlay gone.
 */
export class QuickExitController implements ReactiveController {
  private readonly count = keyPressCounter({ presses: PRESSES });
  /** Presses of Shift so far in the current sequence (0 when none). */
  presses = 0;
  /** True from the moment the visitor leaves until the page is gone (or comes back from the cache). */
  exiting = false;
  private readonly onKeydown = (e: KeyboardEvent): void => {
    if (!this.url) return;
    const presses = this.count(e.key, e.timeStamp, e.repeat);
    if (presses === PRESSES) {
      this.presses = 0;
      this.exit();
    } else if (presses !== this.presses) {
      this.presses = presses;
      this.host.requestUpdate();
    }
  };
  private readonly onPageshow = (e: PageTransitionEvent): void => {
    if (!e.persisted || !this.exiting) return;
    this.exiting = false;
    this.presses = 0;
    this.cover(false);
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The quick-exit address the host was given (`quick-exit`). */
    private readonly address: () => string | undefined,
    /** Shows (true) or removes (false) the overlay that hides the page, at once and above everything. */
    private readonly cover: (on: boolean) => void = () => undefined,
  ) {
    host.addController(this);
  }

  /** Where quick exit goes; undefined when it is off or the address is not http(s). */
  get url(): string | undefined {
    return quickExitUrl(this.address());
  }

  /** Presses still needed, for the announcement (undefined when none is under way). */
  get remaining(): number | undefined {
    return this.presses > 0 ? PRESSES - this.presses : undefined;
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onKeydown, true);
    window.addEventListener('pageshow', this.onPageshow);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKeydown, true);
    window.removeEventListener('pageshow', this.onPageshow);
  }

  /**
   * Leaves for the quick-exit site: covers the page first, sends no referrer (the site does not learn where the
   * visitor was), and replaces this page in the history so Back does not return to it.
   */
  exit(): void {
    const url = this.url;
    if (!url) return;
    this.exiting = true;
    this.host.requestUpdate();
    this.cover(true);
    let policy = document.querySelector('meta[name="referrer"][data-quick-exit]');
    if (!policy) {
      policy = document.createElement('meta');
      policy.setAttribute('name', 'referrer');
      policy.setAttribute('data-quick-exit', '');
      document.head.append(policy);
    }
    policy.setAttribute('content', 'no-referrer');
    location.replace(url);
  }
}
