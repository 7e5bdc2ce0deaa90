import { aTimeout, expect, fixture as mount, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { parseFeed, type RfReferralDialog } from '../src/index.js';
import { $ } from './helpers.js';

const [resource] = parseFeed({
  resources: [
    {
      id: 'a',
      name: 'Village LGBT Support Group',
      organization: 'Village Pride',
      referral: { accepts: true },
    },
  ],
}).resources;

describe('<rf-referral-dialog>', () => {
  it('opens the form for a resource in a modal dialog and gives focus back when it closes', async () => {
    const wrapper = await mount<HTMLDivElement>(
      html`<div>
        <button id="opener">Request a referral</button>
        <rf-referral-dialog endpoint="/api/referrals"></rf-referral-dialog>
      </div>`,
    );
    const el = wrapper.querySelector<RfReferralDialog>('rf-referral-dialog')!;
    const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
    expect(el.open).to.equal(false);
    opener.focus();
    el.show(resource!, opener);
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(true);
    expect(dialog.getAttribute('aria-labelledby')).to.equal('dialog-title');
    expect($(el, '#dialog-title').innerText).to.equal('Ask Village Pride to get in touch');
    expect($(el, 'rf-referral-form').checkVisibility()).to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    await aTimeout(0);
    expect(document.activeElement).to.equal(opener);
  });

  it('closes with its Close button', async () => {
    const el = await mount<RfReferralDialog>(html`<rf-referral-dialog></rf-referral-dialog>`);
    el.show(resource!);
    await el.updateComplete;
    const close = [...el.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.innerText.trim() === 'Close',
    )!;
    close.click();
    expect(el.open).to.equal(false);
  });
});
