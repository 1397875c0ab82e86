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
  .legend-symbol--muted {
    opacity: var(--relmap-muted-opacity, 0.45);
  }
`;
