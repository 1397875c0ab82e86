import type { CommandArgs, CommandName, Command } from './registry.ts';

export { commands, type Command, type CommandArgs, type CommandName } from './registry.ts';
export { applyCommands } from './apply-commands.ts';

/** Builds a typed command: `command('setCloseness', { id: 'jonas', ring: 1 })`. */
export function command<N extends CommandName>(name: N, args: CommandArgs<N>): Extract<Command, { name: N }> {
  return { name, args } as Extract<Command, { name: N }>;
}

export * from './people.ts';
export * from './client-tie.ts';
export * from './person-ties.ts';
export * from './events.ts';
export * from './focus.ts';
export * from './settings.ts';
export * from './layout-memory.ts';
export * from './goals.ts';
export type { TieChanges } from './tie-fields.ts';
export { isPartialDate } from './checks.ts';
