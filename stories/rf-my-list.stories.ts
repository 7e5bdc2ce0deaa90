import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Resource } from '../src/index.js';
import { themeStyle, withSample } from './data.js';

type Args = { open: boolean; count: number };

const meta: Meta<Args> = {
  title: 'Parts/rf-my-list',
  component: 'rf-my-list',
  loaders: [withSample],
  args: { open: true, count: 3 },
  render: ({ open, count }, { loaded }) =>
    html`<rf-my-list
      ?open=${open}
      .taxonomy=${loaded.taxonomy}
      .resources=${(loaded.resources as Resource[]).slice(0, count)}
    ></rf-my-list>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Empty: Story = { args: { count: 0 } };
export const Closed: Story = { args: { open: false } };
export const Theming: Story = {
  render: ({ count }, { loaded }) =>
    html`<div style=${themeStyle}>
      <rf-my-list
        open
        .taxonomy=${loaded.taxonomy}
        .resources=${(loaded.resources as Resource[]).slice(0, count)}
      ></rf-my-list>
    </div>`,
};
