import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { decodeUrlState, encodeUrlState } from '../../src/core/view/url-state.js';

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
