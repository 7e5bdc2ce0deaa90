import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SORT_ORDERS } from '../src/index.js';
import { generateFeed } from '../bench/generate.mjs';
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

/** The interface in French; the feed's own translations are shown where it has them. */
export const French: Story = {
  render: ({ src }) => html`<resource-finder lang="fr" src=${src} page-size="5"></resource-finder>`,
};

/** Arabic: right to left; feed text keeps its own direction, phone numbers read left to right. */
export const Arabic: Story = {
  render: ({ src }) => html`<resource-finder lang="ar" src=${src} page-size="5"></resource-finder>`,
};

/** Quick exit (and with it safe mode): a button that stays on screen, and three presses of Shift. */
export const QuickExit: Story = {
  render: ({ src }) =>
    html`<resource-finder
      quick-exit="https://www.example.org/weather"
      src=${src}
      page-size="5"
    ></resource-finder>`,
};

/** "My list" with two saved resources, ready to print or share. */
export const MyList: Story = {
  render: ({ src }) => html`<resource-finder src=${src} page-size="5"></resource-finder>`,
  play: async ({ canvasElement }) => {
    const finder = canvasElement.querySelector('resource-finder')!;
    for (let i = 0; i < 50; i++) {
      const cards = finder.shadowRoot
        ?.querySelector('rf-results')
        ?.shadowRoot?.querySelectorAll('rf-resource-card');
      if (cards && cards.length > 1) {
        for (const card of [...cards].slice(0, 2))
          card.shadowRoot!.querySelector<HTMLButtonElement>('[part="save"]')!.click();
        await new Promise((r) => setTimeout(r, 50));
        return finder.shadowRoot!.querySelector<HTMLButtonElement>('[part="list-toggle"]')!.click();
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  },
};

/**
 * A country-sized directory: 30,000 generated resources (the benchmark's generator), searched in a Web Worker.
 * Type quickly: the page never waits on search, and only the last query's results show.
 */
export const LargeDirectory: Story = {
  render: () => {
    const feed = generateFeed(30_000, 1);
    return html`<resource-finder .resources=${feed.resources} page-size="20"></resource-finder>`;
  },
};
