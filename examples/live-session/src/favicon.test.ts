import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

const root = fileURLToPath(new URL('..', import.meta.url));
let server: ViteDevServer;
let base: string;

beforeAll(async () => {
  server = await createServer({ root, configFile: false, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  await server.listen();
  base = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`;
});
afterAll(() => server?.close());

describe('the live-session page as served by `pnpm demo`', () => {
  it('names an icon that the server serves, so no load ends in a 404 for /favicon.ico', async () => {
    const page = await (await fetch(`${base}/`)).text();
    const href = /<link rel="icon"[^>]*href="([^"]+)"/.exec(page)?.[1];
    expect(href).toBe('/favicon.svg');
    const icon = await fetch(new URL(href!, base));
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await icon.text()).toMatch(/^<svg /);
  });
});
