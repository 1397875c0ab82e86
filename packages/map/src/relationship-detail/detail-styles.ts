import { css } from 'lit';

/** The detail panel's styles; it follows the map's `--relmap-*` custom properties where they are set. */
export const detailStyles = css`
  :host {
    display: block;
    color: var(--relmap-foreground, #1f2430);
    font-family: var(--relmap-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--relmap-font-size, 14px);
  }
  :host([presenting]) {
    font-size: var(--relmap-presenting-font-size, 17px);
  }
  :host([hidden]) {
    display: none;
  }
  h2 {
    margin: 0 0 8px;
    font-size: 1.25em;
    display: flex;
    gap: 0.5em;
    align-items: baseline;
  }
  .role {
    font-size: 0.75em;
    font-weight: 400;
    color: var(--relmap-muted-foreground, #5b6272);
  }
  fieldset {
    border: 1px solid var(--relmap-border-color, #d5d9e2);
    border-radius: 6px;
    margin: 0 0 10px;
    padding: 6px 10px 10px;
    display: grid;
    gap: 6px;
  }
  legend {
    font-weight: 600;
    padding: 0 4px;
  }
  .field {
    display: grid;
    grid-template-columns: 11em minmax(0, 1fr);
    align-items: center;
    gap: 8px;
  }
  .note {
    display: grid;
    gap: 2px;
  }
  .note > label:first-child {
    font-weight: 500;
  }
  .note.private textarea {
    border-left: 4px solid var(--relmap-private-color, #8a5a9e);
  }
  .sensitivity,
  .check {
    display: flex;
    gap: 6px;
    align-items: center;
    font-size: 0.9em;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--relmap-surface, #ffffff);
    border: 1px solid var(--relmap-border-color, #d5d9e2);
    border-radius: 6px;
    padding: 4px 8px;
    min-height: 30px;
    box-sizing: border-box;
    width: 100%;
  }
  input[type='checkbox'] {
    width: auto;
    min-height: 0;
  }
  textarea {
    resize: vertical;
  }
  :is(input, select, textarea):focus-visible {
    outline: 3px solid var(--relmap-focus-color, #b4541a);
    outline-offset: 1px;
  }
  .empty {
    color: var(--relmap-muted-foreground, #5b6272);
  }
`;
