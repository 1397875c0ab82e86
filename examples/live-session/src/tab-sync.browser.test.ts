import { afterEach, describe, expect, it } from 'vitest';
import { command } from '@relmap/core';
import { startClientPage } from './client-page.ts';
import { startTherapistPage, type TherapistPage } from './therapist-page.ts';
import { until } from './testing/test-helpers.ts';

const running: { destroy(): void }[] = [];
afterEach(() => {
  for (const page of running.splice(0)) page.destroy();
  document.body.replaceChildren();
});

function container(): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  return root;
}

async function tab(sessionId: string, dbName: string): Promise<TherapistPage> {
  const page = await startTherapistPage(container(), { window: window, sessionId, dbName, caseId: 'maya' });
  running.push(page);
  return page;
}

describe("two tabs of the therapist's page", () => {
  it('Y3, Y5: edits made in both tabs at once are all kept, in both, and in a tab opened afterwards', async () => {
    const sessionId = crypto.randomUUID();
    const dbName = `relmap-test-${crypto.randomUUID()}`;
    const a = await tab(sessionId, dbName);
    const b = await tab(sessionId, dbName);
    a.map.dispatch(command('setCloseness', { id: 'henrik', ring: 1 }));
    b.map.dispatch(command('setConflict', { id: 'henrik', conflict: 'hostile' }));
    b.map.dispatch(command('addPerson', { id: 'zora-quist', name: 'Zora Quist', ring: 2 }));
    for (const page of [a, b]) {
      await until(
        () =>
          page.map.inventory.people['henrik']?.tie.ring === 1 &&
          page.map.inventory.people['henrik']?.tie.conflict === 'hostile' &&
          page.map.inventory.people['zora-quist'] !== undefined,
      );
    }
    // Each tab undoes its own edit only.
    expect(a.map.session.undo()).toBe(true);
    await until(() => b.map.inventory.people['henrik']?.tie.ring !== 1);
    expect(b.map.inventory.people['henrik']?.tie.conflict).toBe('hostile');
    const c = await tab(sessionId, dbName);
    expect(c.map.inventory.people['zora-quist']).toBeDefined();
    expect(c.map.inventory.people['henrik']?.tie.conflict).toBe('hostile');
  });
});

describe("the client's page", () => {
  it('refuses a link that is not an invitation, and says so', () => {
    const root = container();
    expect(startClientPage(root, '#room=session-1&relay=ws%3A%2F%2F127.0.0.1%3A1234')).toBeUndefined();
    expect(root.textContent).toContain('not a session invitation');
    // A good room without the room's key (E1) is no invitation either: the page could read nothing of it.
    const keyless = container();
    expect(startClientPage(keyless, `#room=${'A'.repeat(22)}&relay=ws%3A%2F%2F127.0.0.1%3A1234`)).toBeUndefined();
    expect(keyless.textContent).toContain('not a session invitation');
  });

  it('the invitation link carries the room and its key in its fragment, never in what a browser sends to a server', async () => {
    const page = await tab(crypto.randomUUID(), `relmap-test-${crypto.randomUUID()}`);
    page.map.dispatch(command('setCloseness', { id: 'henrik', ring: 1 }));
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Invite the client'))!;
    button.click();
    await until(() => page.remote !== undefined);
    const link = new URL(page.remote!.link);
    expect(link.pathname.endsWith('/client.html')).toBe(true);
    expect(link.search).toBe('');
    expect(new URLSearchParams(link.hash.slice(1)).get('room')).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(new URLSearchParams(link.hash.slice(1)).get('key')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await until(() => document.querySelector<HTMLInputElement>('.invite-link')?.value === page.remote!.link);
  });
});
