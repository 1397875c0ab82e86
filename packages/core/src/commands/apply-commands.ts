import type { Draft } from 'immer';
import { RelmapError, isRelmapError } from '../errors.ts';
import { produce } from '../immer.ts';
import { markIfFrom } from '../known-valid.ts';
import type { Inventory } from '../model.ts';
import { describe } from './checks.ts';
import { commands, type Command } from './registry.ts';

/**
 * The recipe behind a command given as data, ready to run on a draft. Throws a `not-found` `RelmapError` at `name`
 * when there is no such built-in command.
 */
export function recipeOf(cmd: Command): (draft: Draft<Inventory>) => void {
  const def = typeof cmd === 'object' && cmd !== null && Object.hasOwn(commands, cmd.name) ? commands[cmd.name] : undefined;
  if (!def) {
    const name = typeof cmd === 'object' && cmd !== null ? String((cmd as { name?: unknown }).name) : String(cmd);
    throw new RelmapError('not-found', 'name', `there is no command "${name}".`);
  }
  const recipe = def.recipe as (draft: Draft<Inventory>, args: unknown) => void;
  return (draft) => recipe(draft, cmd.args ?? {});
}

/**
 * Runs a list of commands on one draft, in order. A command's error is thrown again with its place in the list
 * in front of its path (`12.args.ring`, `3.name`), so that the caller knows which of many commands failed.
 */
export function runCommands(draft: Draft<Inventory>, list: readonly Command[]): void {
  if (!Array.isArray(list)) {
    throw new RelmapError('invalid-argument', '', `expected a list of commands, got ${describe(list)}.`);
  }
  // Array.isArray narrows a readonly list to any[]: the commands keep their type through the annotation.
  list.forEach((cmd: Command, i) => {
    let recipe: (draft: Draft<Inventory>) => void;
    try {
      recipe = recipeOf(cmd);
    } catch (error) {
      throw placed(error, `${i}.name`);
    }
    try {
      recipe(draft);
    } catch (error) {
      throw placed(error, (path) => (path === '' ? `${i}.args` : `${i}.args.${path}`));
    }
  });
}

function placed(error: unknown, path: string | ((path: string) => string)): unknown {
  if (!isRelmapError(error)) return error;
  const message = error.issues[0]?.message ?? error.message;
  return new RelmapError(error.code, typeof path === 'string' ? path : path(error.path), message);
}

/**
 * Applies many commands as one change and returns the new inventory; the input is left untouched. It is the pure
 * counterpart of `store.batch`: one immer draft for the whole list, so building a network of a thousand people
 * costs about what one command costs per person, where calling each command on the result of the last copies
 * every record each time (SPEC C8). All or nothing: the first command that fails throws its `RelmapError`, with its
 * place in the list in front of the path (`12.args.ring`), and nothing is applied.
 *
 * ```ts
 * const inventory = applyCommands(createInventory(), [
 *   command('addPerson', { id: 'p1', name: 'Jonas' }),
 *   command('addPerson', { id: 'p2', name: 'Ruth' }),
 *   command('linkPeople', { a: 'p1', b: 'p2' }),
 * ]);
 * ```
 */
export function applyCommands(inventory: Inventory, list: readonly Command[]): Inventory {
  return markIfFrom(
    inventory,
    produce(inventory, (draft) => {
      runCommands(draft, list);
    }),
  );
}
