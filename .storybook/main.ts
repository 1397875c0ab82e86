import type { StorybookConfig } from '@storybook/web-components-vite';

/** Storybook for Relmap: the case library, every state of `<relationship-map>`, and the trainers' guides. */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
};
export default config;
