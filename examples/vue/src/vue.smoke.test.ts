import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAndServe, embeddingSample, useApp, type Served } from '../../../scripts/example-smoke.ts';


const dir = fileURLToPath(new URL('..', import.meta.url));
let served: Served;

beforeAll(async () => {

  served = await buildAndServe(dir);
}, 240_000);
afterAll(() => served?.close());

describe('the Vue 3 example', () => {
  it('is the code docs/embedding.md shows', () => {
    expect(readFileSync(new URL('../src/App.vue', import.meta.url), 'utf8')).toBe(embeddingSample('## Vue 3', 'vue'));
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
