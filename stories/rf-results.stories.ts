import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SORT_ORDERS, type Resource } from '../src/index.js';
import { themeStyle, withSample } from './data.js';

type Args = { sort: (typeof SORT_ORDERS)[number]; pageSize: number };

const meta: Meta<Args> = {
  title: 'Parts/rf-results',
  component: 'rf-results',
  loaders: [withSample],
  args: { sort: 'relevance', pageSize: 5 },
  argTypes: { sort: { control: 'select', options: [...SORT_ORDERS] } },
  render: ({ sort, pageSize }, { loaded }) =>
    html`<rf-results
      .resources=${loaded.resources as Resource[]}
      sort=${sort}
      page-size=${pageSize}
    ></rf-results>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const SortedByName: Story = { args: { sort: 'name' } };
export const Empty: Story = {
  render: () => html`<rf-results .resources=${[]} has-filters></rf-results>`,
};
export const Theming: Story = {
  render: ({ sort, pageSize }, { loaded }) =>
    html`<div style=${themeStyle}>
      <rf-results
        .resources=${loaded.resources as Resource[]}
        sort=${sort}
        page-size=${pageSize}
      ></rf-results>
    </div>`,
};
