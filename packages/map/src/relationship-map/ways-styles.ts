import { css } from 'lit';

/**
 * The styles of the ways through a crowded map that the drawing needs from the start: the row the view controls
 * take, and faded, collapsed and found people. The controls' own styles come with them (`ways-controls-styles.ts`).
 */
export const waysStyles = css`
  .base {
    grid-template-rows: auto auto minmax(0, 1fr) auto;
    grid-template-areas: 'toolbar toolbar' 'ways ways' 'map legend' 'add add';
  }
  /* Faded: outside the ring, group or focus chosen (rules M47 to M50); drawn, but quiet, and not in the way. */
  .person.faded,
  .line.faded {
    opacity: 0.12;
  }
  .person.faded {
    pointer-events: none;
  }
  .person.collapsed,
  .line.collapsed {
    display: none;
  }
  /* Found by the search (rule M46): a ring in the highlight colour, and its label always shown. */
  .person.match .focus-ring {
    stroke: var(--_highlight);
    stroke-width: 4;
    vector-effect: non-scaling-stroke;
  }
  @container relmap (max-width: 560px) {
    .base {
      grid-template-rows: auto auto minmax(0, 1fr) auto auto;
      grid-template-areas: 'toolbar' 'ways' 'map' 'legend' 'add';
    }
  }
`;
