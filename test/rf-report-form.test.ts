// "Report a problem with this listing": opt-in on every card, keyboard and screen reader first, nothing personal,
// delivered once under faults and stored by a real directory server (server/, on an embedded PostgreSQL).
import { expect, fixture as mount, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { ResourceFinder, RfResourceCard, RfReportSuccessEvent } from '../src/index.js';
import { $, $$, deepActiveElement, seen, settled } from './helpers.js';

const API = '/directory-api/';
const TOKEN = 'test-maintainer-token-5b2e';

function firstCard(el: ResourceFinder): RfResourceCard {
  return $$<RfResourceCard>($(el, 'rf-results'), 'rf-resource-card')[0]!;
}

async function openDetails(card: RfResourceCard): Promise<void> {
  $(card, 'button[part="toggle"]').click();
  await card.updateComplete;
}

const reportButton = (card: RfResourceCard) =>
  card.shadowRoot!.querySelector<HTMLButtonElement>('button[part="report"]');
const form = (card: RfResourceCard) =>
  card.shadowRoot!.querySelector('rf-report-form') as
    (HTMLElement & { updateComplete: Promise<boolean> }) | null;

/** The open reports the directory server holds for `id`, as its maintainer sees them. */
async function storedReports(id: string): Promise<Array<{ kinds: string[]; note: string | null }>> {
  const response = await fetch(`${API}reports/${encodeURIComponent(id)}`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  return ((await response.json()) as { reports: Array<{ kinds: string[]; note: string | null }> })
    .reports;
}

describe('Report a problem with this listing', () => {
  it('is not offered unless the host receives reports at a secure address', async () => {
    const el = await mount<ResourceFinder>(html`<resource-finder api=${API}></resource-finder>`);
    await settled(el);
    await waitUntil(() => !!firstCard(el), 'no results');
    await openDetails(firstCard(el));
    expect(reportButton(firstCard(el))).to.equal(null);
    el.reportEndpoint = 'http://reports.example.org/reports';
    await el.updateComplete;
    await settled(el);
    expect(reportButton(firstCard(el))).to.equal(null);
  });

  it('is sent once to the directory server although the first answer was lost, from the keyboard', async () => {
    // Server mode, the attribute with no value: reports go to the server's own /reports. The test server stores the
    // first attempt and drops the connection before the answer; the form tries again with the same key.
    const el = await mount<ResourceFinder>(
      html`<resource-finder api="/directory-api/faulty/" report-endpoint=""></resource-finder>`,
    );
    await settled(el);
    await waitUntil(() => !!firstCard(el), 'no results');
    const card = firstCard(el);
    const resource = card.resource!;
    const before = (await storedReports(resource.id)).length;
    await openDetails(card);
    const button = reportButton(card)!;
    expect(seen(button)).to.equal('Report a problem with this listing');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => form(card), 'no form');
    await form(card)!.updateComplete;
    await waitUntil(
      () => deepActiveElement()?.getAttribute('value') === 'phone',
      'focus not in form',
    );
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const root = form(card)!.shadowRoot!;
    expect(seen(root.querySelector('legend')!)).to.equal(`What is wrong with “${resource.name}”?`);
    expect(seen(root.querySelector('.privacy')!)).to.contain('Nothing about you is sent');

    // Sending with nothing chosen: the error is said and focus goes to the choices.
    const send = root.querySelector<HTMLButtonElement>('button[part="submit"]')!;
    send.click();
    await form(card)!.updateComplete;
    expect(seen(root.querySelector('#kinds-error')!)).to.equal('Choose what is wrong.');
    expect(root.querySelector('fieldset')!.getAttribute('aria-invalid')).to.equal('true');
    expect(deepActiveElement()?.getAttribute('value')).to.equal('phone');

    // The keyboard: Tab to "The opening hours", Space, Tab to the note, type, Enter on Send.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.getAttribute('value')).to.equal('hours');
    await sendKeys({ press: 'Space' });
    (root.querySelector('textarea') as HTMLTextAreaElement).focus();
    await sendKeys({ type: 'Closed on Fridays now.' });
    const success = new Promise<RfReportSuccessEvent>((resolve) =>
      el.addEventListener('rf-report-success', resolve, { once: true }),
    );
    root.querySelector<HTMLButtonElement>('button[part="submit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    const delivered = await success;
    expect(delivered.detail.resourceId).to.equal(resource.id);
    expect(delivered.detail.reference).to.match(/^PR-\d{8}-[A-Z2-9]{8}$/);
    await form(card)!.updateComplete;
    const sent = root.querySelector('[part="status"]')!;
    expect(sent.getAttribute('role')).to.equal('status');
    expect(seen(sent)).to.contain('Thank you');
    expect(deepActiveElement()?.textContent).to.equal('Thank you');

    // Stored once, as chosen, and nothing else.
    const stored = await storedReports(resource.id);
    expect(stored.length).to.equal(before + 1);
    expect(stored[0]).to.deep.include({ kinds: ['hours'], note: 'Closed on Fridays now.' });

    // Close: the form goes, focus is back on the button.
    root.querySelector<HTMLButtonElement>('[part="status"] button')!.click();
    await card.updateComplete;
    expect(form(card)).to.equal(null);
    expect(deepActiveElement()).to.equal(button);
    await expect(el).to.be.accessible();
  });

  it('keeps what was chosen and says so when the report could not be sent; Cancel gives focus back', async () => {
    const el = await mount<ResourceFinder>(
      html`<resource-finder
        api=${API}
        report-endpoint="/api/referrals/drop"
        lang="fr"
      ></resource-finder>`,
    );
    await settled(el);
    await waitUntil(() => !!firstCard(el), 'no results');
    const card = firstCard(el);
    await openDetails(card);
    const button = reportButton(card)!;
    expect(seen(button)).to.equal('Signaler une erreur dans cette fiche');
    button.click();
    await waitUntil(() => form(card), 'no form');
    const reportForm = form(card)! as HTMLElement & {
      retries: number;
      updateComplete: Promise<boolean>;
    };
    reportForm.retries = 0;
    await reportForm.updateComplete;
    const root = reportForm.shadowRoot!;
    expect(seen(root.querySelector('legend')!)).to.contain('Qu’est-ce qui est faux');
    root.querySelector<HTMLInputElement>('input[value="closed"]')!.click();
    root.querySelector<HTMLButtonElement>('button[part="submit"]')!.click();
    await waitUntil(() => root.querySelector('[role="alert"]'), 'no failure said');
    const alert = seen(root.querySelector('[role="alert"]')!);
    expect(alert).to.contain('Nous n’avons pas pu confirmer que votre signalement est arrivé.');
    expect(alert).to.contain('Ce que vous avez choisi et écrit est toujours là.');
    expect(root.querySelector<HTMLInputElement>('input[value="closed"]')!.checked).to.equal(true);
    expect(seen(root.querySelector('button[part="submit"]')!)).to.equal('Réessayer maintenant');
    [...root.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => seen(b) === 'Annuler')!
      .click();
    await card.updateComplete;
    expect(form(card)).to.equal(null);
    expect(deepActiveElement()).to.equal(button);
  });
});
