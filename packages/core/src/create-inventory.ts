import { deepFreeze } from './deep-freeze.ts';
import { CURRENT_VERSION, SCHEMA, defaultRingLabels, type Inventory } from './model.ts';

/** What `createInventory` accepts: the client's label and the ring settings. */
export interface CreateInventoryInit {
  /** How the client is shown at the centre; default "Client". */
  readonly clientLabel?: string;
  /** 2 to 5 rings; default 3. */
  readonly rings?: number;
  /** A label per ring; default the standard labels for the ring count. */
  readonly ringLabels?: readonly string[];
  /** Gather people in sectors by category; default false. */
  readonly sectors?: boolean;
}

/**
 * A new, empty inventory (deeply frozen). Add people with commands. Settings are not checked here: use
 * `parseInventory` for anything that comes from outside the program.
 */
export function createInventory(init: CreateInventoryInit = {}): Inventory {
  const rings = init.rings ?? 3;
  return deepFreeze({
    schema: SCHEMA,
    version: CURRENT_VERSION,
    client: { label: init.clientLabel ?? 'Client' },
    people: {},
    ties: {},
    events: {},
    focus: {},
    goals: {},
    settings: {
      rings,
      ringLabels: [...(init.ringLabels ?? defaultRingLabels(rings))],
      sectors: init.sectors ?? false,
    },
  });
}
