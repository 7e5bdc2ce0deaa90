import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { RfReferralForm } from '../src/index.js';
import { themeStyle } from './data.js';

type Args = { recipient: string; endpoint: string; fields: string; required: string };

/** Types into the form's fields the way a visitor would (input events). */
async function fill(form: RfReferralForm, consent = true): Promise<void> {
  await form.updateComplete;
  const set = (name: string, value: string) => {
    const input = form.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  set('name', 'Sam');
  set('phone', '+44 161 000 0000');
  set('needs', 'Looking for a support group on weekday evenings.');
  if (consent) form.shadowRoot!.querySelector<HTMLInputElement>('#f-consent')!.click();
  await form.updateComplete;
}

/** Fills and submits, with the host taking over sending (so no request leaves Storybook). */
async function submitAsHost(canvas: HTMLElement): Promise<RfReferralForm> {
  const form = canvas.querySelector('rf-referral-form')!;
  await fill(form);
  form.addEventListener('rf-referral-submit', (e) => e.preventDefault());
  form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  return form;
}

const meta: Meta<Args> = {
  title: 'Parts/rf-referral-form',
  component: 'rf-referral-form',
  args: {
    recipient: 'Village Pride',
    endpoint: '/api/referrals',
    fields: '',
    required: 'name,needs',
  },
  render: ({ recipient, endpoint, fields, required }) =>
    html`<div style="max-width:40rem">
      <rf-referral-form
        recipient=${recipient}
        endpoint=${endpoint}
        resource-id="man-lgbt-foundation"
        fields=${fields || 'requester,supporterName,supporterOrganization,name,contactMethod,phone,email,messageSafe,safeTimes,language,needs,urgency'}
        required=${required}
      ></rf-referral-form>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The empty form: choices start with safe defaults (no voicemail, not urgent). */
export const Empty: Story = {};

/** Sent without filling anything: the error summary and each field's error. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('rf-referral-form')!;
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  },
};

/** While sending: the button is disabled and shows progress. */
export const Sending: Story = {
  play: async ({ canvasElement }) => (await submitAsHost(canvasElement)).markSending(),
};

/** Sending failed: everything typed is kept, and the visitor can retry. */
export const FailedWithRetry: Story = {
  play: async ({ canvasElement }) =>
    (await submitAsHost(canvasElement)).markFailed('The connection failed.'),
};

/** Sent: the receiver's reference and what happens next. */
export const Sent: Story = {
  play: async ({ canvasElement }) =>
    (await submitAsHost(canvasElement)).markSent('RF-20261121-7KQ2MX'),
};

/** An organization that takes referrals by email only: a prefilled email after consent. */
export const EmailOnly: Story = {
  render: () =>
    html`<div style="max-width:40rem">
      <rf-referral-form
        recipient="Baby Bank North"
        recipient-email="referrals@babybank.example.org"
        resource-id="man-baby-bank"
      ></rf-referral-form>
    </div>`,
};

/** Fewer fields: only a name, a contact and the need. */
export const FewerFields: Story = { args: { fields: 'name,contactMethod,phone,email,needs' } };

export const Theming: Story = {
  render: (args, context) => html`<div style=${themeStyle}>${meta.render!(args, context)}</div>`,
};

/** Inside the finder: "Request a referral" on a card opens the form in a dialog. */
export const InsideFinder: Story = {
  render: () =>
    html`<resource-finder
      src="sample-feed.json"
      query="lgbt support group"
      referral-endpoint="/api/referrals"
    ></resource-finder>`,
  play: async ({ canvasElement }) => {
    const finder = canvasElement.querySelector('resource-finder')!;
    for (let i = 0; i < 50; i++) {
      const card = finder.shadowRoot
        ?.querySelector('rf-results')
        ?.shadowRoot?.querySelector('rf-resource-card');
      const action = card?.shadowRoot?.querySelector<HTMLButtonElement>('[part="referral"]');
      if (action) return action.click();
      await new Promise((r) => setTimeout(r, 100));
    }
  },
};
