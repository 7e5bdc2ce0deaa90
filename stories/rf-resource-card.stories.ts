import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Resource } from '../src/index.js';
import { themeStyle, withSample } from './data.js';

type Args = { id: string; expanded: boolean; staleAfter: number; terms: string[] };

const pick = (loaded: Record<string, unknown>, id: string) =>
  (loaded.resources as Resource[]).find((r) => r.id === id);

const meta: Meta<Args> = {
  title: 'Parts/rf-resource-card',
  component: 'rf-resource-card',
  loaders: [withSample],
  args: { id: 'man-lgbt-foundation', expanded: false, staleAfter: 12, terms: [] },
  render: ({ id, expanded, staleAfter, terms }, { loaded }) =>
    html`<rf-resource-card
      .resource=${pick(loaded, id)}
      .taxonomy=${loaded.taxonomy}
      ?expanded=${expanded}
      stale-after=${staleAfter}
      .terms=${terms}
    ></rf-resource-card>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Expanded: Story = { args: { expanded: true } };
export const Highlighted: Story = {
  args: { id: 'mi-rete-mutuo', terms: ['reti', 'assistenza', 'reciproca'] },
};
/** Not verified for over a year: flagged as possibly out of date. */
export const Stale: Story = { args: { id: 'paris-bagagerie' } };
/** A confidential shelter: no address, only how to call. */
export const Confidential: Story = { args: { id: 'mrs-femmes-abri', expanded: true } };
/** Markup in feed text is shown as text, never run. */
export const HostileText: Story = {
  render: () =>
    html`<rf-resource-card
      expanded
      .resource=${{
        id: 'x',
        name: '<img src=x onerror=alert(1)> Hostile <script>alert(2)</script> name',
        description: '<b onmouseover=alert(3)>bold?</b> <a href="javascript:alert(4)">click</a>',
        website: 'javascript:alert(5)',
      }}
    ></rf-resource-card>`,
};
export const Theming: Story = {
  render: ({ id }, { loaded }) =>
    html`<div style=${themeStyle}>
      <rf-resource-card
        .resource=${pick(loaded, id)}
        .taxonomy=${loaded.taxonomy}
      ></rf-resource-card>
    </div>`,
};
