import { css } from 'lit';

/** The table's styles; it takes the same `--relmap-*` custom properties as the map, so one theme serves both. */
export const tableStyles = css`
  :host {
    --_bg: var(--relmap-background, #fbfaf7);
    --_fg: var(--relmap-foreground, #1f2430);
    --_muted-fg: var(--relmap-muted-foreground, #5b6272);
    --_focus: var(--relmap-focus-color, #b4541a);
    --_surface: var(--relmap-surface, #ffffff);
    --_border: var(--relmap-border-color, #d5d9e2);
    --_accent: var(--relmap-accent, #2f5d8a);
    display: block;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--relmap-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--relmap-font-size, 14px);
  }
  :host([theme='dark']) {
    --_bg: var(--relmap-background, #161a22);
    --_fg: var(--relmap-foreground, #e8ebf2);
    --_muted-fg: var(--relmap-muted-foreground, #a3abbb);
    --_focus: var(--relmap-focus-color, #f0a35e);
    --_surface: var(--relmap-surface, #1f2430);
    --_border: var(--relmap-border-color, #3b4355);
    --_accent: var(--relmap-accent, #8db7e3);
  }
  :host([hidden]) {
    display: none;
  }
  .scroll {
    overflow-x: auto;
  }
  .scroll:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  table.ties {
    margin-top: 16px;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding: 6px 0;
  }
  th,
  td {
    text-align: left;
    padding: 4px 6px;
    border-bottom: 1px solid var(--_border);
    vertical-align: middle;
  }
  thead th {
    font-weight: 600;
    white-space: nowrap;
  }
  th[scope='row'] {
    font-weight: normal;
  }
  .sort {
    font: inherit;
    font-weight: 600;
    color: inherit;
    background: none;
    border: 0;
    padding: 4px 2px;
    cursor: pointer;
  }
  .sort .arrow {
    display: inline-block;
    width: 1em;
    color: var(--_muted-fg);
  }
  input,
  select,
  button:not(.sort) {
    font: inherit;
    color: var(--_fg);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 4px 8px;
    min-height: 32px;
    max-width: 100%;
  }
  button:not(.sort) {
    cursor: pointer;
  }
  input.name {
    width: 10em;
  }
  input.notes {
    width: 16em;
  }
  input.tie-label {
    width: 10em;
  }
  .label-cell,
  .private-toggle {
    display: inline-flex;
    gap: 6px;
    align-items: center;
  }
  .private-toggle {
    color: var(--_muted-fg);
    white-space: nowrap;
  }
  input[type='checkbox'] {
    width: 24px;
    height: 24px;
    min-height: 0;
    margin: 0;
  }
  :is(input, select, button):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .private {
    color: var(--_muted-fg);
    font-style: italic;
  }
  .empty td {
    color: var(--_muted-fg);
  }
  form.add {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: center;
    margin-top: 8px;
    border: 0;
    padding: 0;
  }
  form.add .error {
    flex-basis: 100%;
    margin: 0;
    font-weight: 600;
  }
  form.add fieldset {
    display: contents;
  }
  form.add legend {
    font-weight: 600;
    margin-right: 4px;
    float: left;
  }
  fieldset.settings {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 16px;
    align-items: center;
    margin: 12px 0 0;
    border: 1px solid var(--_border);
    border-radius: 6px;
  }
  fieldset.settings legend {
    font-weight: 600;
  }
  .setting {
    display: inline-flex;
    gap: 6px;
    align-items: center;
  }
  @media (forced-colors: active) {
    input,
    select,
    button:not(.sort) {
      border-color: ButtonText;
    }
    :is(input, select, button):focus-visible {
      outline-color: Highlight;
    }
    th,
    td {
      border-bottom-color: CanvasText;
    }
  }
`;
