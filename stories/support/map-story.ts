import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ArgTypes } from '@storybook/web-components-vite';
import type { Id, Inventory } from '@relmap/core';
import type { LabelMode, RelationshipMap } from '@relmap/map';
import '@relmap/map';

/**
 * The arguments of a story that shows one `<relationship-map>`: its properties and attributes under their
 * attribute names, as the manifest lists them, plus the handlers Storybook's actions attach to its events.
 */
export interface MapArgs {
  inventory: Inventory;
  readonly: boolean;
  'label-mode'?: LabelMode | undefined;
  presenting: boolean;
  theme: 'light' | 'dark';
  highlight?: readonly Id[];
  /** An earlier inventory to lay this one out from (the map's `layoutFrom`), as a comparison does. */
  layoutFrom?: Inventory;
  /** Height of the element in CSS pixels (not an element property: the element fills the height it is given). */
  height?: number;
  onRelmapChange?: (e: Event) => void;
  onRelmapSelect?: (e: Event) => void;
  onRelmapSettle?: (e: Event) => void;
  onRelmapError?: (e: Event) => void;
}

/** The defaults every map story starts from. */
export const defaultMapArgs: Omit<MapArgs, 'inventory'> = {
  readonly: false,
  'label-mode': undefined,
  presenting: false,
  theme: 'light',
  height: 720,
};

/**
 * Controls that the manifest cannot infer: the manifest gives `label-mode` and `theme` as type names, so the
 * choices are spelt out here. Properties that only a program sets (the inventory, the strings, the read-only
 * `canUndo`) keep their row in the docs table but get no control.
 */
export const mapArgTypes: Partial<ArgTypes<MapArgs>> = {
  'label-mode': { control: 'select', options: [undefined, 'name', 'initials', 'alias', 'role'] },
  theme: { control: 'inline-radio', options: ['light', 'dark'] },
  height: { control: { type: 'range', min: 320, max: 900, step: 20 }, table: { category: 'story' } },
  inventory: { control: false },
  highlight: { control: false },
};

/** The arguments `renderMap` passes to the element or uses itself; other rows of the API table get no control. */
export const BOUND_ARGS: ReadonlySet<string> = new Set(['inventory', 'readonly', 'label-mode', 'presenting', 'theme', 'highlight', 'height']);

/** Renders one map from story arguments. */
export function renderMap(args: MapArgs): TemplateResult {
  return html`<relationship-map
    style="height: ${args.height ?? 720}px"
    .layoutFrom=${args.layoutFrom}
    .inventory=${args.inventory}
    .highlight=${args.highlight ?? []}
    ?readonly=${args.readonly}
    label-mode=${ifDefined(args['label-mode'])}
    ?presenting=${args.presenting}
    theme=${args.theme}
    @relmap-change=${args.onRelmapChange}
    @relmap-select=${args.onRelmapSelect}
    @relmap-settle=${args.onRelmapSettle}
    @relmap-error=${args.onRelmapError}
  ></relationship-map>`;
}

/** Resolves after the next animation frame. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** The story's map (the first, or the one matching `selector`), once it has rendered and fitted its view. */
export async function readyMap(canvas: HTMLElement, selector = 'relationship-map'): Promise<RelationshipMap> {
  const map = canvas.querySelector<RelationshipMap>(selector);
  if (!map) throw new Error(`The story rendered no ${selector}.`);
  await map.updateComplete;
  // The view is fitted to the element's size after it is measured, one frame after the first render.
  await nextFrame();
  await map.updateComplete;
  return map;
}
