import { OnDemand } from './on-demand.ts';

// Each import is literal and relative, so that a bundler makes each file a chunk of its own and the packaging and
// size checks can find them (rule M52); what is left out of the first load, and when it loads, is rule M53.

/** `toSVG()` and `toPNG()`: cloning, inlining, the sheet with legend, title and date, and the PNG. */
export const exportPart = new OnDemand('export code', () => import('./export-part.ts'));

/** The keyboard help dialog with its styles, loaded when it is first opened. */
export const helpPart = new OnDemand('keyboard help', () => import('./help-part.ts'));

/** The words the live region says after a change, loaded at the first change. */
export const announcePart = new OnDemand('announcements', () => import('./announce.ts'));

/** The row of view controls with its styles, and the collapsed groups' nodes, loaded when the map first shows them. */
export const waysPart = new OnDemand('view controls', () => import('./ways-part.ts'));

/** The legend's entries with their samples and styles, loaded the first time the map shows its legend open. */
export const legendPart = new OnDemand('legend', () => import('./legend-part.ts'));
