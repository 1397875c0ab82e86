import { css } from 'lit';

/** The styles of the row of view controls and of the collapsed groups' nodes, loaded with them (rule M53). */
export const waysControlStyles = css`
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
  }
`;
