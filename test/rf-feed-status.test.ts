import { expect, fixture as mount, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import { feedError } from '../src/core/feed/read.js';
import { problemOf } from '../src/core/feed/problems.js';
import type { RfFeedStatus } from '../src/index.js';
import { $, $$, seen } from './helpers.js';

/** What a sighted visitor reads in the element's parts. */
const visibleText = (el: RfFeedStatus): string =>
  $$(el, '[part]').map(seen).filter(Boolean).join(' ');

describe('<rf-feed-status>', () => {
  it('says the directory is loading, politely, and how far it has got', async () => {
    const el = await mount<RfFeedStatus>(html`<rf-feed-status state="loading"></rf-feed-status>`);
    const status = $(el, '[role="status"]');
    expect(status.innerText.trim()).to.equal('Loading the directory…');
    await expect(el).to.be.accessible();
    el.progress = { phase: 'pages', page: 2, totalPages: 3 };
    await el.updateComplete;
    expect(visibleText(el)).to.equal('Loading the directory… page 2 of 3');
    el.progress = { phase: 'checking', fraction: 0.4 };
    await el.updateComplete;
    expect(visibleText(el)).to.equal('Checking the directory… 40%');
  });

  it('shows an error as an alert in the visitor’s language, with a Try again that fires rf-retry', async () => {
    const el = await mount<RfFeedStatus>(
      html`<rf-feed-status
        state="error"
        .error=${feedError('http', { status: 404 })}
      ></rf-feed-status>`,
    );
    const alert = $(el, '[role="alert"]');
    expect(alert.innerText).to.contain('The directory could not be loaded');
    expect(alert.innerText).to.contain('The server answered 404.');
    await expect(el).to.be.accessible();
    const retry = $<HTMLButtonElement>(el, '[role="alert"] button');
    expect(retry.innerText.trim()).to.equal('Try again');
    const fired = oneEvent(el, 'rf-retry');
    retry.click();
    expect((await fired).type).to.equal('rf-retry');

    el.uiLang = 'fr';
    el.error = feedError('network', { detail: 'Failed to fetch' });
    await el.updateComplete;
    expect($(el, '[role="alert"]').innerText).to.contain('L’annuaire est injoignable');
    expect($(el, '[role="alert"]').innerText).to.contain('Détail technique : Failed to fetch');
  });

  it('notes records that could not be used, with the details for the maintainer behind a disclosure', async () => {
    const problems = [
      { index: 1, id: 'b', path: 'email', ...problemOf('email') },
      { index: -1, path: 'title', ...problemOf('empty') },
    ];
    const el = await mount<RfFeedStatus>(
      html`<rf-feed-status
        state="ready"
        .problems=${problems}
        total="3"
        rejected="1"
      ></rf-feed-status>`,
    );
    const note = $(el, '[part="problems"]');
    expect(note.innerText).to.contain('1 of 3 records could not be shown');
    const details = $<HTMLDetailsElement>(el, 'details');
    expect(details.open).to.equal(false);
    expect($(el, 'details li').checkVisibility()).to.equal(false);
    await expect(el).to.be.accessible();
    $(el, 'summary').click();
    expect($(el, 'details li').checkVisibility()).to.equal(true);
    expect($$(el, 'details li').map((li) => li.innerText)).to.deep.equal([
      '#2 (b), email: must be an email address',
      'feed, title: must not be empty',
    ]);
    // For a French maintainer, the same problems in French.
    el.uiLang = 'fr';
    await el.updateComplete;
    expect($$(el, 'details li').map((li) => li.innerText)).to.deep.equal([
      '#2 (b), email : doit être une adresse e-mail',
      'feed, title : ne doit pas être vide',
    ]);
  });

  it('shows nothing once the directory is ready and all is well', async () => {
    const el = await mount<RfFeedStatus>(html`<rf-feed-status state="ready"></rf-feed-status>`);
    expect(visibleText(el)).to.equal('');
    el.preparing = true;
    await el.updateComplete;
    expect($(el, '[role="status"]').innerText.trim()).to.equal('Preparing the search…');
  });
});
