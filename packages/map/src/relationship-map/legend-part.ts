import type { TemplateResult } from 'lit';
import type { Inventory } from '@relmap/core';
import { legendKeysFor, legendStrings, renderLegend as renderEntries, type LegendStrings } from '../visual/index.ts';

// The legend's entries, their samples and their styles, loaded the first time the map shows its legend open (rule
// M53): a phone's map starts with it collapsed, and many maps are never asked for it.
export { legendStyles as styles } from '../visual/index.ts';

/** The legend of `inventory`'s map: exactly the entries it needs (rule V9), in the host's words where it gave them. */
export function renderLegend(inventory: Inventory, formulation: boolean, strings: Partial<LegendStrings>, title: string): TemplateResult {
  return renderEntries(legendKeysFor(inventory, { formulation }), { ...legendStrings, ...strings }, title);
}
