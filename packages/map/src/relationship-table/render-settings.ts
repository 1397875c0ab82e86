import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { MAX_RINGS, MIN_RINGS, command, type Command, type Inventory } from '@relmap/core';
import { checkbox, select } from './table-controls.ts';
import type { TableStrings } from './table-strings.ts';

/** What the settings form needs: the inventory, the words, whether it may be edited, and how to edit. */
export interface SettingsView {
  readonly inventory: Inventory;
  readonly editable: boolean;
  readonly text: TableStrings;
  edit(cmd: Command): void;
}

const RING_COUNTS = Array.from({ length: MAX_RINGS - MIN_RINGS + 1 }, (_, i) => String(MIN_RINGS + i));

/**
 * The map's own settings, so that a keyboard user can make the whole document and not only its people: the
 * client's label at the centre, how many rings, each ring's label, and whether people gather in sectors by
 * category. Each edit is one undoable command through the map.
 */
export function renderSettings(v: SettingsView): TemplateResult {
  const t = v.text;
  const s = v.inventory.settings;
  const disabled = !v.editable;
  return html`<fieldset part="settings" class="settings">
    <legend>${t.settingsLegend}</legend>
    <label class="setting"
      >${t.clientLabel}
      ${text(v.inventory.client.label, disabled, (label) => v.edit(command('setClientLabel', { label })))}</label
    >
    <label class="setting"
      >${t.ringCount}
      ${select(
        t.ringCount,
        String(s.rings),
        RING_COUNTS.map((n) => [n, n] as const),
        disabled,
        (n) => v.edit(command('setRings', { rings: Number(n) })),
      )}</label
    >
    ${s.ringLabels.map(
      (label, i) =>
        html`<label class="setting"
          >${t.ringLabel(i + 1)} ${text(label, disabled, (next) => v.edit(command('setRingLabel', { ring: i + 1, label: next })))}</label
        >`,
    )}
    <label class="setting"
      >${checkbox('sectors', t.sectors, s.sectors, disabled, (enabled) => v.edit(command('setSectors', { enabled })))}
      ${t.sectors}</label
    >
  </fieldset>`;
}

// A label is saved when the field is left or Enter is pressed, not on every key, so that one rename is one undo
// step; an emptied field gets its label back, since the map needs a word there.
function text(value: string, disabled: boolean, save: (value: string) => void): TemplateResult {
  return html`<input
    type="text"
    .value=${live(value)}
    ?disabled=${disabled}
    @change=${(e: Event) => {
      const input = e.target as HTMLInputElement;
      const next = input.value.trim();
      if (next && next !== value) save(next);
      else input.value = value;
    }}
  />`;
}
