/**
 * The page of the handout print test: a map that shows each teaching case in turn, as a therapist's screen would
 * (names, not presenting), and makes its handout. The test drives it through `window.handoutPage`.
 */
import { getCase } from '@relmap/cases';
import '../../define.ts';
import type { RelationshipMap } from '../../relationship-map/relationship-map.ts';
import { createHandout, type HandoutOptions } from '../create-handout.ts';

/** What the test reaches on the page. */
export interface HandoutPage {
  /** The handout of a teaching case's session 12. */
  handout(caseId: string, options?: HandoutOptions): Promise<string>;
}

const map = document.querySelector<RelationshipMap>('#map')!;
const page: HandoutPage = {
  async handout(caseId, options) {
    map.inventory = getCase(caseId).session12;
    map.now = new Date(2026, 2, 14);
    await map.updateComplete;
    return createHandout(map, options);
  },
};
(window as unknown as { handoutPage: HandoutPage }).handoutPage = page;
