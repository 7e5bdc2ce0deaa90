import { aTimeout, expect, fixture as mount, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type {
  Referral,
  ResourceFinder,
  RfReferralDialog,
  RfReferralForm,
  RfReferralSubmitEvent,
} from '../src/index.js';
import { $$, $, seen, settled } from './helpers.js';

const log = async (key: string) =>
  (await fetch(`/api/referrals/_log?key=${encodeURIComponent(key)}`)).json();

async function form(
  attrs: {
    endpoint?: string;
    email?: string;
    retries?: number;
    backoff?: number;
    timeout?: number;
    total?: number;
  } = {},
): Promise<RfReferralForm> {
  return mount<RfReferralForm>(
    html`<rf-referral-form
      endpoint=${attrs.endpoint ?? '/api/referrals'}
      recipient-email=${attrs.email ?? ''}
      resource-id="lgbt-1"
      recipient="Village Pride"
      retries=${attrs.retries ?? 3}
      backoff=${attrs.backoff ?? 50}
      timeout=${attrs.timeout ?? 10000}
      total-timeout=${attrs.total ?? 30000}
      ui-lang="en"
    ></rf-referral-form>`,
  );
}

function type(el: RfReferralForm, name: string, value: string): void {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, `[name="${name}"]`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

async function fill(el: RfReferralForm, consent = true): Promise<void> {
  type(el, 'name', 'Sam');
  await el.updateComplete;
  type(el, 'phone', '+44 161 000 0000');
  type(el, 'needs', 'A support group near me');
  if (consent) $(el, '#f-consent').click();
  await el.updateComplete;
}

/** Submits and returns the referral the form built (from its rf-referral-submit event). */
async function submit(el: RfReferralForm): Promise<Referral> {
  const submitted = oneEvent(el, 'rf-referral-submit') as Promise<RfReferralSubmitEvent>;
  $(el, '[part="submit"]').click();
  return (await submitted).detail;
}

describe('<rf-referral-form>', () => {
  it('shows every field with sensible defaults, the consent naming the recipient, and no visible honeypot', async () => {
    const el = await form();
    const checked = (name: string) =>
      $$<HTMLInputElement>(el, `input[name="${name}"]`).find((i) => i.checked)?.value;
    expect(checked('requester')).to.equal('self');
    expect(checked('contactMethod')).to.equal('phone');
    expect(checked('messageSafe')).to.equal('no');
    expect(checked('urgency')).to.equal('routine');
    expect($<HTMLSelectElement>(el, 'select[name="language"]').value).to.equal('en');
    expect(seen($(el, 'label[for="f-name"]'))).to.contain('Name of the person who needs help');
    const consent = seen($(el, '#f-consent').closest('label')!);
    expect(consent).to.equal(
      'I agree that Village Pride receives the name given, the contact details, when it is safe to call, and what help is needed, to contact me about this request.',
    );
    expect(seen($(el, '.privacy'))).to.contain('This request is sent to Village Pride.');
    const honeypot = $(el, '.honeypot');
    expect(getComputedStyle(honeypot).display).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('never says "sent" when its hidden field was filled: nothing is sent, and trying again sends', async () => {
    const el = await form();
    await fill(el);
    const trap = $<HTMLInputElement>(el, 'input[name="website"]');
    // Hidden from everyone: not shown, not in the accessibility tree, not reached by Tab.
    expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
    expect(trap.tabIndex).to.equal(-1);
    trap.value = 'https://spam.example';
    let submitted = false;
    el.addEventListener('rf-referral-submit', () => (submitted = true), { once: true });
    $(el, '[part="submit"]').click();
    await el.updateComplete;
    expect(submitted).to.equal(false);
    const status = $(el, '[part="status"]');
    expect(seen(status)).to.contain('Your request was not sent.');
    expect(seen(status)).not.to.contain('Request sent');
    expect($<HTMLInputElement>(el, '[name="name"]').value).to.equal('Sam');
    // A person (whose browser filled it) tries again: it is sent.
    const success = oneEvent(el, 'rf-referral-success');
    status.querySelector('button')!.click();
    await success;
  });

  it('shows the supporter’s fields and the matching contact field as choices change', async () => {
    const el = await form();
    expect($$(el, '[name="supporterName"]')).to.have.length(0);
    $<HTMLInputElement>(el, 'input[name="requester"][value="supporter"]').click();
    $<HTMLInputElement>(el, 'input[name="contactMethod"][value="email"]').click();
    await el.updateComplete;
    expect($$(el, '[name="supporterName"]')).to.have.length(1);
    expect($$(el, '[name="phone"]')).to.have.length(0);
    expect($<HTMLInputElement>(el, '[name="email"]').type).to.equal('email');
  });

  it('sends nothing without consent, and says why', async () => {
    const el = await form();
    await fill(el, false);
    let submitted = false;
    el.addEventListener('rf-referral-submit', () => (submitted = true));
    const before = (await log('none')).total;
    $(el, '[part="submit"]').click();
    await el.updateComplete;
    expect(submitted).to.equal(false);
    expect(seen($(el, '[part="summary"]'))).to.contain('Tick the box to agree before sending.');
    expect($(el, '#f-consent').getAttribute('aria-invalid')).to.equal('true');
    await aTimeout(100);
    expect((await log('none')).total).to.equal(before);
  });

  it('shows field errors in a focused summary and beside each field, linked and announced', async () => {
    const el = await form();
    $(el, '[part="submit"]').click();
    await el.updateComplete;
    const summary = $(el, '[part="summary"]');
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    const links = [...summary.querySelectorAll('a')].map(seen);
    expect(links).to.deep.equal([
      'Name of the person who needs help: This is required.',
      'Phone number: This is required.',
      'What help is needed: This is required.',
      'Consent: Tick the box to agree before sending.',
    ]);
    const phone = $(el, '#f-phone');
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    expect(phone.getAttribute('aria-describedby')).to.equal('f-phone-error');
    expect(seen($(el, '#f-phone-error'))).to.equal('This is required.');
    summary.querySelector<HTMLAnchorElement>('a[href="#f-phone"]')!.click();
    expect(el.shadowRoot!.activeElement).to.equal(phone);
    await expect(el).to.be.accessible();
  });

  it('sends, shows the reference returned by the endpoint, and fires rf-referral-success', async () => {
    const el = await form();
    await fill(el);
    const success = oneEvent(el, 'rf-referral-success');
    const referral = await submit(el);
    const { detail } = await success;
    const stored = await log(referral.idempotencyKey);
    expect(stored).to.include({ stored: 1, attempts: 1 });
    expect(detail).to.deep.equal({ reference: stored.reference, resourceId: 'lgbt-1' });
    await el.updateComplete;
    const panel = $(el, '[part="status"]');
    expect(seen(panel)).to.contain(`Reference: ${stored.reference}`);
    expect(seen(panel)).to.contain('Village Pride will call you.');
    expect(stored.referral.consent.text).to.contain('I agree that Village Pride receives');
    expect(stored.referral.fields).to.deep.equal({
      requester: 'self',
      name: 'Sam',
      contactMethod: 'phone',
      phone: '+44 161 000 0000',
      messageSafe: 'no',
      language: 'en',
      needs: 'A support group near me',
      urgency: 'routine',
    });
    await expect(el).to.be.accessible();
  });

  it('retries after a 503 with the same key and delivers exactly one referral', async () => {
    const el = await form({ endpoint: '/api/referrals/flaky?fail=1' });
    await fill(el);
    const success = oneEvent(el, 'rf-referral-success');
    const referral = await submit(el);
    await success;
    expect(await log(referral.idempotencyKey)).to.include({ attempts: 2, stored: 1 });
  });

  it('keeps every typed value when the network fails, offers Retry, and delivers once on retry', async () => {
    const el = await form({ endpoint: '/api/referrals/drop', retries: 0 });
    await fill(el);
    const failed = oneEvent(el, 'rf-referral-error');
    const referral = await submit(el);
    expect((await failed).detail).to.deep.include({ retryable: true, uncertain: true });
    await el.updateComplete;
    const alert = $(el, '[part="status"]');
    expect(alert.getAttribute('role')).to.equal('alert');
    // No answer came back: the form cannot know, and does not claim, that nothing arrived.
    expect(seen(alert)).to.contain('We could not confirm that your request arrived.');
    expect(seen(alert)).not.to.contain('not sent');
    expect(seen(alert)).to.contain('Everything you typed is still here.');
    expect($<HTMLInputElement>(el, '[name="name"]').value).to.equal('Sam');
    expect($<HTMLInputElement>(el, '[name="phone"]').value).to.equal('+44 161 000 0000');
    expect($<HTMLTextAreaElement>(el, '[name="needs"]').value).to.equal('A support group near me');
    expect($<HTMLInputElement>(el, '#f-consent').checked).to.equal(true);
    await expect(el).to.be.accessible();

    el.endpoint = '/api/referrals'; // the connection is back
    const success = oneEvent(el, 'rf-referral-success');
    alert.querySelector('button')!.click();
    await success;
    expect(await log(referral.idempotencyKey)).to.include({ stored: 1 });
  });

  it('stops automatic retries once the visitor retries by hand', async () => {
    const el = await form({ endpoint: '/api/referrals/flaky?fail=1', backoff: 3000 });
    await fill(el);
    const referral = await submit(el);
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part="status"] button'),
      'no Retry button',
    );
    expect(seen($(el, '[part="status"]'))).to.contain('Trying again in 3 s');
    const success = oneEvent(el, 'rf-referral-success');
    $(el, '[part="status"] button').click();
    await success;
    await aTimeout(300);
    expect(await log(referral.idempotencyKey)).to.include({ attempts: 2, stored: 1 });
  });

  it('sends once on a double click, with the button disabled while sending', async () => {
    const el = await form({ endpoint: '/api/referrals/slow?ms=400' });
    await fill(el);
    const success = oneEvent(el, 'rf-referral-success');
    const referral = await submit(el);
    await el.updateComplete;
    const button = $<HTMLButtonElement>(el, '[part="submit"]');
    expect(button.disabled).to.equal(true);
    expect(seen(button)).to.contain('Sending…');
    button.click();
    $<HTMLFormElement>(el, 'form').requestSubmit();
    await success;
    expect(await log(referral.idempotencyKey)).to.include({ attempts: 1, stored: 1 });
  });

  it('puts the server’s field errors on the right fields', async () => {
    const el = await form({ endpoint: '/api/referrals/reject-phone' });
    await fill(el);
    const failed = oneEvent(el, 'rf-referral-error');
    await submit(el);
    expect((await failed).detail.retryable).to.equal(false);
    await el.updateComplete;
    expect(seen($(el, '#f-phone-error'))).to.equal('This number is not in service.');
    expect($(el, '#f-phone').getAttribute('aria-invalid')).to.equal('true');
    expect(seen($(el, '[part="summary"]'))).to.contain(
      'Phone number: This number is not in service.',
    );
    expect($<HTMLInputElement>(el, '[name="name"]').value).to.equal('Sam');
  });

  it('lets the host take over sending by cancelling rf-referral-submit', async () => {
    const el = await form();
    await fill(el);
    el.addEventListener('rf-referral-submit', (e) => e.preventDefault());
    const referral = await submit(el);
    await aTimeout(100);
    expect(await log(referral.idempotencyKey)).to.include({ attempts: 0, stored: 0 });
    el.markSent('HOST-42');
    await el.updateComplete;
    expect(seen($(el, '[part="status"]'))).to.contain('Reference: HOST-42');
  });

  it('offers a prefilled email when the organization takes referrals by email only', async () => {
    const el = await mount<RfReferralForm>(
      html`<rf-referral-form
        recipient="Baby Bank North"
        recipient-email="referrals@babybank.example.org"
        resource-id="bb"
        ui-lang="en"
      ></rf-referral-form>`,
    );
    await fill(el);
    await submit(el);
    await el.updateComplete;
    const link = $<HTMLAnchorElement>(el, '[part="status"] a');
    expect(link.href).to.match(/^mailto:referrals@babybank\.example\.org\?subject=/);
    expect(decodeURIComponent(link.href)).to.contain('Name of the person who needs help: Sam');
    expect(decodeURIComponent(link.href)).to.contain('I agree that Baby Bank North receives');
  });

  it('works by keyboard alone', async () => {
    const el = await form();
    $<HTMLInputElement>(el, 'input[name="requester"][value="self"]').focus();
    await sendKeys({ press: 'Tab' }); // to the name field
    await sendKeys({ type: 'Alex' });
    await sendKeys({ press: 'Tab' }); // contact method radios (phone checked)
    await sendKeys({ press: 'Tab' }); // phone
    await sendKeys({ type: '0161 000 0000' });
    $<HTMLTextAreaElement>(el, '[name="needs"]').focus();
    await sendKeys({ type: 'Food' });
    $<HTMLInputElement>(el, '#f-consent').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('submit');
    const success = oneEvent(el, 'rf-referral-success');
    await sendKeys({ press: 'Enter' });
    await success;
    await el.updateComplete;
    expect(seen(el.shadowRoot!.activeElement!)).to.equal('Request sent');
  });
});

describe('<rf-referral-form> says only what is true', () => {
  it('makes no claim about copies unless the host declares one', async () => {
    const el = await form();
    const privacy = () => seen($(el, '.privacy'));
    expect(privacy()).to.equal(
      'This request is sent to Village Pride. Nothing is saved in your browser.',
    );
    expect(privacy()).not.to.contain('no copy');
    el.noCopyKept = true;
    await el.updateComplete;
    expect(privacy()).to.contain('This website keeps no copy.');
    el.copyKeptBy = 'Helpline Lyon, who runs this website';
    await el.updateComplete;
    expect(privacy()).to.contain('Helpline Lyon, who runs this website keeps a copy.');
    expect(privacy()).not.to.contain('no copy');
    await fill(el);
    const referral = await submit(el);
    expect(referral.consent.text).to.match(
      /I know that Helpline Lyon, who runs this website keeps a copy\.$/,
    );
    expect(seen($(el, '#f-consent').closest('label')!)).to.contain('I know that Helpline Lyon');
  });

  it('does not offer a text message while a message is not safe, and says so if both are chosen', async () => {
    const el = await form();
    const sms = () => $<HTMLInputElement>(el, 'input[name="contactMethod"][value="sms"]');
    // The safe default: no message. A text message is then not offered, and the reason is shown.
    expect(sms().disabled).to.equal(true);
    expect(seen(sms().closest('label')!)).to.equal('Text message (only if a message is safe)');
    $<HTMLInputElement>(el, 'input[name="messageSafe"][value="yes"]').click();
    await el.updateComplete;
    expect(sms().disabled).to.equal(false);
    sms().click();
    await el.updateComplete;
    $<HTMLInputElement>(el, 'input[name="messageSafe"][value="no"]').click();
    await el.updateComplete;
    expect(seen($(el, '#f-contactMethod-error'))).to.equal(
      'A text message stays on the phone. Choose a phone call, or answer that a message is safe.',
    );
    type(el, 'name', 'Sam');
    type(el, 'phone', '+44 161 000 0000');
    type(el, 'needs', 'Food');
    $(el, '#f-consent').click();
    await el.updateComplete;
    let submitted = false;
    el.addEventListener('rf-referral-submit', () => (submitted = true));
    $(el, '[part="submit"]').click();
    await el.updateComplete;
    expect(submitted).to.equal(false);
    expect(seen($(el, '[part="summary"]'))).to.contain('A text message stays on the phone');
  });

  it('confirms what was chosen: a call that leaves no message when a message is not safe', async () => {
    const el = await form();
    await fill(el); // phone, and the default "no" to messages
    const success = oneEvent(el, 'rf-referral-success');
    await submit(el);
    await success;
    await el.updateComplete;
    expect(seen($(el, '[part="status"]'))).to.contain(
      'Village Pride will call you. They will not leave a message.',
    );
  });
});

describe('<rf-referral-form> under faults', () => {
  it('gives up on an endpoint that never answers within its total time, and tells the truth: it may have arrived', async () => {
    const el = await form({
      endpoint: '/api/referrals/stored-then-hang?ms=8000',
      timeout: 400,
      total: 1200,
      backoff: 100,
    });
    await fill(el);
    const failed = oneEvent(el, 'rf-referral-error');
    const started = performance.now();
    const referral = await submit(el);
    expect((await failed).detail).to.deep.include({ retryable: true, uncertain: true });
    expect(performance.now() - started).to.be.below(4000); // bounded by total-timeout, not 4 × timeout + waits
    await el.updateComplete;
    const alert = $(el, '[part="status"]');
    expect(seen(alert)).to.contain('We could not confirm that your request arrived.');
    expect(seen(alert)).to.contain(
      'Sending it again is safe: Village Pride will not receive it twice.',
    );
    expect(seen(alert)).not.to.contain('not sent');
    const log1 = await log(referral.idempotencyKey);
    expect(log1.stored).to.equal(1); // the server had it all along

    // Sending again with the same key: the receiver answers with the first reference and stores nothing new.
    el.endpoint = '/api/referrals';
    const success = oneEvent(el, 'rf-referral-success');
    alert.querySelector('button')!.click();
    expect((await success).detail.reference).to.equal(log1.reference);
    expect(await log(referral.idempotencyKey)).to.include({ stored: 1 });
  });

  it('can be stopped while sending, by a visible button, keeping everything typed', async () => {
    const el = await form({ endpoint: '/api/referrals/stored-then-hang?ms=6000' });
    await fill(el);
    const referral = await submit(el);
    await el.updateComplete;
    const cancel = $<HTMLButtonElement>(el, '[part="cancel"]');
    expect(seen(cancel)).to.equal('Stop sending');
    const failed = oneEvent(el, 'rf-referral-error');
    cancel.click();
    expect((await failed).detail).to.deep.include({ uncertain: true });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="cancel"]')).to.equal(null);
    expect(seen($(el, '[part="status"]'))).to.contain(
      'We could not confirm that your request arrived.',
    );
    expect(seen($(el, '[part="submit"]'))).to.equal('Send request');
    expect($<HTMLTextAreaElement>(el, '[name="needs"]').value).to.equal('A support group near me');
    expect((await log(referral.idempotencyKey)).attempts).to.equal(1);
  });

  it('says a request was received without promising a reference when the answer has none', async () => {
    const el = await form({ endpoint: '/api/referrals/not-json' });
    await fill(el);
    const success = oneEvent(el, 'rf-referral-success');
    await submit(el);
    expect((await success).detail.reference).to.equal(undefined);
    await el.updateComplete;
    const panel = $(el, '[part="status"]');
    expect(seen(panel)).to.contain('Village Pride has received your request.');
    expect(seen(panel)).to.contain('Village Pride gave no reference number for this request.');
    expect(seen(panel)).not.to.contain('Reference');
    expect(seen(panel)).not.to.contain('Keep the reference');
  });

  it('does not show a 10 MB reference, nor freeze or widen the page', async () => {
    const el = await form({ endpoint: '/api/referrals/huge-reference' });
    await fill(el);
    const success = oneEvent(el, 'rf-referral-success');
    await submit(el);
    expect((await success).detail.reference).to.equal(undefined);
    await el.updateComplete;
    expect(seen($(el, '[part="status"]'))).to.contain('gave no reference number');
    expect(document.documentElement.scrollWidth).to.be.below(2 * innerWidth);
  });

  it('shows a reference without the characters that would reorder or break it', async () => {
    const el = await form({ endpoint: '/api/referrals/odd-reference' });
    await fill(el);
    const success = oneEvent(el, 'rf-referral-success');
    await submit(el);
    expect((await success).detail.reference).to.equal('RF-1exe.nacs');
    await el.updateComplete;
    expect(seen($(el, '[part="status"]'))).to.contain('Reference: RF-1exe.nacs');
  });

  it('reads a 500 with an HTML page as a server problem it cannot vouch for, showing none of it', async () => {
    const el = await form({ endpoint: '/api/referrals/html-500', retries: 0 });
    await fill(el);
    const failed = oneEvent(el, 'rf-referral-error');
    await submit(el);
    const { detail } = await failed;
    // A 500 may come after the receiver stored it: the form cannot say it was not sent.
    expect(detail).to.deep.include({ uncertain: true, retryable: true });
    expect(detail.message).to.equal('The server answered 500.');
    await el.updateComplete;
    const alert = $(el, '[part="status"]');
    expect(seen(alert)).to.contain(
      'We could not confirm that your request arrived. The organization’s server had a problem.',
    );
    expect(seen(alert)).not.to.contain('Internal Server Error');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('never sends to a plain-http endpoint: it says why, or falls back to email', async () => {
    const el = await form({ endpoint: 'http://referrals.example.org/api' });
    expect(seen(el.shadowRoot!.querySelector('.panel')!)).to.equal(
      'This organization’s address for requests is not secure, so requests cannot be sent from here. Please contact them directly.',
    );
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    const withEmail = await form({
      endpoint: 'http://referrals.example.org/api',
      email: 'referrals@example.org',
    });
    await fill(withEmail);
    await submit(withEmail);
    await withEmail.updateComplete;
    expect($<HTMLAnchorElement>(withEmail, '[part="status"] a').href).to.match(
      /^mailto:referrals@example\.org\?subject=/,
    );
  });

  it('delivers once when the connection breaks after the receiver stored the referral', async () => {
    const el = await form({ endpoint: '/api/referrals/stored-then-reset', retries: 2 });
    await fill(el);
    const failed = oneEvent(el, 'rf-referral-error');
    const referral = await submit(el);
    expect((await failed).detail.uncertain).to.equal(true);
    // Every attempt reached it (the browser may add one of its own after a reset); it stored one referral.
    const { attempts, stored } = await log(referral.idempotencyKey);
    expect(attempts).to.be.at.least(3);
    expect(stored).to.equal(1);
  });
});

describe('<resource-finder> referrals', () => {
  it('opens the form from a card, prefilled for the resource, and returns focus to the card when closed', async () => {
    const el = await mount<ResourceFinder>(
      html`<resource-finder referral-endpoint="/api/referrals">
        <script type="application/json">
          {
            "resources": [
              {
                "id": "a",
                "name": "Village LGBT Support Group",
                "organization": "Village Pride",
                "referral": { "accepts": true }
              },
              { "id": "b", "name": "No Referrals Here" }
            ]
          }
        </script>
      </resource-finder>`,
    );
    await settled(el);
    const cards = $$($(el, 'rf-results'), 'rf-resource-card');
    expect($$(cards[1]!, '[part="referral"]')).to.have.length(0);
    const action = $(cards[0]!, '[part="referral"]');
    expect(seen(action)).to.equal('Request a referral');
    action.focus();
    action.click();
    const host = $<RfReferralDialog>(el, 'rf-referral-dialog');
    await host.updateComplete;
    const dialog = $<HTMLDialogElement>(host, 'dialog');
    // The dialog opens once its element is defined (the drop-in loads it on demand): at once here.
    await waitUntil(() => dialog.open, 'the dialog did not open');
    expect(seen($(host, '#dialog-title'))).to.equal('Ask Village Pride to get in touch');
    const referralForm = $<RfReferralForm>(host, 'rf-referral-form');
    await referralForm.updateComplete;
    expect(seen($(referralForm, '#f-consent').closest('label')!)).to.contain(
      'Village Pride receives',
    );
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    await aTimeout(0);
    expect(cards[0]!.shadowRoot!.activeElement).to.equal(action);
  });
});

describe('rf-referral-form in the visitor’s language', () => {
  it('draws its words in French from the first draw, with a host’s word on top', async () => {
    const drawn: string[] = [];
    const el = document.createElement('rf-referral-form') as RfReferralForm;
    el.setAttribute('lang', 'fr');
    el.setAttribute('endpoint', '/api/referrals');
    el.setAttribute('recipient', 'Village Pride');
    el.setAttribute('resource-id', 'lgbt-1');
    el.messages = { referral: { send: 'Envoyer ma demande' } };
    // Every label of the name field the form ever shows, from the first one.
    const watch = new MutationObserver(() => {
      const label = el.shadowRoot?.querySelector('label[for="f-name"]');
      if (label) drawn.push(seen(label));
    });
    document.body.append(el);
    await waitUntil(() => el.shadowRoot, 'no shadow root');
    watch.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await waitUntil(() => el.shadowRoot!.querySelector('[part="submit"]'), 'no form', {
      timeout: 5000,
    });
    await el.updateComplete;
    watch.disconnect();
    expect(seen($(el, 'label[for="f-name"]'))).to.contain('Nom de la personne');
    expect(drawn.join(' ')).not.to.contain('Name of the person');
    expect(seen($(el, '[part="submit"]'))).to.equal('Envoyer ma demande');
    expect(seen($(el, '.emergency'))).to.contain('danger');
    el.remove();
  });

  it('draws its words in Arabic', async () => {
    const el = await mount<RfReferralForm>(
      html`<rf-referral-form
        lang="ar"
        endpoint="/api/referrals"
        recipient="Village Pride"
        resource-id="lgbt-1"
      ></rf-referral-form>`,
    );
    await el.updateComplete;
    expect(seen($(el, '[part="submit"]'))).to.equal('إرسال الطلب');
    await expect(el).to.be.accessible();
  });
});
