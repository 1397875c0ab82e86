import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import '@relmap/map';
import { createInventory, type Inventory } from '@relmap/core';
import type { RelmapChangeEvent } from '@relmap/map';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <button [attr.aria-pressed]="presenting()" (click)="presenting.set(!presenting())">Presenting</button>
    <relationship-map id="map" [inventory]="inventory()" [presenting]="presenting()" style="display: block; height: 600px"
      (relmap-change)="onChange($event)"></relationship-map>
    <relationship-table for="map"></relationship-table>
  `,
})
export class App {
  readonly inventory = signal<Inventory>(createInventory({ clientLabel: 'Maya' }));
  readonly presenting = signal(false);
  onChange(event: Event) {
    const e = event as RelmapChangeEvent; // Angular types template events as Event
    e.preventDefault();
    this.inventory.set(e.detail.inventory);
  }
}
