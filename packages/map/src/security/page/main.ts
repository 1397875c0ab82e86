/**
 * The page of the strict-CSP and zero-network test: a map with a teaching case, as an embedding app would show
 * it, built by Vite for production and served with a Content-Security-Policy header. The test drives it through
 * `window.relmapPage`.
 */
import { maya } from '@relmap/cases';
import { command } from '@relmap/core';
import '../../define.ts';
import type { RelationshipMap } from '../../relationship-map/relationship-map.ts';

/** What the test reaches on the page. */
export interface RelmapPage {
  readonly map: RelationshipMap;
  /** `securitypolicyviolation` events seen since the page started, as `directive blocked-uri`. */
  readonly violations: string[];
  /** The screen centre of a person's symbol. */
  personCentre(id: string): { x: number; y: number };
  /** The screen centre of the map and the screen radius of the innermost ring. */
  centre(): { x: number; y: number; inner: number };
  /** Edits through the API: a command, undo and redo, zoom and fit. */
  edit(): void;
  /** The map's SVG export. */
  svg(): Promise<string>;
  /** The PNG export's size in bytes, or the message of its error. */
  png(): Promise<number | string>;
}

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));

const map = document.querySelector('relationship-map')!;
map.style.cssText = 'display:block;width:900px;height:700px';
map.inventory = maya.intake;
map.settle();

const rect = (el: Element | null | undefined) => el!.getBoundingClientRect();
const page: RelmapPage = {
  map,
  violations,
  personCentre(id) {
    const box = rect(map.shadowRoot!.querySelector(`g.person[data-id="${id}"] .symbol`));
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  },
  centre() {
    const box = rect(map.shadowRoot!.querySelector('.client-symbol'));
    const ring = rect(map.shadowRoot!.querySelector('circle.ring-1'));
    return { x: box.left + box.width / 2, y: box.top + box.height / 2, inner: ring.width / 2 };
  },
  edit() {
    map.dispatch(command('setConflict', { id: 'jonas', conflict: 'hostile' }));
    map.undo();
    map.redo();
    map.zoom(1.3);
    map.fit();
    map.presenting = true;
    map.labelMode = 'role';
  },
  svg: () => map.toSVG(),
  async png() {
    try {
      return (await map.toPNG(1)).size;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  },
};
(window as unknown as { relmapPage: RelmapPage }).relmapPage = page;
