import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maya } from '@relmap/cases';
import type { Relay } from '@relmap/sync/relay';
import { everything, grab, twoDevices, type TwoDevices } from '@relmap/sync/testing';
import { privateTexts } from './testing/test-helpers.ts';

// The example as built (both pages), served from 127.0.0.1, the real relay beside it, and two browser contexts: the
// therapist's device and the client's, which share nothing but the relay.
let harness: TwoDevices;
let relay: Relay;

beforeAll(async () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  harness = await twoDevices({ root, configFile: join(root, 'vite.config.ts') });
  relay = await harness.relay();
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

const device = (url: string): Promise<Page> => harness.device(url, { width: 1280, height: 900 });

type MapElement = HTMLElement & { inventory: import('@relmap/core').Inventory; focusPerson(id: string): void; undo(): void };

describe('the live-session example, with the client on their own device', () => {
  it('Invite the client: the client moves a person on their page, the therapist sees it and undoes it, and nothing private reaches the relay or the client', async () => {
    const therapist = await device(`${harness.origin}/?case=maya&relay=${encodeURIComponent(`ws://127.0.0.1:${relay.port}`)}`);
    await therapist.waitForFunction(() => Object.keys(document.querySelector<MapElement>('relationship-map#map')?.inventory.people ?? {}).length > 0);
    await therapist.getByRole('button', { name: 'Invite the client' }).click();
    const link = await therapist.locator('.invite-link').inputValue();
    expect(new URL(link).pathname).toBe('/client.html');

    const client = await device(link);
    await client.waitForFunction(() => Object.keys(document.querySelector<MapElement>('#picture')?.inventory.people ?? {}).length > 0);
    await therapist.getByText('Client connected').waitFor();

    const rings = (): Promise<Record<string, number>> =>
      therapist.evaluate(() =>
        Object.fromEntries(Object.values((document.querySelector('relationship-map#map') as MapElement).inventory.people).map((p) => [p.id, p.tie.ring])),
      );
    const before = await rings();
    // The client moves someone in the inner ring one ring out, by keyboard, on their own map.
    const moved = await client.evaluate(() => {
      const map = document.querySelector('#picture') as MapElement;
      const person = Object.values(map.inventory.people).find((p) => p.tie.ring === 1)!;
      map.focusPerson(person.id);
      return person.id;
    });
    await client.keyboard.press('-');
    await therapist.waitForFunction(
      (b) => Object.values((document.querySelector('relationship-map#map') as MapElement).inventory.people).some((p) => p.tie.ring !== b[p.id]),
      before,
    );
    const after = await rings();
    const changed = Object.keys(after).filter((id) => after[id] !== before[id]);
    expect(changed).toHaveLength(1);
    expect(after[changed[0]!]).toBe(2);

    await therapist.evaluate(() => (document.querySelector('relationship-map#map') as MapElement).undo());
    await client.waitForFunction((id) => (document.querySelector('#picture') as MapElement).inventory.people[id]?.tie.ring === 1, moved);

    const secrets = [
      ...privateTexts(maya.intake),
      ...Object.values(maya.intake.people)
        .map((p) => p.name)
        .filter((n) => n.length > 3),
    ];
    expect(secrets.length).toBeGreaterThan(3);
    const wire = harness.seen.map((m) => Buffer.from(m).toString('utf8')).join('\n');
    const dom = await everything(client);
    for (const secret of secrets) {
      expect(wire, secret).not.toContain(secret);
      expect(dom, secret).not.toContain(secret);
    }
    // E2: the room is sealed, so the relay cannot read the picture either: no label the client sees, no key of the
    // document (Yjs writes keys and strings as they are), and the relay holds the room only as a sealed log.
    const labels = await client.evaluate(() => Object.values((document.querySelector('#picture') as MapElement).inventory.people).map((p) => p.name));
    for (const word of [...labels.filter((l) => l.length > 3), 'people', 'ring', 'ringLabels']) expect(wire, word).not.toContain(word);
    expect(new URLSearchParams(new URL(link).hash.slice(1)).get('key')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect([...relay.sealedRooms.values()].some((r) => r.connections === 2)).toBe(true);
    expect([...relay.rooms.values()].some((r) => r.connections > 0)).toBe(false);
  });

  it("presence and the client's last edit: the therapist's page shows whom the client is dragging and what they changed, in the picture's labels, and the client's page shows the therapist's drag", async () => {
    const therapist = await device(`${harness.origin}/?case=maya&relay=${encodeURIComponent(`ws://127.0.0.1:${relay.port}`)}`);
    await therapist.waitForFunction(() => Object.keys(document.querySelector<MapElement>('relationship-map#map')?.inventory.people ?? {}).length > 0);
    await therapist.getByRole('button', { name: 'Invite the client' }).click();
    const client = await device(await therapist.locator('.invite-link').inputValue());
    await client.waitForFunction(() => Object.keys(document.querySelector<MapElement>('#picture')?.inventory.people ?? {}).length > 0);
    await therapist.getByText('Client connected').waitFor();
    const first = harness.seen.length;

    // Someone living in the inner ring, as the client's page labels them, and the next ring's label.
    const { label, ringLabel } = await client.evaluate(() => {
      const inv = (document.querySelector('#picture') as MapElement).inventory;
      const person = Object.values(inv.people).find((p) => p.tie.ring === 1 && p.status !== 'deceased')!;
      return { label: person.name, ringLabel: inv.settings.ringLabels[1]! };
    });
    const halos = (): Promise<number> =>
      therapist.evaluate(() => document.querySelector('relationship-map#map')!.shadowRoot!.querySelectorAll('[part~="person-halo"]').length);
    const release = await grab(client, label, 2, { selector: '#picture' });
    await therapist.getByText(`The client is moving ${label}`).waitFor();
    expect(await halos()).toBe(1);
    await release();
    await therapist.getByText(`The client moved ${label} to the ${ringLabel.toLowerCase()}.`).waitFor();
    expect(await therapist.locator('.client-edit').getAttribute('role')).toBe('status');
    await therapist.waitForFunction(() => !document.querySelector('.client-moving')?.textContent);
    expect(await halos()).toBe(0);

    // The therapist drags someone on their own map (full names there); the client's page shows the picture's label.
    const name = maya.intake.people[Object.keys(maya.intake.people).find((id) => maya.intake.people[id]!.tie.ring === 3)!]!.name;
    const back = await grab(therapist, name, 2, { selector: 'relationship-map#map' });
    await client.waitForFunction(() => /^Your therapist is moving \S+$/.test(document.querySelector('.therapist-moving')?.textContent ?? ''));
    expect(await client.locator('.therapist-moving').textContent()).not.toContain(name);
    await back();
    await client.waitForFunction(() => document.querySelector('.therapist-moving')?.textContent === '');

    // Presence crossed a sealed room (E2): the relay saw awareness messages it cannot read, no role, no id, no name.
    const caught = harness.seen.slice(first);
    expect(caught.filter((m) => m[0] === 1 && m.byteLength > 28).length, 'sealed awareness messages (kind 1)').toBeGreaterThan(1);
    const wire = caught.map((m) => Buffer.from(m).toString('utf8')).join('\n');
    for (const secret of ['therapist', 'client', 'moving', ...privateTexts(maya.intake), ...Object.values(maya.intake.people).map((p) => p.name)]) {
      expect(wire, secret).not.toContain(secret);
    }
  });
});
