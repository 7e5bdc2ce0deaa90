import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { themeStyle } from './data.js';

type Args = { value: string; label: string; placeholder: string; hideLabel: boolean };

const meta: Meta<Args> = {
  title: 'Parts/rf-search-box',
  component: 'rf-search-box',
  args: {
    value: '',
    label: 'Search resources',
    placeholder: 'Food, shelter, legal aid…',
    hideLabel: false,
  },
  render: ({ value, label, placeholder, hideLabel }) =>
    html`<rf-search-box
      .value=${value}
      label=${label}
      placeholder=${placeholder}
      ?hide-label=${hideLabel}
    ></rf-search-box>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithQuery: Story = { args: { value: 'hébergement' } };
export const HiddenLabel: Story = { args: { hideLabel: true } };
export const Theming: Story = {
  render: (args) => html`<div style=${themeStyle}>${meta.render!(args, {} as never)}</div>`,
};
