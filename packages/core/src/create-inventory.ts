import { deepFreeze } from './deep-freeze.ts';
import { markValid } from './known-valid.ts';
import { LIMITS } from './limits.ts';
import { CURRENT_VERSION, MAX_RINGS, MIN_RINGS, SCHEMA, defaultRingLabels, type Inventory } from './model.ts';

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
 * `parseInventory` for anything that comes from outside the program. Settings that are valid make an inventory
 * core knows to be valid (SPEC V12); others are left for `parseInventory` to name.
 */
export function createInventory(init: CreateInventoryInit = {}): Inventory {
  const rings = init.rings ?? 3;
  const inventory: Inventory = deepFreeze({
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
  return validSettings(inventory) ? markValid(inventory) : inventory;
}

// The document rules an empty inventory can break, checked here without the schema (which would bundle the whole
// reader into every app that only creates inventories): a label of 1 to `labelLength` characters, not all blank,
// 2 to 5 rings with one such label each, and `sectors` a boolean.
function validSettings(inventory: Inventory): boolean {
  const label = (value: unknown): boolean => typeof value === 'string' && value.length <= LIMITS.labelLength && /\S/.test(value);
  const { rings, ringLabels, sectors } = inventory.settings;
  return (
    label(inventory.client.label) &&
    Number.isInteger(rings) &&
    rings >= MIN_RINGS &&
    rings <= MAX_RINGS &&
    ringLabels.length === rings &&
    ringLabels.every(label) &&
    typeof sectors === 'boolean'
  );
}
