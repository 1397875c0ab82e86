import { css } from 'lit';

/** The styles of the ways through a crowded map: the row of view controls, faded, collapsed and found people. */
export const waysStyles = css`
  .base {
    grid-template-rows: auto auto minmax(0, 1fr) auto;
    grid-template-areas: 'toolbar toolbar' 'ways ways' 'map legend' 'add add';
  }
  .ways {
    grid-area: ways;
    padding: 6px 8px 0;
    min-width: 0;
  }
  .ways-controls {
    display: flex;
    gap: 4px;
    flex-wrap: wrap;
    align-items: center;
  }
  .ways-search {
    width: 12em;
    max-width: 40vw;
  }
  .ways-collapse {
    display: inline-flex;
    gap: 4px;
    flex-wrap: wrap;
  }
  .ways-hint {
    margin: 4px 0 0;
    font-size: 13px;
    color: var(--_fg);
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
  .collapsed-group {
    cursor: pointer;
  }
  .collapsed-group .symbol {
    fill: var(--_node-fill);
    stroke: var(--_node-stroke);
    stroke-width: 2;
    stroke-dasharray: 5 3;
  }
  .collapsed-count {
    fill: var(--_fg);
    font-weight: 600;
    text-anchor: middle;
    dominant-baseline: central;
    font-size: max(var(--_label-size), calc(var(--_label-size) / var(--k, 1)));
    pointer-events: none;
  }
  @container relmap (max-width: 560px) {
    /* One row that scrolls sideways, so that the controls do not take half of a phone's height. */
    .ways-controls,
    .ways-collapse {
      flex-wrap: nowrap;
    }
    .ways-controls {
      overflow-x: auto;
    }
    .ways-controls > *,
    .ways-collapse > * {
      flex: none;
    }
    .ways-hint {
      font-size: 12px;
    }
    .base {
      grid-template-rows: auto auto minmax(0, 1fr) auto auto;
      grid-template-areas: 'toolbar' 'ways' 'map' 'legend' 'add';
    }
  }
`;
