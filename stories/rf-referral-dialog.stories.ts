import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Resource, RfReferralDialog } from '../src/index.js';
import { withSample } from './data.js';

const meta: Meta = {
  title: 'Parts/rf-referral-dialog',
  component: 'rf-referral-dialog',
  loaders: [withSample],
  render: (_args, { loaded }) => {
    const resource = (loaded.resources as Resource[]).find((r) => r.referral?.accepts);
    const open = (e: Event) =>
      resource &&
      (e.target as HTMLElement)
        .closest('div')!
        .querySelector<RfReferralDialog>('rf-referral-dialog')!
        .show(resource, e.target as HTMLElement);
    return html`<div>
      <button type="button" @click=${open}>Request a referral</button>
      <rf-referral-dialog endpoint="/api/referrals"></rf-referral-dialog>
    </div>`;
  },
};
export default meta;

export const Default: StoryObj = {};
