import { describe, expect, it } from 'vitest';
import { isRelmapError } from '@relmap/core';
import { MapUi } from './map-ui.ts';
import { OnDemand } from './on-demand.ts';

/** A load that the test settles by hand. */
function pending<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('OnDemand: a part of the code loaded on first use', () => {
  it('M52: loads once, on the first call, and shares the load with every later call', async () => {
    let loads = 0;
    const part = new OnDemand('export code', () => (loads++, Promise.resolve({ answer: 42 })));
    expect(loads).toBe(0);
    expect(part.loaded).toBeUndefined();
    const [a, b] = await Promise.all([part.get(), part.get()]);
    expect(a).toBe(b);
    expect(await part.get()).toBe(a);
    expect(part.loaded).toBe(a);
    expect(loads).toBe(1);
  });

  it('M52: a failed load rejects with a RelmapError "load-failed" naming the part, and the next call tries again', async () => {
    const network = new TypeError('Failed to fetch dynamically imported module: /export-part.js');
    let fail = true;
    let loads = 0;
    const part = new OnDemand('export code', () => (loads++, fail ? Promise.reject(network) : Promise.resolve({ answer: 42 })));
    const error: unknown = await part.get().catch((e: unknown) => e);
    expect(isRelmapError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'load-failed', path: '', cause: network });
    expect((error as Error).message).toContain("The map's export code could not be loaded");
    expect((error as Error).message).toContain('Failed to fetch dynamically imported module');
    expect(part.loaded).toBeUndefined();
    fail = false;
    expect(await part.get()).toEqual({ answer: 42 });
    expect(part.loaded).toEqual({ answer: 42 });
    expect(loads).toBe(2);
  });
});

describe('MapUi: the live region waits for the words of a message, in order', () => {
  const host = () => {
    const said: string[] = [];
    const errors: unknown[] = [];
    const h = {
      renderRoot: {} as ParentNode,
      addController: () => {},
      removeController: () => {},
      requestUpdate: () => said.push(ui.announcement),
      updateComplete: Promise.resolve(true),
    };
    const ui = new MapUi(h, (e) => errors.push(e));
    return { ui, said, errors };
  };

  it('M54: a message asked for while an earlier one waits for its words is said after it; nothing is lost', async () => {
    const { ui, said } = host();
    const words = pending<string | undefined>();
    ui.announceLater(words.promise);
    ui.announce('Select someone first to focus on them.');
    ui.announceLater(Promise.resolve(undefined));
    ui.announce('Link mode: choose the second person.');
    expect(said).toEqual([]);
    expect(ui.busy).toBe(true);
    words.resolve('Jonas moved to Inner circle.');
    await ui.settled();
    expect(said).toEqual(['Jonas moved to Inner circle.', 'Select someone first to focus on them.', 'Link mode: choose the second person.']);
    expect(ui.busy).toBe(false);
    // Once nothing waits, a message is said at once.
    ui.announce('Undone.');
    expect(said.at(-1)).toBe('Undone.');
  });

  it('M54 S7: emptying the live region drops the messages still waiting, made under the policy before', async () => {
    const { ui, said } = host();
    const words = pending<string | undefined>();
    ui.announceLater(words.promise);
    ui.clearAnnouncement();
    ui.announce('Presenting.');
    words.resolve('Jonas Berg moved to Inner circle.');
    await ui.settled();
    expect(said).toEqual(['Presenting.']);
  });

  it('M52 M54: words that fail to load are reported, and the messages after them are still said', async () => {
    const { ui, said, errors } = host();
    const words = pending<string | undefined>();
    ui.announceLater(words.promise);
    ui.announce('Focus off.');
    words.reject(new Error('offline'));
    await ui.settled();
    expect(errors).toHaveLength(1);
    expect(said).toEqual(['Focus off.']);
  });
});
