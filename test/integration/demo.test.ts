// The demo page as a visitor opens it (the built drop-in, the sample directory): its language switch changes the
// finder in place, and its referral form says who keeps a copy.
import { expect, waitUntil } from '@open-wc/testing';
import { finderInFrame, seen, seenDeep } from '../helpers.js';

function demo(): ReturnType<typeof finderInFrame> {
  return finderInFrame('/demo/index.html', { width: 1100, height: 800 });
}

describe('the demo page', () => {
  it('switches the finder and the page to another language in place, right to left for Arabic', async () => {
    const { frame, doc, finder } = await demo();
    const label = () =>
      seen(finder.shadowRoot!.querySelector('rf-search-box')!.shadowRoot!.querySelector('label')!);
    expect(label()).to.equal('Search resources');
    const select = doc.querySelector<HTMLSelectElement>('#language')!;
    expect(seen(select.closest('label')!)).to.contain('Language');
    select.value = 'fr';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => label() === 'Rechercher une aide', 'the finder did not switch to French');
    expect(seen(doc.querySelector('h1')!)).to.equal('Trouver de l’aide près de chez vous');
    select.value = 'ar';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => label() === 'ابحث عن مساعدة', 'the finder did not switch to Arabic');
    expect(doc.documentElement.dir).to.equal('rtl');
    expect(getComputedStyle(finder.shadowRoot!.querySelector('.root')!).direction).to.equal('rtl');
    frame.remove();
  });

  it('says in its referral form that the demo’s server keeps a copy, and promises nothing else', async () => {
    const { frame, finder } = await demo();
    const cards = [
      ...finder
        .shadowRoot!.querySelector('rf-results')!
        .shadowRoot!.querySelectorAll('rf-resource-card'),
    ];
    const button = cards
      .map((c) => c.shadowRoot!.querySelector<HTMLButtonElement>('[part="referral"]'))
      .find(Boolean)!;
    button.click();
    const dialog = finder.shadowRoot!.querySelector('rf-referral-dialog')!;
    await waitUntil(() =>
      dialog.shadowRoot?.querySelector('rf-referral-form')?.shadowRoot?.querySelector('.privacy'),
    );
    const form = dialog.shadowRoot!.querySelector('rf-referral-form')!;
    const privacy = seen(form.shadowRoot!.querySelector('.privacy')!);
    expect(privacy).to.contain('Neighbourhood Help Network (this demo’s server) keeps a copy.');
    expect(seenDeep(form.shadowRoot!)).not.to.contain('keeps no copy');
    expect(seenDeep(form.shadowRoot!)).not.to.contain('Only the organization');
    frame.remove();
  });

  it('shows at least three results on a 1280×900 screen, and its categories in the visitor’s language only', async () => {
    const { frame, doc, finder } = await finderInFrame('/demo/index.html', {
      width: 1280,
      height: 900,
    });
    // The first records are shown while the rest arrives; the same results and filters stay when it has (nothing is
    // made anew under the visitor's focus).
    const results = finder.shadowRoot!.querySelector('rf-results')!;
    const filters = finder.shadowRoot!.querySelector('rf-filters')!;
    await waitUntil(
      () => finder.shadowRoot!.querySelector('rf-feed-status')?.getAttribute('state') === 'ready',
    );
    await finder.updateComplete;
    expect(finder.shadowRoot!.querySelector('rf-results') === results).to.equal(true);
    expect(finder.shadowRoot!.querySelector('rf-filters') === filters).to.equal(true);
    results.shadowRoot!.querySelector('h2')!.scrollIntoView();
    const view = frame.contentWindow!;
    const fullyShown = [...results.shadowRoot!.querySelectorAll('rf-resource-card')].filter((c) => {
      const box = c.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= view.innerHeight;
    });
    expect(fullyShown.length).to.be.at.least(3);
    const topLevel = () =>
      [...filters.shadowRoot!.querySelectorAll('li.depth-0 label .name')].map((n) =>
        seen(n as HTMLElement),
      );
    // Top level first, in the order of their names (the rest behind "Show 10 more").
    expect(topLevel().slice(0, 5)).to.deep.equal([
      'Clothing',
      'Disability',
      'Education',
      'Family support',
      'Food',
    ]);
    const select = doc.querySelector<HTMLSelectElement>('#language')!;
    select.value = 'fr';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => topLevel().includes('Alimentation'), 'no French categories');
    expect(finder.shadowRoot!.querySelector('rf-filters') === filters).to.equal(true);
    const french = topLevel();
    expect(french.slice(0, 4)).to.deep.equal([
      'Accompagnement social',
      'Aide juridique',
      'Aînés',
      'Alimentation',
    ]);
    for (const other of ['Food', 'Cibo', 'Alloggio', 'Legal aid', 'Assistenza legale'])
      expect(french).not.to.include(other);
    frame.remove();
  });

  it('keeps each card’s save, share and print on one row on a 360 px phone', async () => {
    const { frame, finder } = await finderInFrame('/demo/index.html', { width: 360, height: 800 });
    const cards = [
      ...finder
        .shadowRoot!.querySelector('rf-results')!
        .shadowRoot!.querySelectorAll('rf-resource-card'),
    ].slice(0, 6);
    for (const card of cards) {
      const tops = [...card.shadowRoot!.querySelectorAll('[part="secondary-actions"] button')].map(
        (b) => Math.round(b.getBoundingClientRect().top),
      );
      expect(tops).to.have.length(3);
      expect(new Set(tops).size, 'save, share and print on one row').to.equal(1);
    }
    expect(frame.contentDocument!.documentElement.scrollWidth).to.be.at.most(360);
    frame.remove();
  });
});
