import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { FilterState, Resource } from '../src/index.js';
import { themeStyle, withSample } from './data.js';

type Args = { value: FilterState };

const meta: Meta<Args> = {
  title: 'Parts/rf-filters',
  component: 'rf-filters',
  loaders: [withSample],
  args: { value: {} },
  render: ({ value }, { loaded }) =>
    html`<div style="max-width:20rem">
      <rf-filters
        .taxonomy=${loaded.taxonomy}
        .resources=${loaded.resources as Resource[]}
        .value=${value}
      ></rf-filters>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithSelection: Story = { args: { value: { languages: ['it'], cost: ['free'] } } };
/** No resources: no groups to show. */
export const Empty: Story = { render: () => html`<rf-filters .resources=${[]}></rf-filters>` };
export const Theming: Story = {
  args: { value: { audiences: ['lgbtq'] } },
  render: ({ value }, { loaded }) =>
    html`<div style="max-width:20rem;${themeStyle}">
      <rf-filters
        .taxonomy=${loaded.taxonomy}
        .resources=${loaded.resources as Resource[]}
        .value=${value}
      ></rf-filters>
    </div>`,
};
