import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { RADII_KM } from '../src/index.js';
import { themeStyle } from './data.js';

type Args = { located: boolean; radius: (typeof RADII_KM)[number] };

const meta: Meta<Args> = {
  title: 'Parts/rf-near-me',
  component: 'rf-near-me',
  args: { located: false, radius: 0 },
  argTypes: { radius: { control: 'select', options: [...RADII_KM] } },
  render: ({ located, radius }) =>
    html`<rf-near-me
      .origin=${located ? { lat: 45.76, lng: 4.84 } : undefined}
      radius=${radius}
    ></rf-near-me>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Located: Story = { args: { located: true, radius: 5 } };
export const Arabic: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <rf-near-me .origin=${{ lat: 45.76, lng: 4.84 }}></rf-near-me>
    </div>`,
};
export const Theming: Story = {
  render: () => html`<div style=${themeStyle}><rf-near-me></rf-near-me></div>`,
};
