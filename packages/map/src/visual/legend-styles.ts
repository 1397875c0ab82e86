import { css, unsafeCSS } from 'lit';
import { weightWidth } from './line-paint.ts';

/**
 * Base styles of the legend, for the element's shadow root. They lay each entry out as a sample beside its text;
 * colours, fonts and spacing come from the host (`--relmap-legend-gap`, or `::part(legend)` and its children).
 * The line samples need `lineStyles` as well.
 */
export const legendStyles = css`
  .legend-list {
    display: flex;
    flex-direction: column;
    gap: var(--relmap-legend-gap, 0.25rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend-entry {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .legend-sample {
    flex: none;
    overflow: visible;
  }
  /* The symbols are outlined like a normal line (a group's square, a deceased person's circle and X). */
  path.legend-symbol,
  .legend-symbol > * {
    fill: none;
    stroke: var(--relmap-line-color, currentColor);
    stroke-width: ${unsafeCSS(weightWidth('normal'))};
    stroke-linecap: round;
  }
  .legend-categories {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(8.5em, 1fr));
    gap: 0.15rem 0.6rem;
    margin-bottom: var(--relmap-legend-gap, 0.25rem);
  }
  .legend-categories .legend-entry {
    gap: 0.25rem;
  }
  /* A category's sample takes its tone from the map's styles; alone, it is drawn in the text colour. */
  .legend-category .symbol {
    fill: var(--_cf, none);
    stroke: var(--_c, currentColor);
    stroke-width: 1.5;
  }
  .legend-category .badge circle {
    fill: var(--_c, currentColor);
    stroke: var(--_bg, Canvas);
    stroke-width: 1;
  }
  .legend-category .glyph {
    fill: var(--_glyph, Canvas);
    fill-rule: evenodd;
  }
  /* The ends of a line sample: the client a filled disc, a person a ring. */
  .legend-end {
    fill: var(--_bg, Canvas);
    stroke: var(--relmap-line-color, currentColor);
    stroke-width: 1.5;
  }
  .legend-end--client {
    fill: var(--_client-fill, currentColor);
    stroke: none;
  }
  .legend-divider {
    stroke: var(--_ring, currentColor);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .legend-symbol--muted {
    opacity: var(--relmap-muted-opacity, 0.45);
  }
`;
