import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { findChromium, missingMessage } from './scripts/chromium.mjs';

// `pnpm test` runs scripts/ensure-chromium.mjs first, which installs Debian's Chromium where it may; a direct
// `vitest run` only looks. The path goes into the environment so the page tests' own playwright launches use it.
const executablePath = findChromium();
if (executablePath) process.env.CHROMIUM_PATH = executablePath;
else if (!onlyUnitProject(process.argv)) throw new Error(missingMessage());

/** Whether this run asked for the Node-only unit project alone, which needs no browser. */
function onlyUnitProject(argv: string[]): boolean {
  const projects = argv.flatMap((arg, i) => (arg === '--project' ? [argv[i + 1]] : arg.startsWith('--project=') ? [arg.slice('--project='.length)] : []));
  return projects.length > 0 && projects.every((name) => name === 'unit');
}

// Browsers come from the system's package manager; nothing here downloads one.
const chromium = playwright({
  launchOptions: {
    executablePath: executablePath ?? '',
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
          include: [
            'packages/*/src/**/*.test.ts',
            'packages/*/*.test.ts',
            'examples/*/src/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts',
            'docs/*.test.ts',
          ],
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
          include: ['packages/*/src/**/*.page.test.ts', 'examples/*/src/**/*.page.test.ts'],
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
