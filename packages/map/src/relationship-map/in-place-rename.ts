import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { command, type Command, type Id, type Inventory } from '@relmap/core';
import type { MapStrings } from '../strings.ts';
import { renderRename } from './render-controls.ts';

/** What renaming in place needs from the map (the element's public surface). */
export interface RenameHost extends ReactiveControllerHost {
  readonly readonly: boolean;
  readonly inventory: Inventory;
  readonly renderRoot: HTMLElement | DocumentFragment;
  dispatch(cmd: Command): boolean;
}

/** What renaming in place needs from the map's internals. */
export interface RenameHooks {
  /** Where a person's label sits, in the map's CSS pixels relative to its frame. */
  labelPosition(id: Id): { x: number; y: number } | undefined;
  /** Gives keyboard focus back to a person. */
  refocus(id: Id): void;
}

/**
 * Renaming a person in place: an input over their label, Enter saves (one undoable `updatePerson`), Escape or an
 * unchanged name cancels, and focus returns to the person either way.
 */
export class InPlaceRename implements ReactiveController {
  private id: Id | undefined;

  constructor(
    private readonly host: RenameHost,
    private readonly hooks: RenameHooks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether the editor is open (its position follows the view, so a change of view renders the element). */
  get open(): boolean {
    return this.id !== undefined;
  }

  /** Opens the editor over a person's label and selects the name. */
  start(id: Id): void {
    if (this.host.readonly || !this.host.inventory.people[id]) return;
    this.id = id;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const input = this.host.renderRoot.querySelector<HTMLInputElement>('input.rename');
      input?.focus();
      input?.select();
    });
  }

  /** The editor, while a rename is open. */
  render(text: MapStrings): TemplateResult | typeof nothing {
    const id = this.id;
    const person = id ? this.host.inventory.people[id] : undefined;
    if (!id || !person) return nothing;
    return renderRename(this.hooks.labelPosition(id), person.name, (value) => this.finish(id, value), text);
  }

  private finish(id: Id, value: string | undefined): void {
    if (this.id !== id) return;
    this.id = undefined;
    this.host.requestUpdate();
    const person = this.host.inventory.people[id];
    if (value !== undefined && person && value.trim() && value.trim() !== person.name) {
      this.host.dispatch(command('updatePerson', { id, changes: { name: value } }));
    }
    void this.host.updateComplete.then(() => this.hooks.refocus(id));
  }
}
