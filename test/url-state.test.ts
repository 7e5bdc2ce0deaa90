import { expect, fixture as mount, html } from '@open-wc/testing';
import '../src/define.js';
import { decodeUrlState, encodeUrlState } from '../src/core/view/url-state.js';
import type { ResourceFinder, RfResourceCard } from '../src/index.js';
import { $, $$, checkbox, filtersOf, fixture, settled, shownNames } from './helpers.js';

describe('URL state (pure)', () => {
  it('round-trips query, filters, sort and the open resource, keeping the page’s own parameters', () => {
    const state = {
      query: 'hébergement d’urgence',
      filters: { languages: ['fr', 'ar'], cost: ['free'] },
      sort: 'name' as const,
      open: 'heb-1',
    };
    const search = encodeUrlState(state, '?page=3&utm=x');
    expect(search).to.equal(
      '?page=3&utm=x&rf-q=h%C3%A9bergement+d%E2%80%99urgence&rf-languages=fr&rf-languages=ar&rf-cost=free&rf-sort=name&rf-resource=heb-1',
    );
    expect(decodeUrlState(search)).to.deep.equal(state);
  });

  it('removes what is empty and ignores what it does not know', () => {
    expect(
      encodeUrlState({ query: ' ', filters: {} }, '?rf-q=old&rf-languages=en&keep=1'),
    ).to.equal('?keep=1');
    expect(decodeUrlState('?rf-sort=evil&rf-unknown=1&rf-q=food')).to.deep.equal({
      query: 'food',
      filters: {},
    });
  });
});

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
