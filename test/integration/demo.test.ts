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
});
