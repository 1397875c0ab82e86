import { expect } from 'vitest';
import { commands, type Command } from '../commands/index.ts';
import type { RelmapError, RelmapErrorCode } from '../errors.ts';
import type { Inventory } from '../model.ts';
import { createStore } from '../store.ts';
import { catchRelmapError } from './catch-relmap-error.ts';

/**
 * Asserts rules C2 and C5 for one bad command: called as a pure function it throws a `RelmapError` with this
 * `code` and `path`; and run inside a transaction that swallows the error and commits, it has left no trace,
 * because a command that throws half-way would leave its first edits on the transaction's draft.
 */
export function expectRejected(inv: Inventory, cmd: Command, code: RelmapErrorCode, path: string): RelmapError {
  const run = commands[cmd.name] as (inventory: Inventory, args: unknown) => Inventory;
  const error = catchRelmapError(() => run(inv, cmd.args));
  expect({ code: error.code, path: error.path }).toEqual({ code, path });
  expect(error.message).toContain(path);

  const store = createStore(inv);
  let inside: RelmapError | undefined;
  const change = store.transaction('probe', (tx) => {
    inside = catchRelmapError(() => tx.dispatch(cmd));
  });
  expect(inside?.code).toBe(code);
  expect(change).toBeUndefined();
  expect(store.inventory).toBe(inv);
  return error;
}
