import type { Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Relay } from './relay/relay.ts';
import { newRoomName } from './relay/room-name.ts';
import { everything, grab, presenceSaid, twoDevices, type TwoDevices } from './testing/two-devices.ts';

// Two browser contexts (two devices: no shared storage, no BroadcastChannel between them), the real relay on
// 127.0.0.1, and a page built from src/page that plays the therapist or the client.
const SECRET = 'Afraid of him since the winter';

let harness: TwoDevices;
const seen = (): Uint8Array[] => harness.seen;

beforeAll(async () => {
  harness = await twoDevices({ root: fileURLToPath(new URL('./page/', import.meta.url)) });
}, 120_000);

afterEach(async () => {
  await harness.reset();
});

afterAll(async () => {
  await harness?.close();
});

async function relayOn(port = 0): Promise<Relay> {
  return harness.relay(port);
}

/** A therapist's page and a client's page, each in a browser context of its own, in one room of the relay. */
async function devices(port: number): Promise<{ therapist: Page; client: Page }> {
  const room = newRoomName();
  const open = async (role: string): Promise<Page> => {
    const page = await harness.device(`${harness.origin}/?role=${role}&room=${room}&relay=${encodeURIComponent(`ws://127.0.0.1:${port}`)}`);
    await page.waitForFunction(() => 'relmap' in window);
    return page;
  };
  const therapist = await open('therapist');
  const client = await open('client');
  await client.waitForFunction(() => Object.keys(window.relmap.session.inventory.people).length === 3);
  return { therapist, client };
}

declare global {
  interface Window {
    relmap: {
      session: import('@relmap/map/session').EditingSession;
      provider: import('y-websocket').WebsocketProvider;
      map: import('@relmap/map').RelationshipMap;
      command: typeof import('@relmap/core').command;
      presence: import('./presence.ts').Presence;
      edits: string[];
    };
  }
}

/** The picture id of the client's person labelled `label`. */
const idOf = (client: Page, label: string): Promise<string> =>
  client.evaluate((l) => Object.values(window.relmap.session.inventory.people).find((p) => p.name === l)!.id, label);

/** Moves a person one ring out on a page, as its user does: focus them on the map and press "-". */
async function moveOut(page: Page, id: string): Promise<void> {
  await page.evaluate((i) => window.relmap.map.focusPerson(i), id);
  await page.keyboard.press('-');
}

const ring = (page: Page, id: string): Promise<number | undefined> => page.evaluate((i) => window.relmap.session.inventory.people[i]?.tie.ring, id);

describe('a remote session in two browsers over the relay', () => {
  it("P3: a ring change made on the client's map reaches the therapist's session, is announced there, and is undoable", async () => {
    const relay = await relayOn();
    const { therapist, client } = await devices(relay.port);
    await moveOut(client, await idOf(client, 'JL'));
    await therapist.waitForFunction(() => window.relmap.session.inventory.people['jonas']?.tie.ring === 2);
    // The therapist's map says what happened, as for any edit: with the name, since the therapist's page is not presenting.
    await therapist.waitForFunction(() => window.relmap.map.shadowRoot?.querySelector('[role="status"]')?.textContent?.includes('Jonas Lindqvist'));
    expect(await therapist.evaluate(() => window.relmap.session.canUndo)).toBe(true);
    await therapist.evaluate(() => window.relmap.map.undo());
    await therapist.waitForFunction(() => window.relmap.session.inventory.people['jonas']?.tie.ring === 1);
    const id = await idOf(client, 'JL');
    await client.waitForFunction((i) => window.relmap.session.inventory.people[i]?.tie.ring === 1, id);
  });

  it("P1, P2: a private note the therapist types reaches neither the relay, in any message, nor the client's DOM", async () => {
    const relay = await relayOn();
    const { therapist, client } = await devices(relay.port);
    await therapist.evaluate((text) => {
      const { session, command } = window.relmap;
      session.dispatch(command('updatePerson', { id: 'mira', changes: { notes: { text, sensitivity: 'private' } } }));
      session.dispatch(command('setCloseness', { id: 'mira', ring: 3 }));
    }, SECRET);
    const mira = await idOf(client, 'MO');
    await client.waitForFunction((i) => window.relmap.session.inventory.people[i]?.tie.ring === 3, mira);
    expect(await everything(therapist)).toContain('Mira');
    const wire = seen()
      .map((m) => Buffer.from(m).toString('utf8'))
      .join('\n');
    const dom = await everything(client);
    for (const secret of [SECRET, 'Jonas', 'Lindqvist', 'Mira', 'Okafor', 'Tove']) {
      expect(wire).not.toContain(secret);
      expect(dom).not.toContain(secret);
    }
    expect(dom).toContain('MO');
  });

  it('R5: the relay killed and started again mid-session loses no edit from either side', async () => {
    const first = await relayOn();
    const port = first.port;
    const { therapist, client } = await devices(port);
    const jl = await idOf(client, 'JL');
    await harness.stop(first);
    await client.waitForFunction(() => !window.relmap.provider.wsconnected);
    await moveOut(client, jl);
    await moveOut(therapist, 'mira');
    await relayOn(port);
    await therapist.waitForFunction(() => window.relmap.session.inventory.people['jonas']?.tie.ring === 2, undefined, { timeout: 10_000 });
    const mo = await idOf(client, 'MO');
    await client.waitForFunction((i) => window.relmap.session.inventory.people[i]?.tie.ring === 3, mo, { timeout: 10_000 });
    expect(await ring(client, jl)).toBe(2);
  });

  it('Y3: edits made offline on both sides merge once both are back', async () => {
    const relay = await relayOn();
    const { therapist, client } = await devices(relay.port);
    const to = await idOf(client, 'TH');
    const jl = await idOf(client, 'JL');
    await therapist.evaluate(() => window.relmap.provider.disconnect());
    await client.evaluate(() => window.relmap.provider.disconnect());
    await therapist.evaluate(() => window.relmap.session.dispatch(window.relmap.command('setCloseness', { id: 'tove', ring: 1 })));
    await moveOut(client, jl);
    await therapist.evaluate(() => window.relmap.provider.connect());
    await client.evaluate(() => window.relmap.provider.connect());
    await therapist.waitForFunction(() => window.relmap.session.inventory.people['jonas']?.tie.ring === 2);
    await client.waitForFunction((i) => window.relmap.session.inventory.people[i]?.tie.ring === 1, to);
    expect(await therapist.evaluate(() => window.relmap.session.inventory.people['tove']?.tie.ring)).toBe(1);
  });

  it("P6, P7, R6: while the client drags a person, the therapist's map marks them and says whom; the mark goes with the drop, and the relay saw only roles and picture ids", async () => {
    const relay = await relayOn();
    const { therapist, client } = await devices(relay.port);
    await therapist.evaluate((text) => {
      const { session, command } = window.relmap;
      session.dispatch(command('updatePerson', { id: 'mira', changes: { notes: { text, sensitivity: 'private' } } }));
    }, SECRET);
    const release = await grab(client, 'MO', 1);
    await therapist.waitForFunction(() => window.relmap.session.highlight.join() === 'mira');
    expect(await therapist.locator('#moving').textContent()).toBe('moving MO');
    expect(await therapist.evaluate(() => window.relmap.map.shadowRoot!.querySelectorAll('[part~="person-halo"]').length)).toBe(1);
    await release();
    await therapist.waitForFunction(() => window.relmap.session.highlight.length === 0);
    await therapist.waitForFunction(() => window.relmap.session.inventory.people['mira']?.tie.ring === 1);
    expect(await therapist.locator('#moving').textContent()).toBe('');

    // And the other way: the therapist drags, the client's map marks the person under the picture's label.
    const back = await grab(therapist, 'Tove Halvorsen', 2);
    const th = await idOf(client, 'TH');
    await client.waitForFunction((i) => window.relmap.session.highlight.join() === i, th);
    expect(await client.locator('#moving').textContent()).toBe('moving TH');
    await back();
    await client.waitForFunction(() => window.relmap.session.highlight.length === 0);

    const said = presenceSaid(seen());
    expect(said.some((s) => s['role'] === 'client' && typeof s['moving'] === 'string')).toBe(true);
    expect(said.some((s) => s['role'] === 'therapist' && typeof s['moving'] === 'string')).toBe(true);
    for (const state of said) {
      expect(Object.keys(state).filter((k) => k !== 'role' && k !== 'moving')).toEqual([]);
      if (state['moving'] !== undefined) expect(state['moving']).toMatch(/^r[0-9a-f]{16}$/);
    }
    const wire = JSON.stringify(said);
    for (const secret of [SECRET, 'Jonas', 'Lindqvist', 'Mira', 'Okafor', 'Tove', 'mira', 'tove']) expect(wire).not.toContain(secret);
  });

  it("P3: the client's drop onto another ring is one step on the therapist's side, told in the picture's words", async () => {
    const relay = await relayOn();
    const { therapist, client } = await devices(relay.port);
    const release = await grab(client, 'TH', 1);
    await release();
    await therapist.waitForFunction(() => window.relmap.session.inventory.people['tove']?.tie.ring === 1);
    expect(await therapist.evaluate(() => window.relmap.edits)).toEqual(['TH 3>1']);
    expect(await therapist.evaluate(() => window.relmap.session.inventory.people['tove']?.pin)).toBeDefined();
    await therapist.evaluate(() => window.relmap.session.undo());
    expect(
      await therapist.evaluate(() => [
        window.relmap.session.inventory.people['tove']?.tie.ring,
        window.relmap.session.inventory.people['tove']?.pin,
        window.relmap.session.canUndo,
      ]),
    ).toEqual([3, undefined, false]);
  });

  it("P7: the client's tab closed in the middle of a drag leaves nobody marked on the therapist's page", async () => {
    const relay = await relayOn();
    const { therapist, client } = await devices(relay.port);
    await grab(client, 'JL', 2);
    await therapist.waitForFunction(() => window.relmap.session.highlight.join() === 'jonas');
    await client.close();
    await therapist.waitForFunction(() => window.relmap.session.highlight.length === 0 && window.relmap.presence.peers.length === 0);
    expect(await therapist.locator('#moving').textContent()).toBe('');
    expect(await therapist.evaluate(() => window.relmap.session.inventory.people['jonas']?.tie.ring)).toBe(1);
  });
});
