import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { FEED_STATES, feedError, problemOf, type FeedState } from '../src/index.js';
import { themeStyle } from './data.js';

type Args = { state: FeedState };

const problems = [
  { index: 3, id: 'fb-4', path: 'email', ...problemOf('email') },
  { index: 7, id: 'sh-8', path: 'hours.timezone', ...problemOf('time-zone') },
];

const meta: Meta<Args> = {
  title: 'Parts/rf-feed-status',
  component: 'rf-feed-status',
  args: { state: 'loading' },
  argTypes: { state: { control: 'select', options: [...FEED_STATES] } },
  render: ({ state }) =>
    html`<rf-feed-status
      state=${state}
      .error=${feedError('timeout', { seconds: 15 })}
      .problems=${problems}
      total="40"
      rejected="1"
    ></rf-feed-status>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Loading: Story = {};
export const Progress: Story = {
  render: () =>
    html`<rf-feed-status
      state="loading"
      .progress=${{ phase: 'checking', fraction: 0.4 }}
    ></rf-feed-status>`,
};
export const Error: Story = { args: { state: 'error' } };
export const Problems: Story = { args: { state: 'ready' } };
export const Theming: Story = {
  render: () =>
    html`<div style=${themeStyle}>
      <rf-feed-status state="error" .error=${feedError('http', { status: 503 })}></rf-feed-status>
    </div>`,
};
