import type { Inventory } from '@relmap/core';
import { LayoutEngine } from './engine.ts';
import type { LayoutOptions } from './options.ts';
import type { LayoutSnapshot } from './snapshot.ts';

/**
 * Lays an inventory out from scratch and runs the layout to rest. The result depends only on the inventory's
 * content and the options, never on the order of its records: the same inventory always gives byte-identical
 * positions.
 */
export function computeLayout(inventory: Inventory, options: LayoutOptions = {}): LayoutSnapshot {
  const engine = new LayoutEngine(options);
  engine.update(inventory);
  engine.settle();
  return engine.snapshot();
}
