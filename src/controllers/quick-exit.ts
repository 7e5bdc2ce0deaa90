/**
 * Quick exit as a behaviour of its host: three presses of Shift anywhere on the page leave for the neutral site, and
 * {@link QuickExitController.exit} does it for a button. Listens only while the host is connected.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { tripleKeyDetector } from '../core/safety/triple-key.js';

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

export class QuickExitController implements ReactiveController {
  private readonly detect = tripleKeyDetector();
  private readonly onKeydown = (e: KeyboardEvent): void => {
    if (this.url && this.detect(e.key, e.timeStamp, e.repeat)) this.exit();
  };

  constructor(
    host: ReactiveControllerHost,
    /** The quick-exit address the host was given (`quick-exit`). */
    private readonly address: () => string | undefined,
  ) {
    host.addController(this);
  }

  /** Where quick exit goes; undefined when it is off or the address is not http(s). */
  get url(): string | undefined {
    return quickExitUrl(this.address());
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onKeydown, true);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKeydown, true);
  }

  /** Leaves for the quick-exit site, replacing this page in the history so Back does not return. */
  exit(): void {
    const url = this.url;
    if (url) location.replace(url);
  }
}
