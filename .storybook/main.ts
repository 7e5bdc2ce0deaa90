import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  // The demo directory (sample-feed.json) is served as static files, so stories load a real feed.
  staticDirs: ['../demo'],
  core: { disableTelemetry: true },
};

export default config;
