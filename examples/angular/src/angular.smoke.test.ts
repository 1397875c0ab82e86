import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAndServe, buildPackages, embeddingSample, useApp, type Served } from '../../../scripts/example-smoke.ts';
import { execFileSync } from 'node:child_process';

const dir = fileURLToPath(new URL('..', import.meta.url));
let served: Served;

beforeAll(async () => {
  // Angular's compiler checks the templates against the packages' published declarations, as in an app.
  await buildPackages(['core', 'layout', 'map']);
  execFileSync(fileURLToPath(new URL('../node_modules/.bin/ngc', import.meta.url)), ['-p', 'tsconfig.json'], { cwd: dir, stdio: 'pipe' });
  served = await buildAndServe(dir);
}, 240_000);
afterAll(() => served?.close());

describe('the Angular 21 example', () => {
  it('is the code docs/embedding.md shows', () => {
    expect(readFileSync(new URL('../src/app.component.ts', import.meta.url), 'utf8')).toBe(embeddingSample('## Angular', 'ts'));
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
