/**
 * A feed over a slow or broken connection: the timeout means "nothing is arriving", not "the download is long", the
 * visitor sees how much has arrived, and a stall ends in a clear message with Try again.
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { ResourceFinder, RfFeedErrorEvent, RfFeedLoadEvent } from '../../src/index.js';
import { $, feedStatus, settled, shownNames } from '../helpers.js';

afterEach(() => document.querySelectorAll('resource-finder').forEach((el) => el.remove()));

function finder(src: string, timeout: number): ResourceFinder {
  const el = document.createElement('resource-finder');
  el.timeout = timeout;
  el.src = src;
  document.body.append(el);
  return el;
}

describe('<resource-finder> on a slow connection', () => {
  it('loads a slow but steady feed that takes far longer than its timeout, showing what has arrived', async () => {
    // 8 pieces, 250 ms apart: 2 s in all, with a timeout of 600 ms.
    const el = finder('/api/steady-feed?size=60&chunks=8&every=250', 600);
    await el.updateComplete;
    const seen = new Set<string>();
    const status = feedStatus(el);
    const observer = new MutationObserver(() => {
      const text = status.shadowRoot?.querySelector('[role="status"]')?.textContent;
      if (text) seen.add(text.replace(/\s+/g, ' ').trim());
    });
    observer.observe(status.shadowRoot!, { subtree: true, childList: true, characterData: true });
    const loaded = await oneEvent(el, 'rf-feed-load');
    observer.disconnect();
    expect((loaded as RfFeedLoadEvent).detail.accepted).to.equal(60);
    await settled(el);
    expect(shownNames(el)[0]).to.equal('Steady resource 0');
    const amounts = [...seen].filter((t) => /^Loading the directory… [\d.,]+ kB$/.test(t));
    // Told as the bytes arrive, politely: a few times, not at every piece.
    expect(amounts.length, [...seen].join(' | ')).to.be.within(1, 5);
  });

  it('gives up when the feed stops arriving, says so with a Try again, and loads the next source', async () => {
    const el = finder('/api/stalled-feed?size=60&chunks=8&stall=3000', 300);
    const failed = (await oneEvent(el, 'rf-feed-error')) as RfFeedErrorEvent;
    expect(failed.detail.message).to.match(
      /^The feed stopped arriving: nothing came for 0\.3 s after \d+ bytes\.$/,
    );
    await settled(el);
    const alert = $(feedStatus(el), '[role="alert"]');
    expect(alert.innerText).to.contain('The directory took too long to answer.');
    expect(alert.innerText).to.contain('Nothing more arrived for 0.3 s.');
    expect($(feedStatus(el), '[role="alert"] button').innerText.trim()).to.equal('Try again');
    el.src = '/api/steady-feed?size=5&chunks=2&every=50';
    const loaded = await oneEvent(el, 'rf-feed-load');
    expect((loaded as RfFeedLoadEvent).detail.accepted).to.equal(5);
  });
});
