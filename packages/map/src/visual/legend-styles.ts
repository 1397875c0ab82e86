import { css } from 'lit';

/**
 * Base styles of the legend, for the element's shadow root. They lay each entry out as a sample beside its text;
 * colours, fonts and spacing come from the host (`--relmap-legend-gap`, or `::part(legend)` and its children).
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
`;
