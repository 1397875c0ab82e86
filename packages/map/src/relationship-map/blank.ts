import { html, type TemplateResult } from 'lit';
import type { MapStrings } from '../strings.ts';

/**
 * Whether a key press is the blanking key: `B` on its own, as in presentation software, outside any text field.
 * Anything typed into the quick-add or rename field is left alone.
 */
export function isBlankKey(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey || e.key.toLowerCase() !== 'b') return false;
  const target = e.composedPath()[0] as Element | undefined;
  return !(target?.matches?.('input, select, textarea, [contenteditable]') ?? false);
}

/**
 * What a blanked map shows instead of the map: nothing of the inventory, not even in the DOM, only a calm panel
 * that keeps keyboard focus, so the same key brings the map back.
 */
export function renderBlank(text: MapStrings, onKey: (e: KeyboardEvent) => void): TemplateResult {
  return html`<div part="base blank" class="base blank" tabindex="0" role="note" aria-label=${text.blankedLabel} @keydown=${onKey}>
    <p aria-hidden="true">${text.blankedHint}</p>
  </div>`;
}
