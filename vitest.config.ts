import { defineConfig } from 'vitest/config';
import { existsSync } from 'node:fs';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  throw new Error(
    `The browser tests need Chromium at ${executablePath}. On Debian or Ubuntu: apt-get install -y chromium ` +
      '(or set CHROMIUM_PATH to another Chromium). `bash .ci/run` installs it for you.',
  );
}

// Debian's Chromium; browsers cannot be downloaded on the machines this project runs on.
const chromium = playwright({
  launchOptions: {
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/*.test.ts', 'examples/*/src/**/*.test.ts', 'docs/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/*.page.test.ts', '**/node_modules/**'],
          environment: 'node',
          // A guard against hangs, not a speed check: property tests share two cores with Chromium in CI.
          testTimeout: 30_000,
        },
      },
      {
        // Node drives Chromium through playwright against a page it builds and serves itself (strict CSP, network).
        test: {
          name: 'page',
          include: ['packages/*/src/**/*.page.test.ts'],
          exclude: ['**/node_modules/**'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Pre-bundled, so the first test that imports axe-core does not make Vite reload the page mid-run.
        optimizeDeps: { include: ['axe-core', 'fast-check'] },
        test: {
          name: 'browser',
          include: ['packages/*/src/**/*.browser.test.ts', 'examples/*/src/**/*.browser.test.ts', 'docs/*.browser.test.ts'],
          exclude: ['**/node_modules/**'],
          // Writes the guides' samples to .doc-snippets/browser, where docs/commands.browser.test.ts runs them.
          globalSetup: ['scripts/doc-snippets.mjs'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            provider: chromium,
            headless: true,
            screenshotFailures: false,
            viewport: { width: 1280, height: 800 },
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // Every story in stories/ rendered in Chromium, its play function run as the test.
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          testTimeout: 30_000,
          // Runs axe-core on every story after it has rendered and played.
          setupFiles: ['.storybook/vitest.setup.ts'],
          browser: {
            enabled: true,
            provider: chromium,
            headless: true,
            screenshotFailures: false,
            viewport: { width: 1280, height: 800 },
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
