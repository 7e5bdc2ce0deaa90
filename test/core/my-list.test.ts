import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { loadList, LIST_KEY, sharedListIds, storeList } from '../../src/core/list/my-list.js';
import { resourceSummary, shareUrl, summaryText } from '../../src/core/list/summary.js';
import { en } from '../../src/i18n/index.js';
import { listResources as resources } from '../data.js';
import { summaryLabels } from '../../src/components/shared/share.js';

describe('lists (pure)', () => {
  it('summarizes a resource for print and sharing, never with a confidential address', () => {
    expect(resourceSummary(resources[0]!, summaryLabels(en))).to.deep.equal({
      title: 'Community Pantry',
      lines: [
        { text: 'Neighbours Trust' },
        { label: 'Phone', text: '+44 161 000 0000 (Reception)' },
        { label: 'Address', text: '1 Main Street, Manchester' },
        { label: 'Opening hours', text: 'Monday 09:00–12:00; Wednesday 14:00–17:00' },
        { label: 'Website', text: 'https://pantry.example.org' },
      ],
    });
    const secret = summaryText([resources[1]!], summaryLabels(en));
    expect(secret).to.equal('Safe Refuge\nPhone: +44 161 000 9999');
    expect(secret).not.to.contain('Hidden Road');
  });

  it('makes links to one resource or a list, keeping the page’s parameters', () => {
    expect(shareUrl('https://example.org/help?lang=fr#top', ['pantry'])).to.equal(
      'https://example.org/help?lang=fr&rf-resource=pantry#top',
    );
    const list = shareUrl('https://example.org/help', ['pantry', 'refuge']);
    expect(list).to.equal('https://example.org/help?rf-list=pantry%2Crefuge');
    expect(sharedListIds(new URL(list).search)).to.deep.equal(['pantry', 'refuge']);
  });

  it('stores the list only as asked, and survives bad data', () => {
    storeList(sessionStorage, ['a', 'b']);
    expect(loadList(sessionStorage)).to.deep.equal(['a', 'b']);
    storeList(sessionStorage, []);
    expect(sessionStorage.getItem(LIST_KEY)).to.equal(null);
    sessionStorage.setItem(LIST_KEY, '{not json');
    expect(loadList(sessionStorage)).to.deep.equal([]);
    sessionStorage.removeItem(LIST_KEY);
  });
});
