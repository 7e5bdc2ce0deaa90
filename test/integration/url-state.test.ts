import { expect, fixture as mount, html } from '@open-wc/testing';
import '../../src/define.js';
import { decodeUrlState, encodeUrlState } from '../../src/core/view/url-state.js';
import type { ResourceFinder, RfResourceCard } from '../../src/index.js';
import { $, $$, checkbox, filtersOf, fixture, settled, shownNames } from '../helpers.js';

describe('<resource-finder sync-url>', () => {
  let original: string;
  beforeEach(() => (original = location.search));
  afterEach(() => history.replaceState(history.state, '', `${location.pathname}${original}`));

  it('restores the view from a shared link, and writes changes back without adding history entries', async () => {
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${encodeUrlState({ query: 'manchester', filters: { cost: ['free'] }, open: 'mh-1' }, original)}`,
    );
    const entries = history.length;
    const el = await mount<ResourceFinder>(
      html`<resource-finder sync-url src=${fixture('feed-small.json')}></resource-finder>`,
    );
    await settled(el);
    expect(el.query).to.equal('manchester');
    expect(el.filters).to.deep.equal({ cost: ['free'] });
    expect(shownNames(el)).to.have.members([
      'Riverside Night Shelter',
      'Hearing Voices Peer Group',
      'Free Legal Aid Clinic',
    ]);
    const open = $$<RfResourceCard>($(el, 'rf-results'), 'rf-resource-card').find(
      (c) => c.resource!.id === 'mh-1',
    )!;
    expect(open.expanded).to.equal(true);

    checkbox(filtersOf(el), 'Free only').click();
    await settled(el);
    expect(decodeUrlState(location.search)).to.deep.equal({
      query: 'manchester',
      filters: {},
      open: 'mh-1',
    });
    expect(new URLSearchParams(location.search).get('wtr-session-id')).to.equal(
      new URLSearchParams(original).get('wtr-session-id'),
    );
    expect(history.length).to.equal(entries);
  });

  it('does nothing with the URL in safe mode', async () => {
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${encodeUrlState({ query: 'legal', filters: {} }, original)}`,
    );
    const before = location.href;
    const el = await mount<ResourceFinder>(
      html`<resource-finder
        sync-url
        safe-mode
        src=${fixture('feed-small.json')}
      ></resource-finder>`,
    );
    await settled(el);
    expect(el.query).to.equal(''); // not read
    checkbox(filtersOf(el), 'Free only').click();
    await settled(el);
    expect(location.href).to.equal(before); // not written
  });
});
