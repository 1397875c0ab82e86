import { html, nothing, type TemplateResult } from 'lit';
import type { Inventory } from '@relmap/core';
import type { MapStrings } from '../strings.ts';

/** What the toolbar shows and does. */
export interface ToolbarModel {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly linkMode: boolean;
  readonly hasSelection: boolean;
  undo(): void;
  redo(): void;
  toggleLinkMode(): void;
  removeSelected(): void;
  zoom(factor: number): void;
  fit(): void;
  /** Opens the keyboard help. */
  openHelp(): void;
}

/** The toolbar: undo, redo, link mode, delete, zoom, fit and the keyboard help. */
export function renderToolbar(m: ToolbarModel, text: MapStrings): TemplateResult {
  // Two runs of buttons, edits and view, each wrapping onto a new line as a whole on a narrow map.
  return html`<div part="toolbar" class="toolbar" role="toolbar" aria-label=${text.toolbarLabel}>
    <span class="tools">
      <button type="button" @click=${m.undo} ?disabled=${!m.canUndo} aria-keyshortcuts="Control+Z">${text.undo}</button>
      <button type="button" @click=${m.redo} ?disabled=${!m.canRedo} aria-keyshortcuts="Control+Shift+Z">${text.redo}</button>
      <button type="button" aria-pressed=${m.linkMode ? 'true' : 'false'} aria-keyshortcuts="L" @click=${m.toggleLinkMode}>${text.linkMode}</button>
      <button type="button" ?disabled=${!m.hasSelection} aria-keyshortcuts="Delete" @click=${m.removeSelected}>${text.deleteSelected}</button>
    </span>
    <span class="tools">
      <button type="button" @click=${() => m.zoom(1.25)} aria-label=${text.zoomIn} aria-keyshortcuts="I">+</button>
      <button type="button" @click=${() => m.zoom(0.8)} aria-label=${text.zoomOut} aria-keyshortcuts="O">−</button>
      <button type="button" @click=${m.fit} aria-keyshortcuts="0">${text.fit}</button>
      <button type="button" class="help-button" @click=${m.openHelp} aria-keyshortcuts="?" aria-haspopup="dialog">${text.helpButton}</button>
    </span>
  </div>`;
}

/**
 * The quick-add form: type a name, pick a ring (kept in `picked`, the outer ring until one is picked), press Enter;
 * Escape goes back to the map (`onEscape`).
 */
export function renderQuickAdd(
  inventory: Inventory,
  picked: { addRing: number | undefined },
  onSubmit: (name: string, ring: number, input: HTMLInputElement) => void,
  text: MapStrings,
  onEscape?: () => void,
): TemplateResult {
  const rings = inventory.settings.rings;
  const ring = Math.min(picked.addRing ?? rings, rings);
  const onRing = (r: number): void => void (picked.addRing = r);
  const submit = (e: SubmitEvent): void => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const input = form.elements.namedItem('name') as HTMLInputElement;
    const name = input.value.trim();
    if (name) onSubmit(name, Number((form.elements.namedItem('ring') as HTMLSelectElement).value), input);
  };
  return html`<form part="quick-add" class="quick-add" @submit=${submit}>
    <input
      name="name"
      autocomplete="off"
      enterkeyhint="done"
      aria-label=${text.addPlaceholder}
      placeholder=${text.addPlaceholder}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Escape' && onEscape) {
          e.preventDefault();
          onEscape();
        }
      }}
    />
    <select name="ring" aria-label=${text.ringPicker} @change=${(e: Event) => onRing(Number((e.target as HTMLSelectElement).value))}>
      ${inventory.settings.ringLabels.map((l, i) => html`<option value=${i + 1} ?selected=${i + 1 === ring}>${l}</option>`)}
    </select>
    <button type="submit">${text.addButton}</button>
  </form>`;
}

/** The in-place name editor, over the person being renamed; Enter saves, Escape cancels. */
export function renderRename(
  at: { x: number; y: number } | undefined,
  name: string,
  finish: (value: string | undefined) => void,
  text: MapStrings,
): TemplateResult | typeof nothing {
  if (!at) return nothing;
  const onKey = (e: KeyboardEvent): void => {
    e.stopPropagation();
    if (e.key === 'Enter') finish((e.target as HTMLInputElement).value);
    if (e.key === 'Escape') finish(undefined);
  };
  // Positioned with a CSS transform set through a custom property, not a style attribute, to suit a strict CSP.
  return html`<input
    class="rename"
    aria-label=${text.renameLabel}
    .value=${name}
    .style=${`--x:${Math.round(at.x)}px;--y:${Math.round(at.y)}px`}
    @keydown=${onKey}
    @blur=${(e: FocusEvent) => finish((e.target as HTMLInputElement).value)}
  />`;
}
