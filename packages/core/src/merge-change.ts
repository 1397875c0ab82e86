import { produceWithPatches } from 'immer';
import type { Inventory } from './model.ts';
import type { Change } from './store.ts';

/**
 * The change from `previous` to `next`, an inventory made elsewhere (another device's edits merged in), with patches
 * that name the fields that changed rather than whole records, or `undefined` when they hold the same data. Records
 * that did not change keep their identity. `store.rebase` and `session.merge` take it in (rule H12).
 */
export function mergeChange(previous: Inventory, next: Inventory): Change | undefined {
  const [inventory, patches, inversePatches] = produceWithPatches(previous, (draft) => assignInto(draft as unknown as Plain, next as unknown as Plain));
  if (patches.length === 0) return undefined;
  return { kind: 'command', command: 'merge', previous, inventory, patches, inversePatches };
}

type Plain = Record<string, unknown>;

function assignInto(draft: Plain, target: Plain): void {
  for (const key of Object.keys(draft)) if (!Object.hasOwn(target, key)) delete draft[key];
  for (const [key, value] of Object.entries(target)) {
    const current = draft[key];
    if (current === value) continue;
    if (isPlain(current) && isPlain(value)) assignInto(current, value);
    else if (JSON.stringify(current) !== JSON.stringify(value)) draft[key] = value;
  }
}

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
