import type { Inventory, Note } from '@relmap/core';

/** Every private note's text in an inventory, found by shape wherever it sits: what must never reach a shared screen. */
export function privateTexts(inventory: Inventory): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    const note = value as Partial<Note>;
    if (typeof note.text === 'string' && note.sensitivity === 'private') {
      if (note.text) out.push(note.text);
      return;
    }
    Object.values(value).forEach(walk);
  };
  walk(inventory);
  return out;
}

/** Waits until `check` holds, polling on animation frames; fails after `frames` frames. */
export async function until(check: () => boolean, frames = 300): Promise<void> {
  for (let i = 0; i < frames; i++) {
    if (check()) return;
    await new Promise((r) => requestAnimationFrame(r));
  }
  throw new Error('The condition did not come true.');
}
