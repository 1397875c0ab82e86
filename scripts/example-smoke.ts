// Shared by the smoke tests of the framework examples (examples/vue, svelte, angular): builds an example for
// production with its own Vite config, serves the result, and uses it in Chromium as a person would.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveFolder } from './built-pages.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/**
 * Builds packages to dist/ one test file at a time: test files run in parallel, and two builds of one package at
 * once would delete each other's output.
 */
export async function buildPackages(packages: readonly string[]): Promise<void> {
  const lock = join(root, 'node_modules/.cache/relmap-build.lock');
  mkdirSync(dirname(lock), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 240_000) throw new Error(`another build held ${lock} for 4 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    for (const p of packages) execFileSync('node', [join(root, 'scripts/build-package.mjs')], { cwd: join(root, 'packages', p), stdio: 'pipe' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A production build of the example in `dir`, served on a free port, with Chromium to open it. */
export interface Served {
  readonly origin: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Builds the example in `dir` with its vite.config.ts, serves it and launches Chromium. */
export async function buildAndServe(dir: string): Promise<Served> {
  const outDir = mkdtempSync(join(tmpdir(), 'relmap-example-'));
  await build({ root: dir, configFile: join(dir, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  const server = await serveFolder(outDir);
  const browser = await launchChromium();
  return {
    origin: server.origin,
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** What a person saw using the app: the map's labels and the table's text before and while presenting, and errors. */
export interface UseResult {
  readonly people: number;
  readonly rows: number;
  readonly labels: string[];
  readonly presentingLabels: string[];
  readonly presentingTable: string;
  readonly pressed: string | null;
  readonly errors: string[];
}

const labelsOf = (page: Page) => page.locator('relationship-map [part~="person-label"]').allTextContents();

/**
 * Adds two people by typing into the map (each a `relmap-change` the app cancels and applies through its own
 * state, so the map shows them only if the framework passes the inventory back), then turns presenting on.
 */
export async function useApp(served: Served): Promise<UseResult> {
  const page = await served.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${served.origin}/`);
  const add = page.locator('relationship-map input[placeholder^="Add a person"]');
  for (const name of ['Jonas Berg', 'Ruth Adler']) {
    await add.fill(name);
    await add.press('Enter');
  }
  const people = page.locator('relationship-map g.person');
  const rows = page.locator('relationship-table tbody tr[data-id]');
  for (let i = 0; i < 100 && ((await people.count()) < 2 || (await rows.count()) < 2); i++) await page.waitForTimeout(100);
  const result = { people: await people.count(), rows: await rows.count(), labels: await labelsOf(page) };
  await page.getByRole('button', { name: 'Presenting' }).click();
  for (let i = 0; i < 50 && (await labelsOf(page)).includes('Jonas Berg'); i++) await page.waitForTimeout(100);
  const presentingLabels = await labelsOf(page);
  const presentingTable = (await page.locator('relationship-table').evaluate((t) => t.shadowRoot?.textContent ?? '')) ?? '';
  const pressed = await page.getByRole('button', { name: 'Presenting' }).getAttribute('aria-pressed');
  await page.close();
  return { ...result, presentingLabels, presentingTable, pressed, errors };
}

/** The code of the first block of `lang` after `heading` in docs/embedding.md. */
export function embeddingSample(heading: string, lang: string): string {
  const text = readFileSync(join(root, 'docs/embedding.md'), 'utf8');
  const from = text.indexOf(`\n${heading}\n`);
  const start = text.indexOf(`\`\`\`${lang}\n`, from) + lang.length + 4;
  return text.slice(start, text.indexOf('```\n', start));
}

/** What `describeExampleApp` needs to know of one framework's example. */
export interface ExampleApp {
  /** The suite's name: "the Vue 3 example". */
  readonly name: string;
  /** The example's folder. */
  readonly dir: string;
  /** The app's main file, which must be the code docs/embedding.md shows. */
  readonly appFile: URL;
  /** The heading of that sample in docs/embedding.md, and its code block's language. */
  readonly heading: string;
  readonly lang: string;
  /** Work to do before the build, such as a framework's own compiler. */
  readonly prepare?: () => Promise<void>;
}

/**
 * The smoke test every framework example shares: its app is the documented sample, and built for production, people
 * typed into the map reach the table through the app, and presenting hides their names.
 */
export function describeExampleApp(app: ExampleApp): void {
  let served: Served;
  beforeAll(async () => {
    await app.prepare?.();
    served = await buildAndServe(app.dir);
  }, 240_000);
  afterAll(() => served?.close());

  describe(app.name, () => {
    it('is the code docs/embedding.md shows', () => {
      expect(readFileSync(app.appFile, 'utf8')).toBe(embeddingSample(app.heading, app.lang));
    });

    it('built for production: people typed into the map reach the table through the app, and presenting hides names', async () => {
      const used = await useApp(served);
      expect(used.people).toBe(2);
      expect(used.rows).toBe(2);
      expect(used.labels).toEqual(expect.arrayContaining(['Jonas Berg', 'Ruth Adler']));
      expect(used.pressed).toBe('true');
      expect(used.presentingLabels).not.toContain('Jonas Berg');
      expect(used.presentingTable).not.toContain('Jonas Berg');
      expect(used.errors).toEqual([]);
    }, 60_000);
  });
}
