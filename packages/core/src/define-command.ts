import type { Draft } from 'immer';
import { produce } from './immer.ts';
import { markIfFrom } from './known-valid.ts';
import type { Inventory } from './model.ts';

/** A change to an inventory, written as a mutation of an immer draft. It throws a `RelmapError` on bad input. */
export type Recipe<Args> = (draft: Draft<Inventory>, args: Args) => void;

/**
 * A command: one user intent (add a person, set a closeness). Call it as a pure function,
 * `addPerson(inventory, args)`, to get a new inventory; or hand `{ name, args }` to a store's `dispatch` so the
 * change is recorded for undo.
 */
export interface CommandDefinition<Name extends string, Args> {
  /** Applies the command and returns the new inventory; the input is left untouched. */
  (inventory: Inventory, args: Args): Inventory;
  /** The command's name, as carried in change events and history. */
  readonly commandName: Name;
  /** The draft mutation behind the command; stores and transactions run it inside one immer producer. */
  readonly recipe: Recipe<Args>;
}

/**
 * Defines a command from its name and its recipe. Each definition marks its call `@__PURE__`, so that a bundler
 * drops the commands an app never uses, and immer with them when nothing else needs it.
 */
export function defineCommand<Name extends string, Args>(name: Name, recipe: Recipe<Args>): CommandDefinition<Name, Args> {
  const run = (inventory: Inventory, args: Args): Inventory =>
    markIfFrom(
      inventory,
      produce(inventory, (draft) => {
        recipe(draft, args);
      }),
    );
  return Object.assign(run, { commandName: name, recipe });
}
