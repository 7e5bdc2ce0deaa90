import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SORT_ORDERS } from '../src/index.js';
import { themeStyle } from './data.js';

type Args = { src: string; sort: (typeof SORT_ORDERS)[number]; pageSize: number; query: string };

const meta: Meta<Args> = {
  title: 'Finder/resource-finder',
  component: 'resource-finder',
  args: { src: 'sample-feed.json', sort: 'relevance', pageSize: 10, query: '' },
  argTypes: { sort: { control: 'select', options: [...SORT_ORDERS] } },
  render: ({ src, sort, pageSize, query }) =>
    html`<resource-finder
      src=${src}
      sort=${sort}
      page-size=${pageSize}
      query=${query}
    ></resource-finder>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The full finder on the sample directory of 88 resources. */
export const Default: Story = {};

/** A search that matches nothing: the empty state offers other words or clearing filters. */
export const Empty: Story = { args: { query: 'xyzzy plugh' } };

/** Until a source is given (or while it loads), the finder shows its loading state. */
export const Loading: Story = { render: () => html`<resource-finder></resource-finder>` };

/** The feed cannot be loaded: an alert with Retry. */
export const Error: Story = { args: { src: 'no-such-feed.json' } };

/** Records that fail validation are reported; the valid ones are shown. */
export const PartlyBroken: Story = {
  render: () =>
    html`<resource-finder>
      <script type="application/json">
        {
          "resources": [
            {
              "id": "ok",
              "name": "Community Pantry",
              "categories": ["Food"],
              "cost": { "free": true }
            },
            {
              "id": "bad",
              "name": "Night Shelter",
              "hours": { "timezone": "Mars/Olympus", "weekly": [] }
            },
            { "name": "Record without an id" }
          ]
        }
      </script>
    </resource-finder>`,
};

/** Global tokens set once on an ancestor. */
export const Theming: Story = {
  render: ({ src }) =>
    html`<div style=${themeStyle}>
      <resource-finder src=${src} page-size="5"></resource-finder>
    </div>`,
};

/** With the host's own header and empty-state content. */
export const WithSlots: Story = {
  args: { query: 'xyzzy' },
  render: ({ src, query }) =>
    html`<resource-finder src=${src} query=${query}>
      <h2 slot="header">Find help in your area</h2>
      <p slot="empty">Nothing found. Call our helpline on 0800 000 000, weekdays 9:00–17:00.</p>
    </resource-finder>`,
};
